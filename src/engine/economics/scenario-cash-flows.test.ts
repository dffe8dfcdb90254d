import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { budgetView } from './budget-view.ts';
import { EconomicsInputError } from './economics-error.ts';
import { EXAMPLE_SCENARIO } from './example-scenario.ts';
import { computeCashFlows } from './scenario-cash-flows.ts';
import type { ScenarioInput, ScenarioServiceArea } from './scenario-input.ts';
import { summariseCashFlows } from './scenario-summary.ts';
import { quantileDraw } from './uncertain-inputs.ts';

const noDraw = () => {
  throw new Error('no uncertain inputs here');
};

const area: ScenarioServiceArea = {
  id: 'lrf',
  participants: ['A', 'B'],
  baseline: [
    { municipality: 'A', labourCost: 1_000_000, fte: 2 },
    { municipality: 'B', labourCost: 500_000, fte: 1 },
  ],
  savingsShare: 0.2,
  startYear: 2026,
  rampUpYears: 1,
  recurringCosts: [{ id: 'leder', kind: 'management', amount: 100_000, startYear: 2026 }],
  oneOffCosts: [{ id: 'prosjekt', kind: 'projectManagement', amount: 300_000, year: 2025 }],
  costKey: { keyId: 'population' },
  oneOffKey: { keyId: 'equal' },
};

// Two municipalities with 2 000 and 1 000 inhabitants; one area; four years from the base year 2025.
const small: ScenarioInput = {
  baseYear: 2025,
  horizonYears: 4,
  municipalities: [
    { id: 'A', population: [{ referenceDate: '2025-01-01', value: 2000 }] },
    { id: 'B', population: [{ referenceDate: '2025-01-01', value: 1000 }] },
  ],
  serviceAreas: [area],
  // The grant finances the project cost, so it counts in full: min(100 000, 300 000).
  grants: [
    {
      id: 'grant',
      amount: 100_000,
      year: 2025,
      key: { keyId: 'population' },
      financedCosts: [{ areaId: 'lrf', costId: 'prosjekt' }],
    },
  ],
  uncertainInputs: [],
};

describe('computeCashFlows: hand calculation', () => {
  // 2025: no unit yet. One-off 300 000 split equally: 150 000 each. Grant 100 000 by population 2/3, 1/3:
  //       quotas 66 666.67 and 33 333.33, floors leave 1 krone for the larger remainder (A): 66 667, 33 333.
  //       A: −150 000 + 66 667 = −83 333; B: −150 000 + 33 333 = −116 667.
  // 2026: effect 1/2 (ramp-up 1 year), reduction 0.2 · 0.5 = 0.1. Joint cost 100 000 + 1 500 000 · 0.9
  //       = 1 450 000, by population: 966 666.67 / 483 333.33 → 966 667 / 483 333.
  //       A: 1 000 000 − 966 667 = 33 333; B: 500 000 − 483 333 = 16 667.
  // 2027, 2028: full effect, reduction 0.2. Joint 100 000 + 1 200 000 = 1 300 000 → 866 667 / 433 333.
  //       A: 133 333; B: 66 667.
  const flows = computeCashFlows(small, noDraw);

  it('gives the net effect per municipality and year', () => {
    expect(flows.years).toEqual([2025, 2026, 2027, 2028]);
    expect(flows.perMunicipality).toEqual({
      A: [-83_333, 33_333, 133_333, 133_333],
      B: [-116_667, 16_667, 66_667, 66_667],
    });
    expect(flows.total).toEqual([-200_000, 50_000, 200_000, 200_000]);
    expect(flows.warnings).toEqual([]);
  });

  it('lists the lines with the sign they enter the net effect with', () => {
    const line = (municipality: string, kind: string) =>
      flows.lines.find((l) => l.municipality === municipality && l.kind === kind)?.values;
    expect(line('A', 'costToday')).toEqual([0, 1_000_000, 1_000_000, 1_000_000]);
    expect(line('A', 'jointUnitShare')).toEqual([0, -966_667, -866_667, -866_667]);
    expect(line('B', 'oneOffShare')).toEqual([-150_000, 0, 0, 0]);
    expect(line('A', 'grantShare')).toEqual([66_667, 0, 0, 0]);
    for (const [id, net] of Object.entries(flows.perMunicipality)) {
      const sum = flows.years.map((_, y) =>
        flows.lines.filter((l) => l.municipality === id).reduce((s, l) => s + (l.values[y] ?? 0), 0),
      );
      expect(sum).toEqual(net);
    }
  });

  it('gives the area figures and the FTE path', () => {
    expect(flows.areas[0]).toMatchObject({
      areaId: 'lrf',
      costToday: [0, 1_500_000, 1_500_000, 1_500_000],
      jointUnitCost: [0, 1_450_000, 1_300_000, 1_300_000],
      oneOffCosts: [300_000, 0, 0, 0],
      fteToday: 3,
    });
    // 3 FTE · (1 − 0.1) = 2.7, then 3 · (1 − 0.2) = 2.4.
    expect(flows.areas[0]?.fteJointUnit).toEqual([0, 2.7, 2.4, 2.4].map((x) => expect.closeTo(x, 12)));
  });

  it('summarises NPV at 4 %, payback and IRR', () => {
    // Total: −200 000 + 50 000/1.04 + 200 000/1.04² + 200 000/1.04³
    //      = −200 000 + 48 076.92 + 184 911.24 + 177 799.27 = 210 787.44.
    const summary = summariseCashFlows(flows);
    expect(summary.total.npv).toBeCloseTo(210_787.44, 2);
    // Cumulative total −200 000, −150 000, 50 000: payback 2027; B: −116 667, −100 000, −33 333, 33 334: 2028.
    expect(summary.total.paybackYear).toBe(2027);
    expect(summary.perMunicipality.B?.paybackYear).toBe(2028);
    expect(summary.perMunicipality.A?.npv).toBeCloseTo(190_524.37, 2);
    // −200 000 first, then only gains: one sign change, so the IRR means something.
    expect(summary.total.irr.kind).toBe('meaningful');
    expect(summary.total.paybackStatus).toBe('paid_back');
    expect(summary.convention).toMatchObject({ prices: 'real', baseYear: 2025, isStateConvention: true });
  });
});

