/**
 * Rounding shares of a cost to whole kroner so that they add up exactly to the total, by the
 * largest-remainder (Hamilton) method.
 * @module
 */
import { CostKeyError } from './cost-key-error.ts';

/**
 * Normalises weights to shares w_i / Σw that sum to 1.
 * @throws CostKeyError `no_participants`, `invalid_weight` (naming the participant) or `zero_total_weight`.
 * @example sharesFromWeights([6141, 17812, 8521]) // → [0.1891…, 0.5485…, 0.2624…]
 */
export function sharesFromWeights(weights: readonly number[]): number[] {
  if (weights.length === 0)
    throw new CostKeyError('no_participants', ['participants'], 'nobody to share among');
  let sum = 0;
  weights.forEach((weight, i) => {
    if (!Number.isFinite(weight) || weight < 0) {
      throw new CostKeyError(
        'invalid_weight',
        ['participants', i],
        `weight ${weight} is not a finite number ≥ 0`,
      );
    }
    sum += weight;
  });
  if (sum === 0) throw new CostKeyError('zero_total_weight', ['participants'], 'every weight is zero');
  return weights.map((weight) => weight / sum);
}

/**
 * The allocation-free core of `largestRemainder`, for the Monte Carlo loop: writes the whole-kroner shares
 * of `total` for the first `count` entries of `shares` (normalised, summing to 1) into `out`, using
 * `scratch` (length ≥ count) for the remainders. Same rule and tie-break as `largestRemainder`.
 * @example
 * const out = new Float64Array(3);
 * largestRemainderInto(100, [1 / 3, 1 / 3, 1 / 3], 3, out, new Float64Array(3)); // out → [34, 33, 33]
 */
export function largestRemainderInto(
  total: number,
  shares: ArrayLike<number>,
  count: number,
  out: Float64Array,
  scratch: Float64Array,
): void {
  const sign = total < 0 ? -1 : 1;
  // Math.abs also turns -0 into 0, so a zero total never yields -0 shares.
  const magnitude = Math.abs(total);
  let assigned = 0;
  for (let i = 0; i < count; i++) {
    const share = shares[i] as number;
    const quota = magnitude * share;
    const whole = Math.floor(quota);
    out[i] = whole;
    // A participant with no weight never receives a leftover krone.
    scratch[i] = share > 0 ? quota - whole : -1;
    assigned += whole;
  }
  for (let left = magnitude - assigned; left > 0; left--) {
    let best = -1;
    let bestRemainder = -1;
    for (let i = 0; i < count; i++) {
      // Strictly greater: on a tie the participant listed first wins.
      if ((scratch[i] as number) > bestRemainder) {
        best = i;
        bestRemainder = scratch[i] as number;
      }
    }
    if (best < 0) throw new Error('largest remainder: more leftover kroner than participants');
    out[best] = (out[best] as number) + 1;
    scratch[best] = -1;
  }
  // Adding 0 turns −0 into 0, so a zero share of a saving prints as 0.
  if (sign < 0) for (let i = 0; i < count; i++) out[i] = -(out[i] as number) + 0;
}

/**
 * Splits an integer `total` (kroner) by `weights` into whole kroner that sum exactly to `total`: each
 * participant first gets ⌊total · w_i / Σw⌋, then the kroner left over go one each to the largest
 * remainders, ties to the participant listed first. A negative total (a saving) is split as its magnitude
 * and negated, so shares of a saving mirror shares of a cost.
 * Source: the Hamilton (largest-remainder) apportionment method; M. L. Balinski and H. P. Young, Fair
 * Representation (2nd ed., 2001), ch. 2.
 * @throws CostKeyError `non_integer_total`, or the errors of `sharesFromWeights`.
 * @example largestRemainder(100, [1, 1, 1]) // → [34, 33, 33]
 * @example largestRemainder(-100, [1, 1, 1]) // → [-34, -33, -33]
 */
export function largestRemainder(total: number, weights: readonly number[]): number[] {
  return apportionShares(total, sharesFromWeights(weights));
}

/**
 * `largestRemainder` for shares already normalised by `sharesFromWeights` (as cost keys return them), so
 * that the figures equal those of the Monte Carlo loop, which uses the same shares.
 * @throws CostKeyError `non_integer_total`.
 * @example apportionShares(1_100_000, [0.5, 0.25, 0.25]) // → [550000, 275000, 275000]
 */
export function apportionShares(total: number, shares: readonly number[]): number[] {
  if (!Number.isSafeInteger(total)) {
    throw new CostKeyError('non_integer_total', ['total'], `${total} is not a whole number of kroner`);
  }
  const out = new Float64Array(shares.length);
  largestRemainderInto(total, shares, shares.length, out, new Float64Array(shares.length));
  return Array.from(out);
}
