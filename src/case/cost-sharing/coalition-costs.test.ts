import { describe, expect, it } from 'vitest';
import { createDistribution } from '../../engine/statistics/distributions/registry.ts';
import { defaultCase } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocumentInput } from '../schema/case-document.ts';
import { coalitionCostTable, costGameOf, type CoalitionCostTable } from './coalition-costs.ts';
import { handCase } from './hand-case.test-helpers.ts';

const SCENARIO = 'administrative-tjenester';
const LRF = { kind: 'area', areaId: 'lonn-regnskap-fakturering' } as const;
const MG = '5027';
const MELHUS = '5028';
const SKAUN = '5029';

const cost = (table: CoalitionCostTable | null, ...members: string[]) =>
  table?.rows.find((row) => row.members.join() === members.join())?.cost;

describe('coalition costs of the default case, payroll, accounting and invoicing (LRF)', () => {
  const table = coalitionCostTable(defaultCase(), SCENARIO, LRF);
  // The saving is PERT(10 %, 21 %, 30 %) at its median; the mode of 21 % would be the most likely value.
  const s = createDistribution({ kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 }).quantile(0.5);

  it('takes each municipality’s stand-alone cost from its central baseline rows (saksframlegget, budget 2025)', () => {
    expect(s).toBeCloseTo(0.2075, 3);
    expect(cost(table, MG)).toBe(5_500_000);
    // Melhus's decentral 4 200 000 kr is left out: the scenario does not include decentral rows.
    expect(cost(table, MELHUS)).toBe(5_200_000);
    expect(cost(table, SKAUN)).toBe(4_100_000);
  });

  it('gives a group of two s · F_S / F_N of their labour cost today by the placeholder scale curve, all three (1 − s)', () => {
    // FTE today (saksframlegget): MG 6.2, Melhus 6.4, Skaun 5.0; F_N = 17.6. The default case's scale curve
    // (a placeholder) lets the savings share grow in proportion to the unit's FTE, so a pair saves less.
    // c({5027, 5028}) = (1 − s · 12.6/17.6) · (5 500 000 + 5 200 000) ≈ 9 110 858
    expect(cost(table, MG, MELHUS)).toBeCloseTo((1 - (s * 12.6) / 17.6) * 10_700_000, 4);
    expect(cost(table, MG, SKAUN)).toBeCloseTo((1 - (s * 11.2) / 17.6) * 9_600_000, 4);
    expect(cost(table, MELHUS, SKAUN)).toBeCloseTo((1 - (s * 11.4) / 17.6) * 9_300_000, 4);
    expect(cost(table, MG, MELHUS, SKAUN)).toBeCloseTo((1 - s) * 14_800_000, 4);
    expect(table?.rows.every((row) => row.origin === 'derived' && row.cost === row.derived)).toBe(true);
    expect(table?.rows.map((row) => row.members.length)).toEqual([1, 1, 1, 2, 2, 2, 3]);
  });

  it('finds the game convex once pairs save less than all three: no warning', () => {
    // Adding Skaun to {MG} costs c(MG, Skaun) − 5.5 M = 9.6 M − s · 11.2/17.6 · 9.6 M − 5.5 M ≈ 2.83 M; to
    // {MG, Melhus} it costs c(N) − c(MG, Melhus) ≈ 11.73 M − 9.11 M = 2.62 M: the extra cost falls as the
    // group grows, so the cost function is concave (the game convex) and subadditive.
    expect(table?.warnings).toEqual([]);
  });

  it('reads the model it derives from: savings share, recurring costs and the first full year', () => {
    expect(table?.models[0]).toMatchObject({ recurringCosts: 0, fullEffectYear: 2030 });
    expect(table?.models[0]?.savingsShare).toBeCloseTo(s, 12);
  });
});

