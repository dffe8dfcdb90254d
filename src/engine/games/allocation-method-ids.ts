/**
 * The ids of the game-theoretic allocation methods, in the registry's order, as plain data: the case
 * schema lists them as cost keys without loading the methods themselves.
 * @module
 */

/** Every method id of `allocation-methods.ts`; a test checks the two lists agree. */
export const ALLOCATION_METHOD_IDS = [
  'shapley',
  'nucleolus',
  'per-capita-nucleolus',
  'proportional-nucleolus',
  'least-core',
  'scrb',
  'equal-profit',
] as const;
