/**
 * The registry of game-theoretic allocation methods, in the order Flokk shows them. Adding a method: a
 * module exporting an `AllocationMethod` descriptor and one line here.
 * @module
 */
import type { AllocationAttempt, AllocationMethod, AllocationMethodId } from './allocation-method.ts';
import type { CostGame } from './game.ts';
import type { LpSolver } from './lp-solver.ts';
import { MethodUnavailableError } from './method-unavailable.ts';
import { equalProfitMethod } from './equal-profit.ts';
import { leastCoreMethod } from './least-core.ts';
import { nucleolusMethod, perCapitaNucleolusMethod, proportionalNucleolusMethod } from './nucleolus.ts';
import { scrbMethod } from './scrb.ts';
import { shapleyMethod } from './shapley.ts';

export const ALLOCATION_METHODS: readonly AllocationMethod[] = [
  shapleyMethod,
  nucleolusMethod,
  perCapitaNucleolusMethod,
  proportionalNucleolusMethod,
  leastCoreMethod,
  scrbMethod,
  equalProfitMethod,
];

/**
 * The method with this id.
 * @example allocationMethod('shapley').allocate(game).allocation
 */
export function allocationMethod(id: AllocationMethodId): AllocationMethod {
  const method = ALLOCATION_METHODS.find((m) => m.id === id);
  if (!method) throw new RangeError(`Unknown allocation method ${id}`);
  return method;
}

/**
 * Runs one method on a game for a side-by-side comparison: its precondition first, then the method. A
 * `MethodUnavailableError` (an LP that could not be solved) and an allocation that is not finite (costs so
 * large that sums overflow) make the method unavailable with the reason; any other error is a programming
 * error and propagates.
 * @example runAllocationMethod(allocationMethod('proportional-nucleolus'), zeroStandAlone, solver) // → { available: false, reason: 'zero_standalone_costs' }
 */
export function runAllocationMethod(
  method: AllocationMethod,
  game: CostGame,
  solver?: LpSolver,
): AllocationAttempt {
  const blocked = method.precondition?.(game) ?? null;
  if (blocked) return { available: false, reason: blocked };
  let outcome;
  try {
    outcome = method.allocate(game, solver);
  } catch (error) {
    if (error instanceof MethodUnavailableError) return { available: false, reason: error.reason };
    throw error;
  }
  if (!outcome.allocation.every(Number.isFinite)) return { available: false, reason: 'numerical' };
  return { available: true, ...outcome };
}
