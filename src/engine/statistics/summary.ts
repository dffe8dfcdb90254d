/**
 * Quantiles and summaries of simulated values, as shown for the NPV of each municipality.
 * @module
 */

/** The figures the UI shows for a simulated quantity, in the quantity's unit. */
export interface Summary {
  mean: number;
  p10: number;
  p50: number;
  p90: number;
  min: number;
  max: number;
}

/**
 * The p-quantile of values sorted ascending, by Hyndman and Fan's type 7 (linear interpolation between
 * order statistics): with h = (n − 1)p, x[⌊h⌋] + (h − ⌊h⌋)(x[⌊h⌋ + 1] − x[⌊h⌋]). This is R's default,
 * NumPy's `linear` and Excel's PERCENTILE.INC.
 * Source: R. J. Hyndman and Y. Fan (1996), "Sample quantiles in statistical packages", The American
 * Statistician 50(4), 361–365.
 * @returns NaN for an empty array.
 * @example quantileSorted([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 0.1) // → 1.9
 */
export function quantileSorted(sorted: ArrayLike<number>, p: number): number {
  if (!(p >= 0 && p <= 1)) throw new RangeError(`probability must be in [0, 1], got ${p}`);
  const n = sorted.length;
  if (n === 0) return Number.NaN;
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const below = sorted[lo] as number;
  if (lo + 1 >= n) return below;
  return below + (h - lo) * ((sorted[lo + 1] as number) - below);
}

function sortedCopy(samples: ArrayLike<number>): Float64Array {
  // Float64Array sorts numerically (and fast) without a comparator.
  return Float64Array.from(samples).sort();
}

/**
 * The type 7 quantiles (see `quantileSorted`) of unsorted samples at each probability in `ps`.
 * @example quantiles([3, 1, 2], [0, 0.5, 1]) // → [1, 2, 3]
 */
export function quantiles(samples: ArrayLike<number>, ps: readonly number[]): number[] {
  const sorted = sortedCopy(samples);
  return ps.map((p) => quantileSorted(sorted, p));
}

/**
 * Mean, P10, P50, P90 (type 7 quantiles), min and max of the samples. The mean is a compensated
 * (Neumaier) sum divided by n, so that 100 000 NPVs in the millions add up without drift.
 * @returns NaN in every field for no samples.
 * @example summary([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) // → { mean: 5.5, p10: 1.9, p50: 5.5, p90: 9.1, min: 1, max: 10 }
 */
export function summary(samples: ArrayLike<number>): Summary {
  const sorted = sortedCopy(samples);
  const n = sorted.length;
  let sum = 0;
  let compensation = 0;
  for (let i = 0; i < n; i++) {
    const value = sorted[i] as number;
    const t = sum + value;
    compensation += Math.abs(sum) >= Math.abs(value) ? sum - t + value : value - t + sum;
    sum = t;
  }
  return {
    mean: n === 0 ? Number.NaN : (sum + compensation) / n,
    p10: quantileSorted(sorted, 0.1),
    p50: quantileSorted(sorted, 0.5),
    p90: quantileSorted(sorted, 0.9),
    min: n === 0 ? Number.NaN : (sorted[0] as number),
    max: n === 0 ? Number.NaN : (sorted[n - 1] as number),
  };
}