describe('computeCashFlows: the zero alternative, grants and wages (hand calculations)', () => {
  it('gives each municipality’s cost alone (the zero alternative) and with the cooperation', () => {
    const flows = computeCashFlows(small, noDraw);
    // Zero alternative: today's cost every year, A 1 000 000 and B 500 000 (no wage growth).
    expect(flows.zeroAlternative).toEqual({ A: [1e6, 1e6, 1e6, 1e6], B: [5e5, 5e5, 5e5, 5e5] });
    // With the cooperation = zero alternative − net effect: A 2025: 1 000 000 + 83 333 = 1 083 333;
    // 2026: 1 000 000 − 33 333 = 966 667 (its share of the joint cost); B 2027: 500 000 − 66 667 = 433 333.
    expect(flows.withCooperation['A']?.slice(0, 2)).toEqual([1_083_333, 966_667]);
    expect(flows.withCooperation['B']?.[2]).toBe(433_333);
  });

  it('adds a known cost of going alone to the zero alternative, avoided from the start', () => {
    const renewal = { id: 'system', municipality: 'B', amount: 40_000, startYear: 2027 };
    const flows = computeCashFlows(
      { ...small, serviceAreas: [{ ...area, zeroAlternativeCosts: [renewal] }] },
      noDraw,
    );
    // B pays 40 000 a year from 2027 alone; with the cooperation it does not: its net effect grows by 40 000.
    expect(flows.zeroAlternative['B']).toEqual([5e5, 5e5, 540_000, 540_000]);
    expect(flows.perMunicipality['B']).toEqual([-116_667, 16_667, 106_667, 106_667]);
  });

  it('counts a grant only up to the cost it finances, and not at all without one', () => {
    const capped = computeCashFlows({ ...small, grants: [{ ...small.grants[0]!, amount: 500_000 }] }, noDraw);
    // min(500 000, 300 000) = 300 000 by population 2/3, 1/3: 200 000 and 100 000.
    // A 2025: −150 000 + 200 000 = 50 000; B: −150 000 + 100 000 = −50 000: the project costs nothing net.
    expect(capped.perMunicipality['A']?.[0]).toBe(50_000);
    expect(capped.perMunicipality['B']?.[0]).toBe(-50_000);
    const alone = { ...small.grants[0]!, financedCosts: [] };
    const uncounted = computeCashFlows({ ...small, grants: [alone] }, noDraw);
    expect(uncounted.perMunicipality['A']?.[0]).toBe(-150_000);
    expect(uncounted.warnings).toContainEqual({
      code: 'grant_without_cost',
      path: ['grants', 0, 'financedCosts'],
    });
  });

  it('grows labour costs by real wage growth in both alternatives', () => {
    const flows = computeCashFlows({ ...small, realWageGrowth: 0.02 }, noDraw);
    // W = 1.02^(y − 2025). Zero alternative for A in 2027: 1 000 000 · 1.0404 = 1 040 400.
    expect(flows.zeroAlternative['A']?.[2]).toBe(1_040_400);
    // 2027, full effect: joint = round(100 000 + 1 500 000 · 1.0404 · 0.8) = 1 348 480, by population:
    // 898 986.67 / 449 493.33 → 898 987 / 449 493. A: 1 040 400 − 898 987 = 141 413.
    expect(flows.perMunicipality['A']?.[2]).toBe(141_413);
  });

  it('shows no payback when nothing is laid out first', () => {
    const noOutlay = computeCashFlows(
      {
        ...small,
        serviceAreas: [{ ...area, oneOffCosts: [], recurringCosts: [], startYear: 2027 }],
        grants: [],
      },
      noDraw,
    );
    const summary = summariseCashFlows(noOutlay);
    // 2025–2026: 0 (the unit has not started), then gains: nothing to earn back, so no payback year,
    // not even 2025, and no IRR.
    expect(summary.total.paybackStatus).toBe('no_outlay');
    expect(summary.total.paybackYear).toBeNull();
    expect(summary.total.irr).toEqual({ kind: 'not_meaningful', reason: 'no_outlay' });
  });
});

