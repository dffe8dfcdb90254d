import { describe, expect, it } from 'vitest';
import type { CashFlowResult } from './scenario-cash-flows.ts';
import { socioEconomicView } from './socio-economic-view.ts';

// Two municipalities, three years from the base year 2025. A's flows include a grant share of 20 in 2025.
function table(): CashFlowResult {
  return {
    baseYear: 2025,
    years: [2025, 2026, 2027],
    perMunicipality: { A: [-40, 30, 35], B: [-60, 20, 25] },
    total: [-100, 50, 60],
    zeroAlternative: { A: [0, 0, 0], B: [0, 0, 0] },
    withCooperation: { A: [0, 0, 0], B: [0, 0, 0] },
    lines: [{ municipality: 'A', sourceId: 'skjonn', kind: 'grantShare', values: [20, 0, 0] }],
    areas: [],
    warnings: [],
  };
}

const flat4 = [{ fromYear: 0, rate: 0.04 }];

describe('socioEconomicView', () => {
  it('leaves the grant out as a transfer, adds the tax financing cost and the residual value (hand calculation)', () => {
    const view = socioEconomicView(table(), { schedule: flat4, taxFinancingRate: 0.2, lifetimeYears: 5 });
    // Resource effect: total − grant = [−100 − 20, 50, 60] = [−120, 50, 60].
    expect(view.resourceEffect).toEqual([-120, 50, 60]);
    expect(view.transfersLeftOut).toEqual([20, 0, 0]);
    // Tax financing: 20 % of each: [−24, 10, 12]; net [−144, 60, 72].
    expect(view.taxFinancing).toEqual([-24, 10, 12]);
    expect(view.net).toEqual([-144, 60, 72]);
    // NPV: −144 + 60/1.04 + 72/1.04² = −144 + 57.692308 + 66.568047 = −19.739645.
    expect(view.npvAnalysisPeriod).toBeCloseTo(-19.739645, 5);
    // Its parts: −120 + 50/1.04 + 60/1.04² = −16.449704, and 20 % of that, −3.289941.
    expect(view.npvResource).toBeCloseTo(-16.449704, 5);
    expect(view.npvTaxFinancing).toBeCloseTo(-3.289941, 5);
    // Residual value: years 3 and 4 of the lifetime at the last year's 72: 72/1.04³ + 72/1.04⁴
    // = 64.007738 + 61.545902 = 125.553640.
    expect(view.residualValue).toBeCloseTo(125.55364, 4);
    expect(view.npv).toBeCloseTo(105.813995, 4);
  });

  it('has no residual value when the lifetime is the analysis period', () => {
    const view = socioEconomicView(table(), { schedule: flat4, lifetimeYears: 3 });
    expect(view.residualValue).toBe(0);
    expect(view.taxFinancing).toEqual([0, 0, 0]);
  });

  it('discounts from the base year when the table starts later', () => {
    const later = { ...table(), years: [2026, 2027, 2028], lines: [] };
    // −100/1.04 + 50/1.04² + 60/1.04³ = −96.153846 + 46.227811 + 53.339782 = 3.413747.
    expect(socioEconomicView(later, { schedule: flat4 }).npv).toBeCloseTo(3.413747, 5);
  });

  it('refuses a lifetime shorter than the analysis period', () => {
    expect(() => socioEconomicView(table(), { lifetimeYears: 2 })).toThrow(RangeError);
  });
});
