/**
 * Probabilities shown as percentages that add up to exactly 100, as a reader adds them up: each rounded
 * separately they can show 100,1 % (three times 33,37 % → 33,4 % each). The rounding is the same
 * largest-remainder (Hamilton) method that splits a cost into whole kroner, in units of the last decimal shown.
 * @module
 */
import { apportionShares, sharesFromWeights } from '../cost-sharing/largest-remainder.ts';

/**
 * The fractions in `probabilities` (≥ 0, summing to 1 up to floating-point error) as percentages with
 * `decimals` decimals that sum to exactly 100; all zeros stay zeros.
 * @example roundedPercentages({ a: 1 / 3, b: 1 / 3, c: 1 / 3 }, 1) // → { a: 33.4, b: 33.3, c: 33.3 }
 */
export function roundedPercentages(
  probabilities: Readonly<Record<string, number>>,
  decimals: number,
): Record<string, number> {
  const ids = Object.keys(probabilities);
  const values = ids.map((id) => probabilities[id] as number);
  if (values.every((v) => v === 0)) return Object.fromEntries(ids.map((id) => [id, 0]));
  const unit = 10 ** decimals;
  const parts = apportionShares(100 * unit, sharesFromWeights(values));
  return Object.fromEntries(ids.map((id, i) => [id, (parts[i] as number) / unit]));
}
