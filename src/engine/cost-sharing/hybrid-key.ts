/**
 * Sharing by a hybrid key: a fixed part of the cost in equal shares (the «base» every member pays), the
 * rest by another key, such as 30 % equal and 70 % by population.
 * @module
 */
import { CostKeyError } from './cost-key-error.ts';
import { defineCostKey, type CostKey, type KeyChoice, type KeyOptions } from './cost-key.ts';

/** Options of the hybrid key. */
export interface HybridKeyOptions {
  /** The part split equally, from 0 to 1. */
  fixedShare: number;
  /** The key for the rest. */
  rest: KeyChoice;
}

function readOptions(options: KeyOptions): HybridKeyOptions {
  const { fixedShare, rest } = options;
  if (typeof fixedShare !== 'number' || !(fixedShare >= 0 && fixedShare <= 1)) {
    throw new CostKeyError('invalid_option', ['options', 'fixedShare'], 'must be a number from 0 to 1');
  }
  if (typeof rest !== 'object' || rest === null || typeof (rest as { keyId?: unknown }).keyId !== 'string') {
    throw new CostKeyError('invalid_option', ['options', 'rest'], 'must name a key: { keyId, options }');
  }
  return { fixedShare, rest: rest as KeyChoice };
}

/**
 * Builds the hybrid key. It takes the lookup of other keys as a parameter, so that this module does not
 * import the registry that lists it.
 * Formula: share_i = f / n + (1 − f) · restShare_i, with f the fixed share.
 * @example
 * const hybrid = createHybridKey(costKeyById);
 * hybrid.allocate(1000, two, { fixedShare: 0.5, rest: { keyId: 'volume', options: { measure: 'calls' } } })
 * // calls 1 and 3 → 0.25 + 0.5 · 0.25 = 0.375 and 0.625 → [375, 625]
 */
export function createHybridKey(keyById: (id: string) => CostKey): CostKey {
  return defineCostKey({
    id: 'hybrid',
    labelKey: 'costKey.hybrid.label',
    describe(options, participants) {
      const { fixedShare, rest } = readOptions(options);
      const restKey = keyById(rest.keyId);
      const restDescription = restKey.describe(rest.options ?? {}, participants);
      return {
        messageKey: 'costKey.hybrid.description',
        values: { fixedShare, restKey: restKey.labelKey, ...restDescription.values },
      };
    },
    weights(participants, options) {
      const { fixedShare, rest } = readOptions(options);
      const restShares = keyById(rest.keyId).shares(participants, rest.options ?? {});
      const n = participants.length;
      return restShares.map((share) => fixedShare / n + (1 - fixedShare) * share);
    },
  });
}
