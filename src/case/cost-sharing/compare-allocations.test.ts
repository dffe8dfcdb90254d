import { beforeAll, describe, expect, it } from 'vitest';
import { loadLpSolver, type LpSolver } from '../../engine/games/lp-solver.ts';
import { computeCashFlows } from '../../engine/economics/scenario-cash-flows.ts';
import { quantileDraw } from '../../engine/economics/uncertain-inputs.ts';
import { defaultCase } from '../default-case/default-case.ts';
import { toScenarioInput } from '../scenario/to-scenario-input.ts';
import { gameFromCosts } from '../../engine/games/game.ts';
import { compareAllocations, type CostSharingComparison } from './compare-allocations.ts';
import { costSharingView, plainGameView } from './comparison-view.ts';
import { coreSummary } from './comparison-words.ts';
import { costSharingScopes } from './scopes.ts';
import { coreSentences } from './core-sentence.ts';
import { handCase, SCENARIO, uniformCase } from './hand-case.test-helpers.ts';
import { netEffect } from '../scenario/analyse-scenario.ts';
import { withCostKey } from './net-effect.ts';

const LRF = 'lonn-regnskap-fakturering';
const NAMES: Record<string, string> = { '5027': 'Midtre Gauldal', '5028': 'Melhus', '5029': 'Skaun' };
const nameOf = (m: string) => NAMES[m] ?? m;

let solver: LpSolver;
beforeAll(async () => {
  solver = await loadLpSolver();
});

function row(comparison: CostSharingComparison | null, id: string) {
  const found = comparison?.analysis?.allocations.find((r) => r.id === id);
  if (!found) throw new Error(`no row ${id}`);
  return found;
}

