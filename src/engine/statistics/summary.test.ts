import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quantiles, quantileSorted, summary } from './summary.ts';

describe('quantiles (Hyndman–Fan type 7)', () => {
  it('matches a hand calculation', () => {
    // n = 10, p = 0.1: h = 9 · 0.1 = 0.9, so 1 + 0.9 · (2 − 1) = 1.9. p = 0.9: h = 8.1, so 9 + 0.1 · 1 = 9.1.
    // R: quantile(1:10, c(0.1, 0.5, 0.9)) gives 1.9, 5.5, 9.1; Excel PERCENTILE.INC gives the same.
    expect(quantiles([10, 9, 8, 7, 6, 5, 4, 3, 2, 1], [0.1, 0.5, 0.9])).toEqual([1.9, 5.5, 9.1]);
    expect(quantiles([3, 1, 2], [0, 1])).toEqual([1, 3]);
  });

  it('handles one value and no values', () => {
    expect(quantileSorted([42], 0.9)).toBe(42);
    expect(quantileSorted([], 0.5)).toBeNaN();
  });

  it('lies between min and max and rises with p (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.double({ min: -1e9, max: 1e9, noNaN: true }), { minLength: 1, maxLength: 50 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (values, a, b) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const [qlo, qhi] = quantiles(values, [lo, hi]);
          expect(qlo).toBeGreaterThanOrEqual(Math.min(...values));
          expect(qhi).toBeLessThanOrEqual(Math.max(...values));
          expect(qlo).toBeLessThanOrEqual(qhi as number);
        },
      ),
    );
  });
});

describe('summary', () => {
  it('gives mean, P10, P50, P90, min and max', () => {
    expect(summary([1, 2, 3, 4, 5, 6, 7, 8, 9, 10])).toEqual({
      mean: 5.5,
      p10: 1.9,
      p50: 5.5,
      p90: 9.1,
      min: 1,
      max: 10,
    });
  });

  it('adds large and small values without losing the small ones', () => {
    // Naive left-to-right summing of [1e16, 1, 1, −1e16] gives 0; the exact sum is 2.
    expect(summary([1e16, 1, 1, -1e16]).mean).toBe(0.5);
  });

  it('accepts typed arrays and leaves them unsorted', () => {
    const values = new Float64Array([3, 1, 2]);
    expect(summary(values).p50).toBe(2);
    expect([...values]).toEqual([3, 1, 2]);
  });
});
