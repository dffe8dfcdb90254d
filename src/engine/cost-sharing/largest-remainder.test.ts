import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CostKeyError } from './cost-key-error.ts';
import { largestRemainder, sharesFromWeights } from './largest-remainder.ts';

describe('largestRemainder: hand calculations', () => {
  it('gives the leftover krone to the largest remainder', () => {
    // 1 100 000 by population 6 141 / 17 812 / 8 521 (sum 32 474): quotas 208 015.643, 603 350.373,
    // 288 633.984; floors sum to 1 099 998, so the two kroner left go to .984 (Skaun) and .643 (Midtre Gauldal).
    expect(largestRemainder(1_100_000, [6141, 17812, 8521])).toEqual([208_016, 603_350, 288_634]);
  });

  it('breaks ties by order', () => {
    expect(largestRemainder(100, [1, 1, 1])).toEqual([34, 33, 33]);
    expect(largestRemainder(2, [1, 1, 1])).toEqual([1, 1, 0]);
  });

  it('mirrors a saving (negative total)', () => {
    expect(largestRemainder(-100, [1, 1, 1])).toEqual([-34, -33, -33]);
    expect(largestRemainder(-1, [0, 1])).toEqual([0, -1]);
    expect(Object.is(largestRemainder(-1, [0, 1])[0], -0)).toBe(false);
  });

  it('gives nothing to a zero weight', () => {
    expect(largestRemainder(10, [0, 1, 1])).toEqual([0, 5, 5]);
    expect(largestRemainder(1, [0, 1, 1])).toEqual([0, 1, 0]);
  });

  it('refuses a total that is not whole kroner, negative weights and all-zero weights', () => {
    const codeOf = (f: () => unknown) => {
      try {
        f();
      } catch (error) {
        return error instanceof CostKeyError ? [error.code, error.path] : error;
      }
      return undefined;
    };
    expect(codeOf(() => largestRemainder(10.5, [1, 1]))).toEqual(['non_integer_total', ['total']]);
    expect(codeOf(() => largestRemainder(10, [1, -1]))).toEqual(['invalid_weight', ['participants', 1]]);
    expect(codeOf(() => largestRemainder(10, [0, 0]))).toEqual(['zero_total_weight', ['participants']]);
    expect(codeOf(() => largestRemainder(10, []))).toEqual(['no_participants', ['participants']]);
    expect(codeOf(() => sharesFromWeights([1, Number.NaN]))).toEqual(['invalid_weight', ['participants', 1]]);
  });
});

describe('largestRemainder: properties', () => {
  const total = fc.integer({ min: -1e12, max: 1e12 });
  const weights = fc
    .array(fc.double({ min: 0, max: 1e6, noNaN: true }), { minLength: 1, maxLength: 12 })
    .filter((ws) => ws.some((w) => w > 0));

  it('shares sum exactly to the total, are whole kroner, and stay within 1 krone of the exact quota', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        const shares = largestRemainder(t, ws);
        expect(shares.reduce((a, b) => a + b, 0)).toBe(t);
        const sum = ws.reduce((a, b) => a + b, 0);
        shares.forEach((share, i) => {
          expect(Number.isInteger(share)).toBe(true);
          expect(Math.abs(share - (t * (ws[i] as number)) / sum)).toBeLessThan(1 + 1e-6);
        });
      }),
    );
  });

  it('gives non-negative shares of a non-negative total', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1e12 }), weights, (t, ws) => {
        for (const share of largestRemainder(t, ws)) expect(share).toBeGreaterThanOrEqual(0);
      }),
    );
  });

  it('splits a saving as the mirror of the same cost', () => {
    fc.assert(
      fc.property(total, weights, (t, ws) => {
        expect(largestRemainder(-t, ws)).toEqual(largestRemainder(t, ws).map((x) => -x + 0));
      }),
    );
  });
});