describe('the default case with every group saving the same share, payroll, accounting and invoicing', () => {
  let lrf: CostSharingComparison | null;
  // With c({i}) = cost today and c(S) = (1 − s) · Σ_S for every group of two or more, s is recovered from c(N).
  let s: number;
  beforeAll(() => {
    lrf = compareAllocations(uniformCase(), SCENARIO, { kind: 'area', areaId: LRF }, solver);
    s = 1 - (lrf?.analysis?.totalCost ?? NaN) / 14_800_000;
  });

  it('puts the population key outside the core: Melhus pays more than alone', () => {
    // Population 1.1.2025: Midtre Gauldal 6 141, Melhus 17 812, Skaun 8 521; in all 32 474.
    // Melhus pays 17 812 / 32 474 · (1 − s) · 14 800 000; for any s up to the high estimate of 30 % that is at
    // least 17 812 / 32 474 · 10 360 000 = 5 682 435 kr, above its 5 200 000 kr alone.
    const population = row(lrf, 'population');
    const melhusPays = (17_812 / 32_474) * (1 - s) * 14_800_000;
    expect(population.amounts[1]).toBeCloseTo(melhusPays, 4);
    expect(population.core.inCore).toBe(false);
    expect(population.core.aboveStandAlone).toHaveLength(1);
    expect(population.core.aboveStandAlone[0]?.members).toEqual(['5028']);
    expect(population.core.aboveStandAlone[0]?.excess).toBeCloseTo(melhusPays - 5_200_000, 4);
    // The worst group is Melhus with Skaun: (17 812 + 8 521) / 32 474 · c(N) − (1 − s) · 9 300 000.
    expect(population.core.largest?.members).toEqual(['5028', '5029']);
    expect(population.core.largest?.excess).toBeCloseTo(
      (26_333 / 32_474) * (1 - s) * 14_800_000 - (1 - s) * 9_300_000,
      4,
    );
    expect(coreSentences(population.core, nameOf, 'nb')).toEqual([
      'Melhus og Skaun betaler til sammen 2,1 mill. kr mer enn i et samarbeid bare mellom seg.',
      'Melhus betaler 1,2 mill. kr mer enn alene.',
      // The third: Midtre Gauldal + Melhus pay 23 953 / 32 474 · c(N) ≈ 0.738 · c(N) > (1 − s) · 10 700 000 ≈ 0.723 · c(N).
      'Til sammen 3 grupper betaler for mye.',
    ]);
    expect(population.core.violationCount).toBe(3);
    expect(population.scenarioKey).toBe(true);
  });

  it('puts the equal key outside the core too: two pairs pay more than on their own', () => {
    // Each pays (1 − s) · 14 800 000 / 3 = (1 − s) · 4 933 333. Nobody pays more than alone: even Skaun, the
    // smallest at 4 100 000 kr, is below that once s ≥ 16.9 %, as here (s ≈ 20.7 %).
    // Melhus + Skaun pay (1 − s) · 9 866 667 against (1 − s) · 9 300 000 alone: (1 − s) · 566 667 too much;
    // Midtre Gauldal + Skaun pay (1 − s) · 9 866 667 against (1 − s) · 9 600 000: (1 − s) · 266 667 too much.
    const equal = row(lrf, 'equal');
    expect(equal.core.inCore).toBe(false);
    expect(equal.core.aboveStandAlone).toEqual([]);
    expect(equal.core.violationCount).toBe(2);
    expect(equal.core.largest?.members).toEqual(['5028', '5029']);
    expect(equal.core.largest?.excess).toBeCloseTo(((1 - s) * 1_700_000) / 3, 4);
    expect(coreSentences(equal.core, nameOf, 'nn')).toEqual([
      'Melhus og Skaun betaler til saman 0,4 mill. kr meir enn i eit samarbeid berre mellom seg.',
      'Til saman 2 grupper betaler for mykje.',
    ]);
  });

  it('gives the Shapley value by the formula φ_i = c_i(1 − 2s/3) − (s/6) Σ_{j≠i} c_j, just outside the core', () => {
    // For i joining first (1/3 of the orders) the marginal cost is c_i; second after j (1/6 each),
    // (1 − s)(c_i + c_j) − c_j; last (1/3), (1 − s) c_i. Averaged: c_i(1 − 2s/3) − (s/6)(Σ c − c_i).
    const shapley = row(lrf, 'shapley');
    const c = [5_500_000, 5_200_000, 4_100_000];
    const phi = c.map((ci) => ci * (1 - (2 * s) / 3) - (s / 6) * (14_800_000 - ci));
    phi.forEach((value, i) => expect(shapley.amounts[i]).toBeCloseTo(value, 4));
    // Midtre Gauldal + Melhus pay φ_1 + φ_2 − (1 − s)(c_1 + c_2) = (s/6)(c_1 + c_2 − 2 c_3) = (s/6) · 2 500 000.
    expect(shapley.core.largest?.members).toEqual(['5027', '5028']);
    expect(shapley.core.largest?.excess).toBeCloseTo((s / 6) * 2_500_000, 4);
  });

  it('finds the core to be one point, everyone saving the same share s, and the nucleolus there', () => {
    // x_k ≥ c(N) − c(N∖{k}) = (1 − s) c_k for each k, and Σ x = (1 − s) Σ c: so x_k = (1 − s) c_k exactly.
    const expected = [5_500_000, 5_200_000, 4_100_000].map((ci) => (1 - s) * ci);
    for (const id of [
      'nucleolus',
      'per-capita-nucleolus',
      'proportional-nucleolus',
      'least-core',
      'scrb',
      'equal-profit',
    ]) {
      const method = row(lrf, id);
      expected.forEach((value, i) => expect(method.amounts[i], id).toBeCloseTo(value, 0));
      expect(method.core.inCore, id).toBe(true);
      method.savingShares.forEach((share, i) =>
        expect(share).toBeCloseTo(([5.5, 5.2, 4.1][i] as number) / 14.8, 6),
      );
    }
    expect(lrf?.analysis?.leastCoreValue).toBeCloseTo(0, 0);
    expect(lrf?.analysis?.coreEmpty).toBe(false);
    expect(lrf?.analysis?.triangle?.core).toHaveLength(1);
  });

  it('gives the net effect per year: cost today less the share of the joint cost, through the ramp-up', () => {
    const document = uniformCase();
    const mapped = toScenarioInput(document, SCENARIO);
    if (!mapped) throw new Error('no scenario');
    const flows = computeCashFlows(mapped.input, quantileDraw(mapped.input, 0.5));
    const line = (m: string, kind: string) =>
      flows.lines.find((l) => l.municipality === m && l.sourceId === LRF && l.kind === kind)?.values ?? [];
    // The scenario shares by population, so that row is the scenario's own net effect to the krone: every
    // area, one-off costs and grants included, computed by the one function the scenario page uses.
    const own = netEffect(document, SCENARIO)?.perMunicipality;
    expect(lrf?.netEffect?.perAllocation['population']).toEqual(own);
    // Under Shapley it is the scenario with Shapley as the running-cost key of this area.
    const withShapley = netEffect(withCostKey(document, SCENARIO, [LRF], { keyId: 'shapley' }), SCENARIO);
    expect(lrf?.netEffect?.perAllocation['shapley']).toEqual(withShapley?.perMunicipality);
    // The keys differ only in this area's joint-cost share: by hand for Midtre Gauldal,
    // population share − Shapley share of the joint cost in each year.
    const popShare = line('5027', 'jointUnitShare');
    const diff = (lrf?.netEffect?.perAllocation['shapley']?.['5027'] ?? []).map(
      (v, y) => v - (own?.['5027']?.[y] ?? NaN),
    );
    // Before the start in 2027 the keys cannot differ.
    expect(diff[0]).toBe(0);
    expect(diff.length).toBe(popShare.length);
    const years = lrf?.netEffect?.years ?? [];
    expect(years[0]).toBe(2026);
    // From 2030, full effect, Midtre Gauldal pays φ_1 of this area's joint cost instead of its population share.
    const shapley = lrf?.netEffect?.perAllocation['shapley']?.['5027'] ?? [];
    const y2030 = years.indexOf(2030);
    expect((shapley[y2030] ?? NaN) - (own?.['5027']?.[y2030] ?? NaN)).toBeCloseTo(
      -(popShare[y2030] ?? NaN) - (row(lrf, 'shapley').amounts[0] ?? NaN),
      -1,
    );
    // c(N) is the joint unit's running cost in the first full year, as the analysis computes it.
    const jointCost = flows.areas.find((a) => a.areaId === LRF)?.jointUnitCost[years.indexOf(2030)];
    expect(jointCost).toBe(Math.round(lrf?.analysis?.totalCost ?? NaN));
  });
});