describe('computeCashFlows: phasing', () => {
  it('caps the reduction by natural attrition and warns', () => {
    // Cap 8 % a year: 2026 min(0.1, 0.08) = 0.08; 2027 min(0.2, 0.16) = 0.16; 2028 min(0.2, 0.24) = 0.2.
    const capped = computeCashFlows({ ...small, serviceAreas: [{ ...area, attritionCap: 0.08 }] }, noDraw);
    expect(capped.areas[0]?.fteJointUnit.map((x) => Math.round(x * 100) / 100)).toEqual([0, 2.76, 2.52, 2.4]);
    // 2026 joint: 100 000 + 1 500 000 · 0.92 = 1 480 000.
    expect(capped.areas[0]?.jointUnitCost[1]).toBe(1_480_000);
    expect(capped.warnings).toEqual([
      { code: 'attrition_limits_savings', path: ['serviceAreas', 0, 'attritionCap'], year: 2026 },
    ]);
  });

  it('grows labour costs by real wage growth from the base year', () => {
    // 2 % a year: 2026 labour A 1 000 000 · 1.02 = 1 020 000; 2028: · 1.02³ = 1 061 208.
    const grown = computeCashFlows({ ...small, realWageGrowth: 0.02 }, noDraw);
    const costToday = grown.lines.find((l) => l.municipality === 'A' && l.kind === 'costToday');
    expect(costToday?.values).toEqual([0, 1_020_000, 1_040_400, 1_061_208]);
  });

  it('warns about figures outside the horizon and areas that start after it', () => {
    const late: ScenarioServiceArea = {
      ...area,
      startYear: 2030,
      oneOffCosts: [{ id: 'x', kind: 'other', amount: 1, year: 2031 }],
    };
    const flows = computeCashFlows({ ...small, serviceAreas: [late], grants: [] }, noDraw);
    expect(flows.warnings.map((w) => w.code)).toEqual(['area_starts_after_horizon', 'cost_outside_horizon']);
    expect(flows.total).toEqual([0, -100_000, -100_000, -100_000]);
  });
});

