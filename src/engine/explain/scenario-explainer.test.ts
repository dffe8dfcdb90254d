import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EXAMPLE_SCENARIO } from '../economics/example-scenario.ts';
import type { ScenarioInput } from '../economics/scenario-input.ts';
import type { Explanation } from './explanation.ts';
import { evaluateFormula } from './formula.ts';
import { scenarioExplainer, type ScenarioExplainer } from './scenario-explainer.ts';

/** Every figure reachable from `rootId`, each explained once. */
function walk(explainer: ScenarioExplainer, rootId: string): Explanation[] {
  const seen = new Map<string, Explanation>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    const explained = explainer.explain(id);
    if (!explained) throw new Error(`no explanation for ${id}`);
    seen.set(id, explained);
    for (const input of explained.inputs) stack.push(input.id);
  }
  return [...seen.values()];
}

/** The formula over the inputs' values gives the value; each input's value is that of its own explanation. */
function expectConsistent(explainer: ScenarioExplainer, explained: Explanation): void {
  for (const input of explained.inputs) expect(explainer.explain(input.id)?.value).toBe(input.value);
  const again = evaluateFormula(
    explained.formula,
    explained.inputs.map((x) => x.value),
  );
  if (again === null) return;
  // Whole kroner and the kernel's own order of operations: exact; the wage index by Math.pow: to 1e-12.
  if (explained.step === 'wage_index') expect(again).toBeCloseTo(explained.value, 12);
  else expect(again, explained.id).toBe(explained.value);
}

const small: ScenarioInput = {
  baseYear: 2025,
  firstYear: 2026,
  horizonYears: 2,
  municipalities: [
    { id: 'A', population: [{ referenceDate: '2025-01-01', value: 1000 }] },
    { id: 'B', population: [{ referenceDate: '2025-01-01', value: 3000 }] },
  ],
  uncertainInputs: [],
  realWageGrowth: 0,
  serviceAreas: [
    {
      id: 'x',
      participants: ['A', 'B'],
      baseline: [
        { municipality: 'A', fte: 2, labourCost: 1_000_000 },
        { municipality: 'B', fte: 2, labourCost: 1_000_000 },
      ],
      savingsShare: 0.2,
      startYear: 2026,
      rampUpYears: 0,
      recurringCosts: [],
      oneOffCosts: [{ id: 'p', kind: 'projectManagement', amount: 100_000, year: 2026 }],
      costKey: { keyId: 'population' },
      oneOffKey: { keyId: 'equal' },
    },
  ],
  grants: [],
};

describe('scenarioExplainer', () => {
  it('explains an NPV by hand: net effects and discount factors at 4 %', () => {
    // Joint cost = 2 000 000 · (1 − 0.2) = 1 600 000 a year; A pays 1/4 = 400 000, saves 1 000 000 − 400 000.
    // 2026: 600 000 − 50 000 (half of the one-off cost) = 550 000; 2027: 600 000.
    // NPV_A = 550 000 / 1.04 + 600 000 / 1.04² = 528 846.15… + 554 733.73… = 1 083 579.88…
    const explainer = scenarioExplainer(small);
    const npv = explainer.explain('npv/A') as Explanation;
    expect(npv.value).toBeCloseTo(550_000 / 1.04 + 600_000 / 1.04 ** 2, 6);
    expect(npv.inputs.map((x) => [x.id, x.value])).toEqual([
      ['net/A/2026', 550_000],
      ['discount-factor/2026', 1 / 1.04],
      ['net/A/2027', 600_000],
      ['discount-factor/2027', 1 / 1.04 ** 2],
    ]);
    const net = explainer.explain('net/A/2026') as Explanation;
    expect(net.inputs.map((x) => [x.id, x.value])).toEqual([
      ['cost-today/x/A/2026', 1_000_000],
      ['joint-share/x/A/2026', 400_000],
      ['one-off-share/x/A/2026', 50_000],
    ]);
    expect(net.formula).toEqual({ op: 'linear', coefficients: [1, -1, -1] });
    // Down to the typed labour cost, a field of the input.
    const labour = explainer.explain('field/serviceAreas/x/labourCost/A') as Explanation;
    expect(labour).toMatchObject({ step: 'field', value: 1_000_000, formula: { op: 'given' } });
    expect(explainer.explain('cost-today/x/A/2026')?.inputs[0]?.id).toBe('field/serviceAreas/x/labourCost/A');
  });

  it('says there is no such figure instead of guessing', () => {
    const explainer = scenarioExplainer(small);
    expect(explainer.explain('npv/Z')).toBeNull();
    expect(explainer.explain('net/A/1999')).toBeNull();
    expect(explainer.explain('nonsense')).toBeNull();
  });

  it('gives the NPV and net effects the summary gives, for the example scenario', () => {
    const explainer = scenarioExplainer(EXAMPLE_SCENARIO);
    for (const m of ['5027', '5028', '5029']) {
      expect(explainer.explain(`npv/${m}`)?.value).toBe(explainer.summary.perMunicipality[m]?.npv);
    }
    expect(explainer.explain('npv/total')?.value).toBe(explainer.summary.total.npv);
    expect(explainer.explain('net/5028/2028')?.value).toBe(explainer.cashFlows.perMunicipality['5028']?.[2]);
  });

  it('every explained figure is its formula over its inputs, for random scenarios (property)', () => {
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
        fc.double({ min: -0.02, max: 0.05, noNaN: true }),
        fc.integer({ min: 0, max: 4 }),
        fc.option(fc.double({ min: 0.01, max: 1, noNaN: true })),
        (costKey, oneOffKey, savings, growth, rampUpYears, cap) => {
          const input: ScenarioInput = {
            ...EXAMPLE_SCENARIO,
            uncertainInputs: EXAMPLE_SCENARIO.uncertainInputs.filter((u) => u.id !== 'wage-growth'),
            realWageGrowth: growth,
            serviceAreas: EXAMPLE_SCENARIO.serviceAreas.map((a, i) => {
              const rest = { ...a };
              delete rest.attritionCap;
              return {
                ...rest,
                costKey,
                oneOffKey,
                rampUpYears,
                ...(i === 0 ? { savingsShare: savings } : {}),
                ...(cap === null ? {} : { attritionCap: cap }),
              };
            }),
          };
          const explainer = scenarioExplainer(input);
          const figures = ['total', '5027', '5028', '5029'].flatMap((m) => walk(explainer, `npv/${m}`));
          for (const explained of figures) expectConsistent(explainer, explained);
        },
      ),
      { numRuns: 25 },
    );
  });
});