describe('by hand: a fixed 20 % saving and a management cost of 300 000 kr', () => {
  // c(i) = 5 500 000, 5 200 000, 4 100 000; pairs 8 860 000, 7 980 000, 7 740 000; all three 12 140 000.
  let hand: CostSharingComparison | null;
  beforeAll(() => {
    hand = compareAllocations(handCase(), SCENARIO, { kind: 'area', areaId: LRF }, solver);
  });

  it('has a core of more than one point, with every game method inside and the nucleolus at its centre', () => {
    // Lower bounds x_k ≥ c(N) − c(N∖{k}): 4 400 000, 4 160 000, 3 280 000 (sum 11 840 000 < 12 140 000).
    expect(hand?.analysis?.leastCoreValue).toBeLessThan(-1);
    for (const id of [
      'nucleolus',
      'per-capita-nucleolus',
      'proportional-nucleolus',
      'least-core',
      'equal-profit',
    ]) {
      expect(row(hand, id).core.inCore, id).toBe(true);
      expect(row(hand, id).amounts.reduce((a, b) => a + b, 0)).toBeCloseTo(12_140_000, 2);
    }
    // The nucleolus equalises the three pair excesses: each x_k − lower bound = (12 140 000 − 11 840 000)/3 …
    // until a stand-alone bound binds; here none does, so x = (4 500 000, 4 260 000, 3 380 000).
    row(hand, 'nucleolus').amounts.forEach((x, i) =>
      expect(x).toBeCloseTo([4_500_000, 4_260_000, 3_380_000][i] as number, 2),
    );
    expect(hand?.analysis?.triangle?.core.length).toBeGreaterThanOrEqual(3);
  });

  it('finds the equal key out of the core: Melhus and Skaun together pay too much', () => {
    // Each pays 12 140 000 / 3 = 4 046 667; Melhus + Skaun pay 8 093 333 against 7 740 000: 353 333 too much;
    // Midtre Gauldal + Skaun pay 8 093 333 against 7 980 000: 113 333 too much.
    const equal = row(hand, 'equal');
    expect(equal.core.largest?.members).toEqual(['5028', '5029']);
    expect(equal.core.largest?.excess).toBeCloseTo(8_093_333.333 - 7_740_000, 2);
    expect(equal.core.hurt.map((h) => [h.municipality, Math.round(h.excess)])).toEqual([
      ['5028', 353_333],
      ['5029', 353_333],
      ['5027', 113_333],
    ]);
  });

  it('shares the saving: (c(i) − x_i) / (Σ c(i) − c(N)), summing to 1', () => {
    // Total saving 14 800 000 − 12 140 000 = 2 660 000; the nucleolus saves 1 000 000, 940 000, 720 000.
    const shares = row(hand, 'nucleolus').savingShares;
    expect(shares[0]).toBeCloseTo(1_000_000 / 2_660_000, 8);
    expect(shares[1]).toBeCloseTo(940_000 / 2_660_000, 8);
    expect(shares.reduce((a, b) => (a ?? 0) + (b ?? 0), 0)).toBeCloseTo(1, 10);
  });
});

