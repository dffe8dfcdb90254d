/**
 * Sharing in equal parts: every participant pays the same, whatever its size.
 * @module
 */
import { defineCostKey } from './cost-key.ts';

/**
 * Equal key: share_i = 1 / n. After rounding to whole kroner, shares differ by at most 1 krone.
 * @example equalKey.allocate(100, [{ id: 'a' }, { id: 'b' }, { id: 'c' }], {}) // → [34, 33, 33]
 */
export const equalKey = defineCostKey({
  id: 'equal',
  labelKey: 'costKey.equal.label',
  describe: () => ({ messageKey: 'costKey.equal.description', values: {} }),
  weights: (participants) => participants.map(() => 1),
});
