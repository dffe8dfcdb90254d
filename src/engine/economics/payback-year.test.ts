import { describe, expect, it } from 'vitest';
import { paybackPeriod, paybackYear } from './payback-year.ts';

describe('paybackYear and paybackPeriod', () => {
  it('match a hand calculation', () => {
    // Cumulative: −100, −70, −30, 20. Whole years: 3. Fraction: 2 + 30/50 = 2.6.
    expect(paybackYear([-100, 30, 40, 50])).toBe(3);
    expect(paybackPeriod([-100, 30, 40, 50])).toBeCloseTo(2.6, 15);
  });

  it('is 0 when the cumulative is never negative', () => {
    expect(paybackYear([0, 10, -5])).toBe(0);
    expect(paybackPeriod([0, 10, -5])).toBe(0);
  });

  it('is null when the cumulative is still negative at the end', () => {
    expect(paybackYear([-100, 30, 40])).toBeNull();
    expect(paybackPeriod([-100, 30, 40])).toBeNull();
  });

  it('waits until the cumulative stays non-negative', () => {
    // Cumulative: −50, 10, −20, 30: it turns at year 1 but dips again at year 2, so payback is year 3.
    expect(paybackYear([-50, 60, -30, 50])).toBe(3);
    expect(paybackPeriod([-50, 60, -30, 50])).toBeCloseTo(2 + 20 / 50, 15);
  });
});
