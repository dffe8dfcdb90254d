/**
 * The registry of game-theoretic allocation methods, in the order Flokk shows them. Adding a method: a
 * module exporting an `AllocationMethod` descriptor and one line here.
 * @module
 */
import type { AllocationMethod, AllocationMethodId } from './allocation-method.ts';
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
