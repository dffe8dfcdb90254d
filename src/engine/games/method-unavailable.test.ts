import { describe, expect, it } from 'vitest';
import { ALLOCATION_METHODS, allocationMethod, runAllocationMethod } from './allocation-methods.ts';
import { equalProfit } from './equal-profit.ts';
import { excessPrecondition } from './excess.ts';
import { gameFromCosts, type CostGame } from './game.ts';
import { leastCore } from './least-core.ts';
import { solveLinearProgram, RowBuilder } from './linear-program.ts';
import { loadLpSolver } from './lp-solver.ts';
import { MethodUnavailableError } from './method-unavailable.ts';
import { nucleolus } from './nucleolus.ts';

const solver = await loadLpSolver();

// Masks for three players A, B, C: A = 1, B = 2, AB = 3, C = 4, AC = 5, BC = 6, N = 7.
const game = (players: string[], costs: number[]): CostGame =>
  gameFromCosts(players, Float64Array.from(costs));

/** The reason each registered method gives, or 'ok'. */
function outcomes(g: CostGame): Record<string, string> {
  return Object.fromEntries(
    ALLOCATION_METHODS.map((method) => {
      const attempt = runAllocationMethod(method, g, solver);
      return [method.id, attempt.available ? 'ok' : attempt.reason];
    }),
  );
}

describe('preconditions of the proportional variants', () => {
  it('refuses a game where a player has no stand-alone cost, before any LP is solved', () => {
    // A and B cost nothing alone and 10 together: (x(S) − c(S)) / c(S) is undefined for A and for B.
    const zero = game(['A', 'B'], [0, 0, 0, 10]);
    expect(excessPrecondition(zero, 'proportional')).toBe('zero_standalone_costs');
    expect(excessPrecondition(zero, 'absolute')).toBeNull();
    expect(excessPrecondition(zero, 'per-capita')).toBeNull();
    expect(() => nucleolus(zero, solver, { weighting: 'proportional' })).toThrow(MethodUnavailableError);
    expect(() => leastCore(zero, solver, { weighting: 'proportional' })).toThrow(MethodUnavailableError);
    expect(allocationMethod('proportional-nucleolus').precondition?.(zero)).toBe('zero_standalone_costs');
  });

  it('refuses a group of two or more that costs nothing (the excess per krone of its cost is undefined)', () => {
    // Alone 6, 8 and 6; A and B together 0: not monotone, and x(AB) ≤ 0 leaves C to pay all 12 alone.
    const freeGroup = game(['A', 'B', 'C'], [0, 6, 8, 0, 6, 12, 14, 12]);
    expect(excessPrecondition(freeGroup, 'proportional')).toBe('zero_group_cost');
  });

  it('refuses costs so far apart that the solver would drop the small weights', () => {
    // HiGHS takes matrix entries below 1e-9 as zero; a weight of 6 / 1e15 is one of them.
    const spread = game(['A', 'B', 'C'], [0, 1e15, 6, 10, 7, 11, 12, 15]);
    expect(excessPrecondition(spread, 'proportional')).toBe('numerical');
    expect(runAllocationMethod(allocationMethod('equal-profit'), spread, solver)).toEqual({
      available: false,
      reason: 'numerical',
    });
  });

  it('per-capita weights |S| are never below 1, so the per-capita nucleolus has no such precondition', () => {
    expect(excessPrecondition(game(['A', 'B'], [0, 0, 0, 10]), 'per-capita')).toBeNull();
    const { allocation } = nucleolus(game(['A', 'B'], [0, 0, 0, 10]), solver, { weighting: 'per-capita' });
    expect(Array.from(allocation)).toEqual([expect.closeTo(5, 9), expect.closeTo(5, 9)]);
  });
});

describe('running the methods side by side', () => {
  it('zero stand-alone costs: only the proportional nucleolus is unavailable, the rest split 10 equally', () => {
    const zero = game(['A', 'B'], [0, 0, 0, 10]);
    expect(outcomes(zero)).toEqual({
      shapley: 'ok',
      nucleolus: 'ok',
      'per-capita-nucleolus': 'ok',
      'proportional-nucleolus': 'zero_standalone_costs',
      'least-core': 'ok',
      scrb: 'ok',
      'equal-profit': 'ok',
    });
    const shapley = runAllocationMethod(allocationMethod('shapley'), zero, solver);
    expect(shapley.available && Array.from(shapley.allocation)).toEqual([5, 5]);
  });

  it('a cost of 1e16 beside costs of a few kroner: no method throws, the LP ones that cannot cope say why', () => {
    const huge = game(['A', 'B', 'C'], [0, 1e16, 6, 1e16, 7, 1e16, 12, 1e16]);
    const result = outcomes(huge);
    expect(result['shapley']).toBe('ok');
    expect(result['scrb']).toBe('ok');
    expect(result['proportional-nucleolus']).toBe('numerical');
    expect(result['equal-profit']).toBe('numerical');
  });

  it('a cost that overflows to infinity in Shapley’s sums is unavailable as numerical, not an allocation', () => {
    const overflow = game(['A', 'B'], [0, 1.7e308, 1.7e308, 1.7e308]);
    expect(runAllocationMethod(allocationMethod('shapley'), overflow, solver)).toEqual({
      available: false,
      reason: 'numerical',
    });
  });

  it('keeps programming errors loud: a method that needs the solver and gets none still throws', () => {
    const ok = game(['A', 'B'], [0, 6, 8, 11]);
    expect(() => runAllocationMethod(allocationMethod('nucleolus'), ok)).toThrow(/needs a loaded LP solver/);
  });

  it('classifies each LP outcome: infeasible, unbounded, and a model HiGHS refuses', () => {
    const infeasible = new RowBuilder();
    infeasible.add([0], [1], 2, 1);
    const lp = (rows: RowBuilder, objective = [1]) => ({
      sense: 'minimize' as const,
      objective,
      colLower: [-Infinity],
      colUpper: [Infinity],
      rows,
    });
    expect(solveLinearProgram(solver, lp(infeasible)).status).toBe('infeasible');
    const free = new RowBuilder();
    free.add([0], [1], -Infinity, 1);
    expect(solveLinearProgram(solver, lp(free)).status).toBe('unbounded');
    const huge = new RowBuilder();
    huge.add([0], [1e300], -Infinity, 1);
    expect(solveLinearProgram(solver, lp(huge)).status).toBe('rejected');
    expect(MethodUnavailableError.fromLp('infeasible', 'test').reason).toBe('infeasible_lp');
    expect(MethodUnavailableError.fromLp('unbounded', 'test').reason).toBe('unbounded_lp');
    expect(MethodUnavailableError.fromLp('rejected', 'test').reason).toBe('numerical');
    expect(MethodUnavailableError.fromLp('failed', 'test').reason).toBe('numerical');
  });

  it('equalProfit throws the typed error rather than a plain one when its LP cannot be solved', () => {
    const huge = game(['A', 'B', 'C'], [0, 1e16, 6, 1e16, 7, 1e16, 12, 1e16]);
    expect(() => equalProfit(huge, solver)).toThrow(MethodUnavailableError);
  });
});
