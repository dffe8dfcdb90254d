/**
 * Discounting by the Norwegian state convention, and Excel's NPV for comparison with published examples.
 *
 * Finansdepartementet's circular R-109/21 (Prinsipper og krav ved utarbeidelse av samfunnsøkonomiske
 * analyser mv.) sets a real discount rate of 4 % for the first 40 years, 3 % for years 40 to 75 and 2 %
 * beyond. DFØ's guide (Veileder i samfunnsøkonomiske analyser) applies the rates as steps, so the factor
 * for 40 < t ≤ 75 is 1.04^−40 · 1.03^−(t − 40), and for t > 75 1.04^−40 · 1.03^−35 · 1.02^−(t − 75).
 * Flokk reads a schedule the same way: the rate for year t is that of the last step with fromYear ≤ t, it
 * applies to the step from year t − 1 to year t, and the factor for year t is the product of 1/(1 + r)
 * over years 1..t. Cash flows are in real kroner of the base year (year 0, not discounted).
 * @module
 */
import { EconomicsInputError } from './economics-error.ts';

/** From year `fromYear` (counted from the base year, 0) on, each year is discounted at `rate` (0.04 = 4 %). */
export interface DiscountStep {
  fromYear: number;
  rate: number;
}

/**
 * R-109/21: 4 % for years 0–40, 3 % for years 41–75, 2 % after, real.
 * @example netPresentValue(flows, NORWEGIAN_STATE_DISCOUNT_SCHEDULE)
 */
export const NORWEGIAN_STATE_DISCOUNT_SCHEDULE: readonly DiscountStep[] = [
  { fromYear: 0, rate: 0.04 },
  { fromYear: 41, rate: 0.03 },
  { fromYear: 76, rate: 0.02 },
];

/**
 * Throws unless the schedule starts at year 0, has strictly increasing whole `fromYear`s and rates above
 * −100 %.
 * @example checkDiscountSchedule([{ fromYear: 1, rate: 0.04 }]) // throws: the first step must start at year 0
 */
export function checkDiscountSchedule(schedule: readonly DiscountStep[]): void {
  if (schedule.length === 0) {
    throw new EconomicsInputError('invalid_discount_schedule', [], 'the schedule has no steps');
  }
  schedule.forEach((step, i) => {
    const previous = schedule[i - 1];
    if (i === 0 && step.fromYear !== 0) {
      throw new EconomicsInputError(
        'invalid_discount_schedule',
        [0, 'fromYear'],
        'the first step must start at year 0',
      );
    }
    if (!Number.isInteger(step.fromYear) || (previous && step.fromYear <= previous.fromYear)) {
      throw new EconomicsInputError(
        'invalid_discount_schedule',
        [i, 'fromYear'],
        'years must be whole and increasing',
      );
    }
    if (!Number.isFinite(step.rate) || step.rate <= -1) {
      throw new EconomicsInputError(
        'invalid_discount_schedule',
        [i, 'rate'],
        'the rate must be finite and above −100 %',
      );
    }
  });
}

/**
 * The discount factor for year t (whole years from the base year): Π over years k = 1..t of 1/(1 + r_k),
 * where r_k is the rate of the last step with fromYear ≤ k. Computed per step as (1 + r)^−(years in the
 * step), exactly DFØ's formula.
 * Source: R-109/21 section 5; DFØ, Veileder i samfunnsøkonomiske analyser (2023), kalkulasjonsrente.
 * @example discountFactor(41) // → 1.04^−40 · 1.03^−1 ≈ 0.20196
 */
export function discountFactor(
  t: number,
  schedule: readonly DiscountStep[] = NORWEGIAN_STATE_DISCOUNT_SCHEDULE,
): number {
  if (!Number.isInteger(t) || t < 0) throw new RangeError(`year must be a whole number ≥ 0, got ${t}`);
  checkDiscountSchedule(schedule);
  let factor = 1;
  for (let i = 0; i < schedule.length; i++) {
    const step = schedule[i] as DiscountStep;
    const next = schedule[i + 1];
    // Years k in [max(1, fromYear), min(t, next.fromYear − 1)] are discounted at this step's rate.
    const first = Math.max(1, step.fromYear);
    const last = next ? Math.min(t, next.fromYear - 1) : t;
    if (last >= first) factor *= Math.pow(1 + step.rate, -(last - first + 1));
  }
  return factor;
}

/**
 * The discount factors for `count` consecutive years starting at year `from` (default 0).
 * @example discountFactors(3) // → [1, 1/1.04, 1/1.04²]
 */
export function discountFactors(
  count: number,
  schedule: readonly DiscountStep[] = NORWEGIAN_STATE_DISCOUNT_SCHEDULE,
  from = 0,
): number[] {
  return Array.from({ length: count }, (_, i) => discountFactor(from + i, schedule));
}

/**
 * Net present value Σ_t cashFlows[t] · d(t), where index 0 is the base year (not discounted) and d is
 * `discountFactor` under the schedule. Units: the cash flows' (real kroner of the base year).
 * @example netPresentValue([-1000, 1040]) // → 0 at 4 %
 */
export function netPresentValue(
  cashFlows: readonly number[],
  schedule: readonly DiscountStep[] = NORWEGIAN_STATE_DISCOUNT_SCHEDULE,
): number {
  const factors = discountFactors(cashFlows.length, schedule);
  let npv = 0;
  for (let t = 0; t < cashFlows.length; t++) npv += (cashFlows[t] as number) * (factors[t] as number);
  return npv;
}

/**
 * Excel's NPV(rate, value1, …): Σ_{i=1..n} values_i / (1 + rate)^i. Note Excel's convention: the first
 * value is discounted one full period, so an outlay today must be added outside, as NPV(r, …) + C₀.
 * Here only to check the engine against Excel's published examples.
 * Source: Microsoft Support, «NPV function» (Excel).
 * @example npvExcel(0.1, [-10000, 3000, 4200, 6800]) // → 1188.44
 */
export function npvExcel(rate: number, values: readonly number[]): number {
  let npv = 0;
  for (let i = 0; i < values.length; i++) npv += (values[i] as number) / Math.pow(1 + rate, i + 1);
  return npv;
}
