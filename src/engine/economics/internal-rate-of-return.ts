/**
 * Internal rate of return: the rates r at which the NPV of a cash flow is zero. A cash flow can have
 * none, one or several, and the result says which, instead of returning whatever Newton's method finds.
 * @module
 */

/** The internal rate(s) of return, as fractions per year (0.0866 = 8.66 %). */
export type InternalRateOfReturn =
  /** Exactly one rate in the searched range. */
  | { kind: 'one'; rate: number }
  /** No rate: the flows never change sign, or NPV does not cross zero in the range. */
  | { kind: 'none' }
  /** Several rates, ascending; IRR is then not a useful summary, so show NPV instead. */
  | { kind: 'several'; rates: number[] };

export interface InternalRateOfReturnOptions {
  /** Lowest rate searched, above −1. @default -0.99 */
  min?: number;
  /** Highest rate searched. @default 10 (1 000 %) */
  max?: number;
  /** Grid intervals, spaced evenly in ln(1 + r), scanned for sign changes. @default 2000 */
  gridIntervals?: number;
}

// The sign of NPV(r) = Σ c_t (1 + r)^−t, computed without overflow: for 1 + r < 1 the sum is multiplied
// by the positive (1 + r)^n, which keeps its sign and its zeros.
function scaledNpv(cashFlows: readonly number[], rate: number): number {
  const growth = 1 + rate;
  const n = cashFlows.length;
  let sum = 0;
  if (growth >= 1) {
    const x = 1 / growth;
    for (let t = n - 1; t >= 0; t--) sum = sum * x + (cashFlows[t] as number);
  } else {
    for (let t = 0; t < n; t++) sum = sum * growth + (cashFlows[t] as number);
  }
  return sum;
}

function signChanges(cashFlows: readonly number[]): number {
  let changes = 0;
  let previous = 0;
  for (const value of cashFlows) {
    if (value === 0) continue;
    if (previous !== 0 && Math.sign(value) !== Math.sign(previous)) changes++;
    previous = value;
  }
  return changes;
}

function bisect(cashFlows: readonly number[], lo: number, hi: number): number {
  let fLo = scaledNpv(cashFlows, lo);
  for (let i = 0; i < 200; i++) {
    const mid = (lo + hi) / 2;
    if (mid === lo || mid === hi) break;
    const fMid = scaledNpv(cashFlows, mid);
    if (fMid === 0) return mid;
    if (Math.sign(fMid) === Math.sign(fLo)) {
      lo = mid;
      fLo = fMid;
    } else {
      hi = mid;
    }
  }
  return (lo + hi) / 2;
}

/**
 * All internal rates of return of yearly cash flows (index 0 = year 0) in [min, max]: NPV(r) is evaluated
 * on a grid evenly spaced in ln(1 + r), every sign change is bracketed and refined by bisection to full
 * double precision. By Descartes' rule of signs there are at most as many rates as sign changes in the
 * flows, so flows without a sign change return `none` at once. A rate where NPV touches zero without
 * crossing (a double root) is not reported, and rates closer together than one grid step may be missed.
 * Source: R. A. Brealey, S. C. Myers and F. Allen, Principles of Corporate Finance, ch. 5 («Pitfalls» of
 * IRR: lending, multiple and no rates of return).
 * @example internalRateOfReturn([-70000, 12000, 15000, 18000, 21000, 26000]) // → { kind: 'one', rate: 0.0866… }
 */
export function internalRateOfReturn(
  cashFlows: readonly number[],
  options: InternalRateOfReturnOptions = {},
): InternalRateOfReturn {
  const min = options.min ?? -0.99;
  const max = options.max ?? 10;
  const intervals = options.gridIntervals ?? 2000;
  if (!(min > -1 && max > min)) throw new RangeError(`need −1 < min < max, got min=${min}, max=${max}`);
  if (signChanges(cashFlows) === 0) return { kind: 'none' };
  const logLo = Math.log1p(min);
  const step = (Math.log1p(max) - logLo) / intervals;
  const rates: number[] = [];
  let previousRate = min;
  let previousValue = scaledNpv(cashFlows, min);
  if (previousValue === 0) rates.push(min);
  for (let i = 1; i <= intervals; i++) {
    const rate = i === intervals ? max : Math.expm1(logLo + i * step);
    const value = scaledNpv(cashFlows, rate);
    if (value === 0) rates.push(rate);
    else if (previousValue !== 0 && Math.sign(value) !== Math.sign(previousValue)) {
      rates.push(bisect(cashFlows, previousRate, rate));
    }
    previousRate = rate;
    previousValue = value;
  }
  if (rates.length === 0) return { kind: 'none' };
  if (rates.length === 1) return { kind: 'one', rate: rates[0] as number };
  return { kind: 'several', rates };
}