describe('computeCashFlows: input errors name the field', () => {
  const pathOf = (input: ScenarioInput) => {
    try {
      computeCashFlows(input, () => 0.2);
    } catch (error) {
      if (error instanceof EconomicsInputError) return error.path;
      throw error;
    }
    return undefined;
  };

  it('for unknown municipalities, inputs, keys and bad ranges', () => {
    expect(pathOf({ ...small, serviceAreas: [{ ...area, participants: ['A', 'C'] }] })).toEqual([
      'serviceAreas',
      0,
      'participants',
      1,
    ]);
    expect(pathOf({ ...small, serviceAreas: [{ ...area, savingsShare: { inputId: 'nope' } }] })).toEqual([
      'serviceAreas',
      0,
      'savingsShare',
      'inputId',
    ]);
    expect(
      pathOf({
        ...small,
        serviceAreas: [{ ...area, costKey: { keyId: 'volume', options: { measure: 'cases' } } }],
      }),
    ).toEqual(['serviceAreas', 0, 'costKey', 'participants', 0, 'volumes', 'cases']);
    expect(pathOf({ ...small, serviceAreas: [{ ...area, rampUpYears: -1 }] })).toEqual([
      'serviceAreas',
      0,
      'rampUpYears',
    ]);
    expect(pathOf({ ...small, horizonYears: 0 })).toEqual(['horizonYears']);
    expect(
      pathOf({ ...small, uncertainInputs: [{ id: 's', distribution: { kind: 'uniform', min: 1, max: 0 } }] }),
    ).toEqual(['uncertainInputs', 0, 'distribution', 'max']);
  });
});

describe('the example scenario', () => {
  const median = quantileDraw(EXAMPLE_SCENARIO, 0.5);

  it('runs without warnings except the attrition cap', () => {
    const flows = computeCashFlows(EXAMPLE_SCENARIO, median);
    expect(flows.years).toEqual([2026, 2027, 2028, 2029, 2030, 2031, 2032, 2033, 2034, 2035]);
    expect(flows.warnings.every((w) => w.code === 'attrition_limits_savings')).toBe(true);
  });

  it('changing the key from population to equal changes the municipalities’ figures, not the total', () => {
    const byPopulation = computeCashFlows(EXAMPLE_SCENARIO, median);
    const equal = computeCashFlows(
      {
        ...EXAMPLE_SCENARIO,
        serviceAreas: EXAMPLE_SCENARIO.serviceAreas.map((a) => ({ ...a, costKey: { keyId: 'equal' } })),
      },
      median,
    );
    expect(equal.total).toEqual(byPopulation.total);
    expect(equal.perMunicipality['5028']).not.toEqual(byPopulation.perMunicipality['5028']);
  });

  it('shares sum exactly to the total in every year, for any key and savings share (property)', () => {
    const keys = fc.constantFrom(
      { keyId: 'population' },
      { keyId: 'equal' },
      { keyId: 'hybrid', options: { fixedShare: 0.4, rest: { keyId: 'population' } } },
    );
    fc.assert(
      fc.property(
        keys,
        keys,
        fc.double({ min: -0.5, max: 1, noNaN: true }),
        (costKey, oneOffKey, savings) => {
          const input: ScenarioInput = {
            ...EXAMPLE_SCENARIO,
            serviceAreas: EXAMPLE_SCENARIO.serviceAreas.map((a) => ({ ...a, costKey, oneOffKey })),
          };
          const flows = computeCashFlows(input, (id) => (id.startsWith('savings') ? savings : median(id)));
          for (const a of flows.areas) {
            const shares = flows.years.map((_, y) =>
              flows.lines
                .filter((l) => l.sourceId === a.areaId && l.kind === 'jointUnitShare')
                .reduce((s, l) => s - (l.values[y] ?? 0), 0),
            );
            expect(shares).toEqual(a.jointUnitCost);
          }
        },
      ),
      { numRuns: 50 },
    );
  });
});

describe('budgetView', () => {
  it('inflates the real figures to nominal kroner for the four økonomiplan years', () => {
    // Base year 2025, 3 %: 2026 × 1.03, 2027 × 1.0609, 2028 × 1.092727; 2029 is outside the table.
    // A 2026: 33 333 · 1.03 = 34 332.99 → 34 333. A 2027: 133 333 · 1.0609 = 141 452.98 → 141 453.
    // A 2028: 133 333 · 1.092727 = 145 696.67 → 145 697.
    const view = budgetView(computeCashFlows(small, noDraw), { inflation: 0.03 });
    expect(view.years).toEqual([2026, 2027, 2028]);
    expect(view.missingYears).toEqual([2029]);
    expect(view.perMunicipality.A).toEqual([34_333, 141_453, 145_697]);
    expect(view.total).toEqual(
      view.years.map((_, i) => (view.perMunicipality.A?.[i] ?? 0) + (view.perMunicipality.B?.[i] ?? 0)),
    );
  });
});
