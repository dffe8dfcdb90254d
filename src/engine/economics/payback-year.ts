/**
 * Payback: when the cumulative cash of a cooperation turns non-negative and stays so, i.e. when the
 * one-off costs and early losses have been earned back.
 * @module
 */

// Index of the last year whose cumulative cash is negative; −1 when none is.
function lastNegativeYear(cashFlows: readonly number[]): number {
  let cumulative = 0;
  let last = -1;
  for (let t = 0; t < cashFlows.length; t++) {
    cumulative += cashFlows[t] as number;
    if (cumulative < 0) last = t;
  }
  return last;
}

/**
 * The first year index t (0 = base year) from which the cumulative undiscounted cash Σ_{k ≤ t} c_k is ≥ 0
 * in every remaining year of the horizon, in whole years. A cumulative that dips below zero again later
 * (for example a reinvestment) moves payback past the dip.
 * @returns 0 when the cumulative is never negative; null when it is still negative in the last year.
 * @example paybackYear([-100, 30, 40, 50]) // → 3 (cumulative −100, −70, −30, 20)
 */
export function paybackYear(cashFlows: readonly number[]): number | null {
  const last = lastNegativeYear(cashFlows);
  if (last === cashFlows.length - 1) return null;
  return last + 1;
}

/**
 * Payback in fractional years, the textbook way: cash flow t falls at time t, and the cumulative is
 * interpolated linearly between times k and k + 1, where k is the last year with a negative cumulative S:
 * payback = k + (−S) / c_{k+1}. Use `paybackYear` for the budget year.
 * Source: Brealey, Myers and Allen, Principles of Corporate Finance, ch. 5 («The payback rule»).
 * @returns 0 when the cumulative is never negative; null when it is still negative in the last year.
 * @example paybackPeriod([-100, 30, 40, 50]) // → 2 + 30/50 = 2.6
 */
export function paybackPeriod(cashFlows: readonly number[]): number | null {
  const last = lastNegativeYear(cashFlows);
  if (last === cashFlows.length - 1) return null;
  if (last === -1) return 0;
  let cumulative = 0;
  for (let t = 0; t <= last; t++) cumulative += cashFlows[t] as number;
  // c_{k+1} > 0, because the cumulative goes from negative at k to non-negative at k + 1.
  return last + -cumulative / (cashFlows[last + 1] as number);
}