describe('scopes', () => {
  it('offers each area of the scenario, then the package', () => {
    expect(costSharingScopes(defaultCase(), SCENARIO)).toEqual([
      { kind: 'area', areaId: LRF },
      { kind: 'area', areaId: 'sentralbord' },
      { kind: 'area', areaId: 'arkiv-postmottak' },
      { kind: 'package' },
    ]);
    expect(costSharingScopes(defaultCase(), 'lonn-regnskap-lik-andel')).toEqual([
      { kind: 'area', areaId: LRF },
    ]);
  });

  it('when every group saves the same share, finds neither the population nor the equal key in the core in any area', () => {
    const document = uniformCase();
    for (const scope of costSharingScopes(document, SCENARIO)) {
      const comparison = compareAllocations(document, SCENARIO, scope, solver);
      expect(row(comparison, 'population').core.inCore, JSON.stringify(scope)).toBe(false);
      expect(row(comparison, 'equal').core.inCore, JSON.stringify(scope)).toBe(false);
      expect(row(comparison, 'nucleolus').core.inCore, JSON.stringify(scope)).toBe(true);
    }
  });

  it('for the default case (pairs save less), keeps the population key out of the core and the placeholder Shapley key in it', () => {
    // With the placeholder scale curve the game is convex, so the Shapley value lies in the core (Shapley
    // 1971): no group pays more than it would alone. Melhus still pays more than alone under the population key.
    const document = defaultCase();
    for (const scope of costSharingScopes(document, SCENARIO)) {
      const comparison = compareAllocations(document, SCENARIO, scope, solver);
      expect(row(comparison, 'shapley').core.inCore, JSON.stringify(scope)).toBe(true);
      expect(row(comparison, 'nucleolus').core.inCore, JSON.stringify(scope)).toBe(true);
    }
    const lrf = compareAllocations(document, SCENARIO, { kind: 'area', areaId: LRF }, solver);
    expect(row(lrf, 'population').core.aboveStandAlone.map((g) => g.members)).toEqual([['5028']]);
    expect(row(lrf, 'shapley').scenarioKey).toBe(true);
    // The nucleolus is no longer proportional to today's cost: Melhus' share of the saving differs from 5.2/14.8.
    expect(row(lrf, 'nucleolus').savingShares[1]).not.toBeCloseTo(5.2 / 14.8, 3);
  });
});

