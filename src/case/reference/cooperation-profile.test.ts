import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { redactPersonalData } from '../redact-personal-data.ts';
import { MunicipalityNumber } from '../schema/common.ts';
import { cooperationProfile } from './cooperation-profile.ts';
import { shippedReferenceData } from './reference-data.ts';

const document = defaultCase();
const reader = cooperationProfile(redactPersonalData(document), shippedReferenceData());
const editor = cooperationProfile({ document, suppressed: [] }, shippedReferenceData());

describe('cooperationProfile of the default case', () => {
  it('adds up the population at 1 January 2026: 6 088 + 17 828 + 8 574 = 32 490', () => {
    expect(reader.referenceYear).toBe(2026);
    expect(reader.members.map((m) => m.population)).toEqual([6088, 17828, 8574]);
    expect(reader.population).toBe(32_490);
  });

  it('adds up the area and gives the density', () => {
    // 1 860.43 + 694.41 + 224.2 km² (Kartverket, in the reference data).
    expect(reader.areaKm2).toBeCloseTo(2779.04, 2);
    expect(reader.density).toBeCloseTo(32_490 / 2779.04, 6);
  });

  it('sets the case’s own figures beside the reference data, at the same date', () => {
    // The case gives 1.1.2025: 6 141 + 17 812 + 8 521 = 32 474; the reference data has the same for 2025.
    expect(reader.caseFigures.sum?.value).toBe(32_474);
    expect(reader.caseFigures.referenceAtSameDate).toBe(32_474);
    expect(reader.caseFigures.difference).toBe(0);
    expect(reader.caseFigures.combined[0]?.value).toBe(32_338);
  });

  it('gives FTE per 1 000 inhabitants per area and in total from the baseline', () => {
    const payroll = reader.areas.find((a) => a.areaId === 'lonn-regnskap-fakturering');
    // 6.2 + 6.4 + 5.0 central and 6.44 decentral = 24.04 FTE; 24.04 / 32 490 × 1 000 = 0.73992.
    expect(payroll?.fte.value).toBeCloseTo(24.04, 9);
    expect(payroll?.decentralFte.value).toBeCloseTo(6.44, 9);
    expect(payroll?.ftePer1000).toBeCloseTo(0.73992, 5);
    // 5 500 000 + 5 200 000 + 4 100 000 + 4 200 000 kr.
    expect(payroll?.labourCost.value).toBe(19_000_000);
    // Switchboard 0.8 + 1 + 0.8 = 2.6; archive 1.7 + 3.7 + 2.5 = 7.9; all 24.04 + 2.6 + 7.9 = 34.54.
    expect(reader.total.fte.value).toBeCloseTo(34.54, 9);
    expect(reader.total.ftePer1000).toBeCloseTo(1.0631, 5);
    expect(reader.total.labourCost.value).toBe(19_000_000 + 2_080_000 + 6_320_000);
    // No other costs are entered: unknown, not 0.
    expect(reader.total.otherCost.value).toBeNull();
  });

  it('withholds ages of groups that may be under 5 persons for a reader, and shows them to an editor', () => {
    const switchboard = (p: typeof reader) => p.ages.find((a) => a.areaId === 'sentralbord')?.groups;
    expect(switchboard(reader)?.every((g) => g.withheld && g.ages === null)).toBe(true);
    expect(switchboard(editor)?.map((g) => g.ages)).toEqual([
      { kind: 'single', value: 51 },
      { kind: 'single', value: 30 },
      { kind: 'single', value: 40 },
    ]);
    // Switchboard 3 and archive 3 (1.7, 3.7 and 2.5 FTE round up to at most 4 persons).
    expect(reader.withheldAgeGroups).toBe(6);
    expect(editor.withheldAgeGroups).toBe(0);
    expect(JSON.stringify(reader.ages)).not.toContain('"value":51');
  });

  it('lists municipalities within ±15 % of 32 490 at 1.1.2026, closest first', () => {
    // 32 490 × 0.85 = 27 616.5 → 27 617; 32 490 × 1.15 = 37 363.5 → 37 363.
    expect(reader.comparable.rule).toEqual({ share: 0.15, min: 27_617, max: 37_363, year: 2026 });
    const [first, second] = reader.comparable.municipalities;
    // Halden 32 082 (408 fewer), Ringerike 31 942 (548 fewer) in the reference data.
    expect([first?.name, first?.population, first?.county]).toEqual(['Halden', 32_082, 'Østfold']);
    expect([second?.name, second?.population]).toEqual(['Ringerike', 31_942]);
    for (const m of reader.comparable.municipalities) {
      expect(m.population).toBeGreaterThanOrEqual(27_617);
      expect(m.population).toBeLessThanOrEqual(37_363);
      expect(m.indicators[0]?.years.every((y) => y.value === null)).toBe(true);
    }
  });
});

describe('cooperationProfile with gaps and disagreements', () => {
  it('flags a case figure that differs from SSB’s for the same date', () => {
    const changed = structuredClone(document);
    const skaun = changed.participants.find((p) => p.municipalityNumber === '5029');
    if (skaun?.population[0]) skaun.population[0].value = 8_500;
    const profile = cooperationProfile({ document: changed, suppressed: [] }, shippedReferenceData());
    // 6 141 + 17 812 + 8 500 = 32 453 against SSB's 32 474 at 1.1.2025.
    expect(profile.caseFigures.sum?.value).toBe(32_453);
    expect(profile.caseFigures.difference).toBe(-21);
  });

  it('gives no sum, density or comparable municipalities when a participant is not in the reference data', () => {
    const changed = structuredClone(document);
    const first = changed.participants[0];
    if (first) first.municipalityNumber = MunicipalityNumber.parse('9999');
    const profile = cooperationProfile({ document: changed, suppressed: [] }, shippedReferenceData());
    expect(profile.members[0]).toMatchObject({
      number: '9999',
      population: null,
      areaKm2: null,
      kostraGroup: null,
    });
    expect(profile.population).toBeNull();
    expect(profile.density).toBeNull();
    expect(profile.total.ftePer1000).toBeNull();
    expect(profile.comparable).toEqual({ rule: null, municipalities: [] });
  });
});
