/**
 * The registry of cost keys. The UI, CLI and engine iterate `COST_KEYS`; adding a key means one module in
 * this folder and one line here.
 * @module
 */
import { CostKeyError } from './cost-key-error.ts';
import type { CostKey, KeyChoice, KeyInput } from './cost-key.ts';
import { equalKey } from './equal-key.ts';
import { createHybridKey } from './hybrid-key.ts';
import { populationKey } from './population-key.ts';
import { volumeKey } from './volume-key.ts';

/**
 * Every cost key, in the order the UI offers them.
 * @example COST_KEYS.map((key) => key.id) // → ['population', 'volume', 'equal', 'hybrid']
 */
export const COST_KEYS: readonly CostKey[] = [
  populationKey,
  volumeKey,
  equalKey,
  createHybridKey(costKeyById),
];

/**
 * The key with this id.
 * @throws CostKeyError `unknown_key`.
 * @example costKeyById('equal').allocate(10, [{ id: 'a' }, { id: 'b' }], {}) // → [5, 5]
 */
export function costKeyById(id: string): CostKey {
  const key = COST_KEYS.find((k) => k.id === id);
  if (!key) throw new CostKeyError('unknown_key', ['keyId'], `no cost key «${id}»`);
  return key;
}

/**
 * Each participant's share (summing to 1) under a stored key choice.
 * @example keyShares([{ id: 'a' }, { id: 'b' }], { keyId: 'equal' }) // → [0.5, 0.5]
 */
export function keyShares(participants: readonly KeyInput[], choice: KeyChoice): number[] {
  return costKeyById(choice.keyId).shares(participants, choice.options ?? {});
}

/**
 * Splits an integer total (kroner) under a stored key choice into whole kroner summing exactly to it.
 * @example allocateByKey(100, [{ id: 'a' }, { id: 'b' }, { id: 'c' }], { keyId: 'equal' }) // → [34, 33, 33]
 */
export function allocateByKey(total: number, participants: readonly KeyInput[], choice: KeyChoice): number[] {
  return costKeyById(choice.keyId).allocate(total, participants, choice.options ?? {});
}