describe('a method that cannot allocate the game is listed as unavailable, the rest as usual', () => {
  const typed = (costs: { coalition: string[]; cost: number }[]) =>
    handCase([
      {
        id: 'egne-tall',
        scenarioId: SCENARIO,
        areaId: LRF,
        provenance: { placeholder: { toBeSetBy: 'Test' } },
        costs,
      },
    ]);

  it('a municipality that costs nothing alone: the proportional nucleolus, with the reason in words', () => {
    const document = typed([{ coalition: ['5027'], cost: 0 }]);
    const comparison = compareAllocations(document, SCENARIO, { kind: 'area', areaId: LRF }, solver);
    expect(comparison?.analysis?.unavailableMethods).toEqual([
      {
        id: 'proportional-nucleolus',
        labelKey: 'allocation_method.proportional_nucleolus',
        source: expect.stringContaining('Young') as string,
        reason: 'zero_standalone_costs',
      },
    ]);
    const ids = comparison?.analysis?.allocations.map((r) => r.id);
    expect(ids).toContain('nucleolus');
    expect(ids).not.toContain('proportional-nucleolus');
    expect(Object.keys(comparison?.netEffect?.perAllocation ?? {})).not.toContain('proportional-nucleolus');
    expect(comparison?.analysis?.triangle?.points.map((p) => p.id) ?? []).not.toContain(
      'proportional-nucleolus',
    );
    if (!comparison) throw new Error('no comparison');
    const view = costSharingView(document, comparison, 'nb');
    expect(view.analysis?.unavailableMethods[0]).toMatchObject({
      label: 'Proporsjonal nukleolus',
      reasonText: 'Kan ikke beregnes: metoden krever at hver kommune har en kostnad alene over 0.',
    });
    expect(costSharingView(document, comparison, 'nn').analysis?.unavailableMethods[0]?.reasonText).toBe(
      'Kan ikkje reknast ut: metoden krev at kvar kommune har ein kostnad åleine over 0.',
    );
    expect(costSharingView(document, comparison, 'en').analysis?.unavailableMethods[0]?.reasonText).toBe(
      'Cannot be computed: the method needs every municipality to have a stand-alone cost above 0.',
    );
  });

  it('a pair that costs nothing (the proportional LP would be infeasible): named as a group cost of 0', () => {
    const document = typed([{ coalition: ['5027', '5028'], cost: 0 }]);
    const comparison = compareAllocations(document, SCENARIO, { kind: 'area', areaId: LRF }, solver);
    expect(comparison?.analysis?.unavailableMethods.map((m) => [m.id, m.reason])).toEqual([
      ['proportional-nucleolus', 'zero_group_cost'],
    ]);
  });

  it('a total at the ceiling of 100 000 000 000 kr beside costs of millions: every method still computes', () => {
    const document = typed([{ coalition: ['5027', '5028', '5029'], cost: 100_000_000_000 }]);
    const comparison = compareAllocations(document, SCENARIO, { kind: 'area', areaId: LRF }, solver);
    expect(comparison?.analysis?.unavailableMethods).toEqual([]);
    expect(row(comparison, 'nucleolus').amounts.reduce((a, b) => a + b, 0)).toBeCloseTo(1e11, -1);
  });

  it('a plain game with a total of 1e15 beside costs of a few kroner: no throw, the LP methods that cannot cope say why', () => {
    // Alone 1e15, 6 and 7 (masks A = 1, B = 2, C = 4): the proportional weights 6/1e15 are below what HiGHS sees.
    const game = gameFromCosts(['A', 'B', 'C'], Float64Array.of(0, 1e15, 6, 10, 7, 11, 12, 15));
    const view = plainGameView(game, solver, 'nb');
    expect(view.analysis.unavailableMethods.map((m) => [m.id, m.reason])).toEqual([
      ['proportional-nucleolus', 'numerical'],
      ['equal-profit', 'numerical'],
    ]);
    expect(view.analysis.unavailableMethods[0]?.reasonText).toBe(
      'Kan ikke beregnes: kostnadene er for store eller for ulike i størrelse til at metoden kan regnes ut pålitelig.',
    );
    expect(view.analysis.allocations.map((r) => r.id)).toEqual([
      'equal',
      'shapley',
      'nucleolus',
      'per-capita-nucleolus',
      'least-core',
      'scrb',
    ]);
  });

  it('words a least core that could not be computed', () => {
    expect(coreSummary(null, 'nb')).toBe(
      'Om kjernen er tom, kan ikke avgjøres: minste kjerne kan ikke beregnes med disse kostnadene.',
    );
  });

  it('the plain game of zero stand-alone costs (flokk share --game): every other method splits 10 in two', () => {
    const game = gameFromCosts(['A', 'B'], Float64Array.of(0, 0, 0, 10));
    const view = plainGameView(game, solver, 'en');
    expect(view.analysis.unavailableMethods.map((m) => [m.id, m.reason, m.label])).toEqual([
      ['proportional-nucleolus', 'zero_standalone_costs', 'Proportional nucleolus'],
    ]);
    for (const allocation of view.analysis.allocations) expect(allocation.amounts).toEqual([5, 5]);
    expect(view.analysis.coreEmpty).toBe(true);
  });
});
