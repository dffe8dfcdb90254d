import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  checkDiscountSchedule,
  discountFactor,
  discountFactors,
  NORWEGIAN_STATE_DISCOUNT_SCHEDULE,
  netPresentValue,
  npvExcel,
  type DiscountStep,
} from './discounting.ts';
import { EconomicsInputError } from './economics-error.ts';

describe('npvExcel reproduces Excel’s published examples', () => {
  // Microsoft Support, «NPV function» (Excel), example 1: rate 10 %, an outlay of 10 000 one year from today
  // and income 3 000, 4 200, 6 800 in the three following years: NPV = 1 188.44.
  it('example 1: 1 188.44', () => {
    expect(npvExcel(0.1, [-10000, 3000, 4200, 6800])).toBeCloseTo(1188.44, 2);
  });

  // Same page, example 2: rate 8 %, an outlay of 40 000 at the start of the first period (added outside
  // NPV), income 8 000, 9 200, 10 000, 12 000, 14 500: NPV(…) + C₀ = 1 922.06; with a loss of 9 000 in
  // year six: −3 749.47.
  it('example 2: 1 922.06 and −3 749.47', () => {
    const income = [8000, 9200, 10000, 12000, 14500];
    expect(npvExcel(0.08, income) - 40000).toBeCloseTo(1922.06, 2);
    expect(npvExcel(0.08, [...income, -9000]) - 40000).toBeCloseTo(-3749.47, 2);
  });

  // Adobe, FormCalc reference, «NPV»: NPV(0.10, 500, 1500, 4000, 10000) = 11529.60863329007.
  it('Adobe FormCalc example: 11 529.60863329007', () => {
    expect(npvExcel(0.1, [500, 1500, 4000, 10000])).toBeCloseTo(11529.60863329007, 8);
  });

  it('equals netPresentValue of the same flows shifted one year (the convention difference)', () => {
    const schedule = [{ fromYear: 0, rate: 0.1 }];
    expect(netPresentValue([0, -10000, 3000, 4200, 6800], schedule)).toBeCloseTo(1188.44, 2);
    // Excel's example 2 the engine's way: the outlay in year 0, not discounted.
    expect(
      netPresentValue([-40000, 8000, 9200, 10000, 12000, 14500], [{ fromYear: 0, rate: 0.08 }]),
    ).toBeCloseTo(1922.06, 2);
  });
});

describe('discountFactor under R-109/21 (4 % to year 40, 3 % to 75, 2 % after)', () => {
  it('is 1 in the base year and 1/1.04^t in the first 40 years', () => {
    expect(discountFactor(0)).toBe(1);
    expect(discountFactor(1)).toBeCloseTo(1 / 1.04, 15);
    expect(discountFactor(10)).toBeCloseTo(1.04 ** -10, 15); // ≈ 0.675564
    expect(discountFactor(40)).toBeCloseTo(1.04 ** -40, 15); // ≈ 0.208289
  });

  it('steps down the rate after year 40 and after year 75, as DFØ computes it', () => {
    // t = 41: 1.04^−40 · 1.03^−1 = 0.208289 / 1.03 = 0.202222.
    expect(discountFactor(41)).toBeCloseTo(1.04 ** -40 * 1.03 ** -1, 15);
    expect(discountFactor(41)).toBeCloseTo(0.2022223734591661, 12);
    // t = 75: 1.04^−40 · 1.03^−35 = 0.074022; t = 76: that / 1.02 = 0.072571.
    expect(discountFactor(75)).toBeCloseTo(1.04 ** -40 * 1.03 ** -35, 15);
    expect(discountFactor(76)).toBeCloseTo(0.07257104746919497, 12);
    expect(discountFactor(100)).toBeCloseTo(1.04 ** -40 * 1.03 ** -35 * 1.02 ** -25, 15);
  });

  it('is the product of 1/(1 + r) over the years, year by year', () => {
    let product = 1;
    for (let t = 1; t <= 120; t++) {
      product /= 1 + (t <= 40 ? 0.04 : t <= 75 ? 0.03 : 0.02);
      expect(discountFactor(t)).toBeCloseTo(product, 14);
    }
  });

  it('accepts an edited schedule and a flat rate', () => {
    const flat = [{ fromYear: 0, rate: 0.025 }];
    expect(discountFactors(3, flat)).toEqual([1, 1 / 1.025, 1.025 ** -2]);
    expect(discountFactors(2, NORWEGIAN_STATE_DISCOUNT_SCHEDULE, 40)).toEqual([
      discountFactor(40),
      discountFactor(41),
    ]);
  });

  it('refuses schedules it cannot read, naming the step', () => {
    const bad: [DiscountStep[], (string | number)[]][] = [
      [[], []],
      [[{ fromYear: 1, rate: 0.04 }], [0, 'fromYear']],
      [
        [
          { fromYear: 0, rate: 0.04 },
          { fromYear: 0, rate: 0.03 },
        ],
        [1, 'fromYear'],
      ],
      [[{ fromYear: 0, rate: -1 }], [0, 'rate']],
    ];
    for (const [schedule, path] of bad) {
      expect(() => checkDiscountSchedule(schedule)).toThrow(EconomicsInputError);
      try {
        checkDiscountSchedule(schedule);
      } catch (error) {
        expect((error as EconomicsInputError).path).toEqual(path);
      }
    }
  });
});

describe('netPresentValue', () => {
  it('matches a hand calculation at 4 %', () => {
    // −1 000 000 now, then 300 000 a year for four years: the annuity factor at 4 % is
    // 1/1.04 + 1/1.04² + 1/1.04³ + 1/1.04⁴ = 0.961538 + 0.924556 + 0.888996 + 0.854804 = 3.6298952,
    // so NPV = −1 000 000 + 300 000 · 3.6298952 = 88 968.57.
    expect(netPresentValue([-1_000_000, 300_000, 300_000, 300_000, 300_000])).toBeCloseTo(88_968.57, 2);
  });

  it('falls as the rate rises for a conventional cash flow (property)', () => {
    // A conventional flow: an outlay in year 0, then income (one sign change from − to +). Outlays spread
    // over several years do not qualify: fast-check found −1, −2, +1, whose NPV rises with the rate
    // because the later outlay shrinks faster than the income.
    const conventional = fc
      .tuple(
        fc.integer({ min: -10_000_000, max: -1 }),
        fc.array(fc.integer({ min: 0, max: 1_000_000 }), { minLength: 1, maxLength: 20 }),
      )
      .filter(([, income]) => income.some((x) => x > 0))
      .map(([outlay, income]) => [outlay, ...income]);
    // Whole per mille, so two different rates differ by more than rounding.
    const rate = fc.integer({ min: 0, max: 500 }).map((perMille) => perMille / 1000);
    fc.assert(
      fc.property(conventional, rate, rate, (flows, a, b) => {
        fc.pre(a !== b);
        const [lo, hi] = a < b ? [a, b] : [b, a];
        const npvLo = netPresentValue(flows, [{ fromYear: 0, rate: lo }]);
        const npvHi = netPresentValue(flows, [{ fromYear: 0, rate: hi }]);
        expect(npvHi).toBeLessThan(npvLo);
      }),
    );
  });
});
