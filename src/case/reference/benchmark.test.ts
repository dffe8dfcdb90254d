import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { MunicipalityNumber } from '../schema/common.ts';
import { benchmarkView, FETCH_COMMAND, type MunicipalityBenchmark } from './benchmark.ts';
import { shippedReferenceData, type KostraFigure, type ReferenceDataset } from './reference-data.ts';

const view = benchmarkView(defaultCase(), shippedReferenceData(), 'nb');
const byName = (name: string) => view.municipalities.find((m) => m.name === name) as MunicipalityBenchmark;
const values = (m: MunicipalityBenchmark, code: string) =>
  m.indicators.find((i) => i.code === code)?.years.map((y) => y.municipality.value);

describe('benchmarkView on the default case and the shipped data', () => {
  it('gives the KOSTRA groups 1, 7, 1 with SSB’s criteria in words', () => {
    expect(view.municipalities.map((m) => [m.name, m.kostraGroup?.number, m.kostraGroup?.region])).toEqual([
      ['Midtre Gauldal', 1, 'EKG01'],
      ['Melhus', 7, 'EKG07'],
      ['Skaun', 1, 'EKG01'],
    ]);
    expect(byName('Melhus').kostraGroup?.description).toBe(
      'Gruppe 7: mellomstore kommuner (10\u00a0000–19\u00a0999 innbyggere) med lave bundne kostnader og lave frie disponible inntekter',
    );
  });

  it('shows Melhus’ figures per inhabitant 2023–2025 as the reference file gives them, with table and year', () => {
    expect(view.years).toEqual([2023, 2024, 2025]);
    const melhus = byName('Melhus');
    // ../shared/data/kostra/netto_driftsutgifter_melhus.csv, net operating expenditure per inhabitant.
    expect(values(melhus, 'FGK1b')).toEqual([5144, 5478, 5519]);
    expect(values(melhus, '120')).toEqual([4238, 4552, 4559]);
    const fgk1b2024 = melhus.indicators[0]?.years[1];
    expect(melhus.indicators[0]?.code).toBe('FGK1b');
    expect(fgk1b2024?.municipality.source).toEqual({
      publisher: 'Statistisk sentralbyrå (SSB)',
      table: '12362',
      year: 2024,
      region: '5028',
    });
    expect(melhus.indicators.find((i) => i.code === '120')?.years[0]?.municipality.source?.table).toBe(
      '12367',
    );
  });

  it('orders administration first and leaves out 301–329 when no region has them', () => {
    expect(byName('Skaun').indicators.map((i) => i.code)).toEqual([
      'FGK1b',
      '120',
      '121',
      '130',
      'FGK1a',
      '100',
      '110',
      'FGK1c',
      'FGK3',
      'FGK4',
      'AGD1',
    ]);
  });

  it('gives `..` (null, no source) for Skaun’s own figures, the group and the country', () => {
    const skaun = byName('Skaun');
    for (const indicator of skaun.indicators)
      for (const y of indicator.years) {
        expect(y.municipality).toEqual({ value: null, source: null });
        expect(y.group).toEqual({ value: null, source: null });
        expect(y.country).toEqual({ value: null, source: null });
      }
    expect(view.missing.fetchCommand).toBe(FETCH_COMMAND);
    expect(FETCH_COMMAND).toBe('flokk ssb update');
  });

  it('shows Melhus’ figures as Skaun’s neighbour, by name', () => {
    const skaunFgk1b = byName('Skaun').indicators[0]?.years.map(
      (y) => y.neighbours.find((n) => n.name === 'Melhus')?.value,
    );
    expect(skaunFgk1b).toEqual([5144, 5478, 5519]);
    expect(byName('Skaun').neighbours.map((n) => n.name)).toEqual(['Trondheim', 'Melhus', 'Orkland']);
  });

  it('counts every missing figure: 11 indicators × 3 years × (own, group, country, neighbours) less Melhus’ 33', () => {
    // Neighbours: Midtre Gauldal 7, Melhus 5, Skaun 3. Melhus is a neighbour of both others: 2 × 33 given.
    const slots = 11 * 3 * (3 * 3 + 7 + 5 + 3);
    expect(view.missing.count).toBe(slots - 33 - 2 * 33);
  });
});

describe('benchmarkView with group and country figures', () => {
  const figure = (region: string, year: number, value: number): KostraFigure => ({
    region,
    year,
    code: 'FGK1b',
    label: 'Administrasjon',
    amount1000Nok: null,
    perInhabitantNok: value,
    table: '12362',
  });
  const shipped = shippedReferenceData();
  const data: ReferenceDataset = {
    municipalities: shipped.municipalities,
    kostraIndicators: [figure('EKG01', 2024, 6100), figure('EAKUO', 2024, 5200), figure('5029', 2024, 5900)],
  };

  it('takes SSB’s group figure as given and never a mean of members', () => {
    const skaun = benchmarkView(defaultCase(), data, 'en').municipalities[2];
    const y = skaun?.indicators[0]?.years[0];
    expect(y).toMatchObject({
      year: 2024,
      municipality: { value: 5900 },
      group: { value: 6100, source: { region: 'EKG01', table: '12362' } },
      country: { value: 5200, source: { region: 'EAKUO' } },
    });
  });

  it('leaves Melhus’ group `..` when only EKG01 is given, and notes that the latest year may be preliminary', () => {
    const result = benchmarkView(defaultCase(), data, 'nb');
    expect(result.municipalities[1]?.indicators[0]?.years[0]?.group.value).toBeNull();
    expect(result.notes).toContainEqual({ code: 'latest-year-may-be-preliminary', year: 2024 });
  });

  it('names a participant the reference data does not know', () => {
    const document = {
      participants: [
        { municipalityNumber: MunicipalityNumber.parse('9999'), name: 'Ukjent', population: [] },
      ],
    };
    const result = benchmarkView(document, data, 'nb');
    expect(result.municipalities[0]?.kostraGroup).toBeNull();
    expect(result.notes).toContainEqual({ code: 'not-in-reference-data', number: '9999' });
  });
});