describe('coalition costs by hand, with a new recurring cost and a study’s own figure', () => {
  it('adds the recurring cost R = 300 000 to every group of two or more, not to a municipality alone', () => {
    const table = coalitionCostTable(handCase(), SCENARIO, LRF);
    expect(cost(table, MG)).toBe(5_500_000);
    expect(cost(table, MG, MELHUS)).toBeCloseTo(0.8 * 10_700_000 + 300_000, 6); // 8 860 000
    expect(cost(table, MG, SKAUN)).toBeCloseTo(0.8 * 9_600_000 + 300_000, 6); // 7 980 000
    expect(cost(table, MELHUS, SKAUN)).toBeCloseTo(0.8 * 9_300_000 + 300_000, 6); // 7 740 000
    expect(cost(table, MG, MELHUS, SKAUN)).toBeCloseTo(0.8 * 14_800_000 + 300_000, 6); // 12 140 000
  });

  it('lets a typed figure override the derived one, marked typed, with the derived value kept beside it', () => {
    const table = coalitionCostTable(
      handCase([
        {
          id: 'egne-tall',
          scenarioId: SCENARIO,
          areaId: 'lonn-regnskap-fakturering',
          provenance: { placeholder: { toBeSetBy: 'Økonomisjefene' } },
          costs: [{ coalition: [SKAUN, MELHUS], cost: 7_500_000 }],
        },
      ]),
      SCENARIO,
      LRF,
    );
    const pair = table?.rows.find((row) => row.members.join() === `${MELHUS},${SKAUN}`);
    expect(pair).toMatchObject({ cost: 7_500_000, origin: 'typed', typedPath: 'costGames[0].costs[0]' });
    expect(pair?.derived).toBeCloseTo(7_740_000, 6);
    expect(table?.rows.filter((row) => row.origin === 'typed')).toHaveLength(1);
    expect(table?.typed?.id).toBe('egne-tall');
  });

  it('warns when a typed figure makes a group dearer together than apart', () => {
    const table = coalitionCostTable(
      handCase([
        {
          id: 'dyr-gruppe',
          scenarioId: SCENARIO,
          areaId: 'lonn-regnskap-fakturering',
          provenance: { placeholder: { toBeSetBy: 'Test' } },
          // 10 000 000 > 5 200 000 + 4 100 000: Melhus and Skaun would do better apart.
          costs: [{ coalition: [MELHUS, SKAUN], cost: 10_000_000 }],
        },
      ]),
      SCENARIO,
      LRF,
    );
    expect(table?.warnings[0]).toEqual({
      code: 'not_subadditive',
      members: [MELHUS, SKAUN],
      amount: 700_000,
    });
  });
});

describe('the package of all areas', () => {
  it('sums each group’s cost over the areas (c(S) = Σ c_area(S))', () => {
    const document = defaultCase();
    const pack = coalitionCostTable(document, SCENARIO, { kind: 'package' });
    // Alone: LRF 5 500 000 + switchboard 640 000 + archive 1 360 000 = 7 500 000 for Midtre Gauldal.
    expect(cost(pack, MG)).toBe(7_500_000);
    const areas = ['lonn-regnskap-fakturering', 'sentralbord', 'arkiv-postmottak'].map((areaId) =>
      coalitionCostTable(document, SCENARIO, { kind: 'area', areaId }),
    );
    const sum = areas.reduce((total, t) => total + (cost(t, MELHUS, SKAUN) ?? NaN), 0);
    expect(cost(pack, MELHUS, SKAUN)).toBeCloseTo(sum, 6);
    expect(pack?.players).toEqual([MG, MELHUS, SKAUN]);
  });

  it('marks the game incomplete when a stand-alone cost is missing, and never invents one', () => {
    const input = structuredClone(defaultCase()) as unknown as CaseDocumentInput;
    const row = input.baseline.find((r) => r.areaId === 'sentralbord' && r.municipalityNumber === SKAUN);
    if (row) row.labourCost = null;
    const parsed = parseCase(input);
    if (!parsed.success) throw new Error('invalid');
    const table = coalitionCostTable(parsed.data, SCENARIO, { kind: 'area', areaId: 'sentralbord' });
    expect(cost(table, SKAUN)).toBeNull();
    expect(cost(table, MG, SKAUN)).toBeNull();
    expect(cost(table, MG, MELHUS)).not.toBeNull();
    expect(table?.warnings).toEqual([
      { code: 'missing_cost_today', members: [SKAUN] },
      { code: 'missing_coalition_costs', amount: 4 },
    ]);
    expect(table && costGameOf(table)).toBeNull();
  });

  it('answers null for a scenario or area the case does not have', () => {
    expect(coalitionCostTable(defaultCase(), 'finnes-ikke', { kind: 'package' })).toBeNull();
    expect(coalitionCostTable(defaultCase(), SCENARIO, { kind: 'area', areaId: 'plan' })).toBeNull();
  });
});
