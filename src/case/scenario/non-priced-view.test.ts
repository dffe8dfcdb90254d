import { describe, expect, it } from 'vitest';
import type { SocioEconomicView } from '../../engine/economics/socio-economic-view.ts';
import { defaultCase } from '../default-case/default-case.ts';
import { vulnerabilityView } from '../people/vulnerability-view.ts';
import { redactPersonalData } from '../redact-personal-data.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { MunicipalityNumber } from '../schema/common.ts';
import { analyseDeterministic } from './analyse-scenario.ts';
import { nonPricedView } from './non-priced-view.ts';

const SCENARIO = 'administrative-tjenester';
const m = (n: string) => n as MunicipalityNumber;

/** A socio-economic view with only what the break-even line reads. */
function socio(npv: number, years: number[], lifetimeYears: number): SocioEconomicView {
  return {
    years,
    resourceEffect: [],
    transfersLeftOut: [],
    taxFinancing: [],
    net: [],
    npvAnalysisPeriod: npv,
    npvResource: npv,
    npvTaxFinancing: 0,
    residualValue: 0,
    npv,
    convention: {
      prices: 'real',
      baseYear: 2025,
      schedule: [{ fromYear: 0, rate: 0.04 }],
      taxFinancingRate: 0,
      analysisPeriodYears: years.length,
      lifetimeYears,
    },
  };
}

describe('nonPricedView', () => {
  it('shows the default case’s effects as not assessed for every municipality, with no placeholder', () => {
    const analysis = analyseDeterministic(defaultCase(), SCENARIO);
    const view = analysis?.nonPriced;
    expect(view?.municipalities.map((x) => x.name)).toEqual(['Midtre Gauldal', 'Melhus', 'Skaun']);
    expect(view?.effects).toHaveLength(5);
    expect(view?.notAssessedCount).toBe(15);
    expect(view?.placeholderCount).toBe(0);
    expect(view?.effects.filter((e) => e.showsVulnerability).map((e) => e.id)).toEqual(['sarbarhet']);
    expect(view?.effects[0]?.source?.locator).toContain('«Redusere sårbarhet');
    expect(view?.matrixCheckedAgainstGuide).toBe(false);
  });

  it('takes the vulnerability figure the people page shows, from the redacted document', () => {
    const document = defaultCase();
    const view = nonPricedView(document, SCENARIO, socio(0, [2026], 1));
    // All three join every area of the default scenario, so the joint unit is the people page's.
    const people = vulnerabilityView(redactPersonalData(document).document).areas;
    const areas = document.scenarios.find((s) => s.id === SCENARIO)?.areas.map((a) => a.areaId);
    expect(view.vulnerability.map((a) => a.areaId)).toEqual(areas);
    for (const area of view.vulnerability) {
      expect({ ...area, name: undefined }).toEqual({
        ...people.find((p) => p.areaId === area.areaId),
        name: undefined,
      });
    }
  });

  it('counts only the participants of a scenario with fewer members in the joint unit', () => {
    const base = defaultCase();
    const document: CaseDocument = {
      ...base,
      scenarios: base.scenarios.map((s) =>
        s.id === SCENARIO
          ? { ...s, areas: s.areas.map((a) => ({ ...a, participants: [m('5028'), m('5029')] })) }
          : s,
      ),
    };
    const view = nonPricedView(document, SCENARIO, socio(0, [2026], 1));
    expect(view.municipalities.map((x) => x.number)).toEqual(['5028', '5029']);
    for (const area of view.vulnerability) {
      expect(area.before.map((b) => b.municipalityNumber)).toEqual(['5028', '5029']);
      expect(area.after.qualifiedPersons).toBe(area.before.reduce((sum, b) => sum + b.qualifiedPersons, 0));
    }
  });

  it('gives each cell its consequence and marks placeholders; a missing assessment is «ikke vurdert»', () => {
    const base = defaultCase();
    const document: CaseDocument = {
      ...base,
      nonPricedEffects: base.nonPricedEffects.map((e) =>
        e.id === 'sarbarhet'
          ? {
              ...e,
              assessments: [
                {
                  scenarioId: SCENARIO,
                  municipality: m('5027'),
                  significance: 'large',
                  extent: 3,
                  provenance: { placeholder: { toBeSetBy: 'Arbeidsgruppen' } },
                },
                {
                  scenarioId: SCENARIO,
                  municipality: m('5028'),
                  significance: 'small',
                  extent: -4,
                  provenance: { source: { document: 'saksframlegg-bik2030' } },
                },
                {
                  scenarioId: SCENARIO,
                  municipality: m('5029'),
                  significance: 'medium',
                  extent: null,
                  provenance: { placeholder: {} },
                },
                {
                  scenarioId: 'lonn-regnskap-lik-andel',
                  municipality: m('5029'),
                  significance: 'large',
                  extent: 4,
                  provenance: { placeholder: {} },
                },
              ],
            }
          : e,
      ),
    };
    const effect = nonPricedView(document, SCENARIO, socio(0, [2026], 1)).effects[0];
    // Stor × +3 → +3; liten × −4 → −2; middels × (no extent) → not assessed. The other scenario's is not shown.
    expect(effect?.cells).toEqual([
      {
        municipality: '5027',
        significance: 'large',
        extent: 3,
        consequence: 3,
        basis: 'placeholder',
        toBeSetBy: 'Arbeidsgruppen',
      },
      { municipality: '5028', significance: 'small', extent: -4, consequence: -2, basis: 'source' },
      { municipality: '5029', significance: 'medium', extent: null, consequence: null, basis: 'placeholder' },
    ]);
    expect(effect?.anyPlaceholder).toBe(true);
    expect(effect?.summary).toMatchObject({ assessed: 2, notAssessed: 1, lowest: -2, highest: 3 });
    const view = nonPricedView(document, SCENARIO, socio(0, [2026], 1));
    expect(view.placeholderCount).toBe(2);
    expect(view.notAssessedCount).toBe(13);
  });

  it('draws the break-even line over the years the NPV covers (hand calculation)', () => {
    // NPV −1 000 kr, analysis years 2026–2027 from base year 2025, lifetime 3 years (so 2026–2028) at 4 %:
    // Σ d = 1/1.04 + 1/1.04² + 1/1.04³ = 0.961538 + 0.924556 + 0.888996 = 2.775091; X = 1 000 / 2.775091 = 360.35.
    const view = nonPricedView(defaultCase(), SCENARIO, socio(-1000, [2026, 2027], 3));
    expect(view.breakEven.yearlyValue).toBeCloseTo(360.3485, 4);
    expect(view.breakEven).toMatchObject({ npv: -1000, firstYear: 2026, lastYear: 2028, baseYear: 2025 });
    expect(nonPricedView(defaultCase(), SCENARIO, socio(500, [2026], 1)).breakEven.yearlyValue).toBe(0);
  });
});
