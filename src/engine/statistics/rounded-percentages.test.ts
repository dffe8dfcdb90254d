import { describe, expect, it } from 'vitest';
import { roundedPercentages } from './rounded-percentages.ts';

const sum = (r: Record<string, number>) => Math.round(Object.values(r).reduce((a, b) => a + b, 0) * 10) / 10;

describe('roundedPercentages', () => {
  it('makes 0.3337 + 0.3337 + 0.3326 (each rounded: 33.4 + 33.4 + 33.3 = 100.1) sum to exactly 100', () => {
    // In tenths of a percent the quotas are 333.7, 333.7 and 332.6; the floors 333 + 333 + 332 = 998 leave two
    // tenths, which go to the largest remainders (0.7 and 0.7): 334, 334, 332 → 33.4 + 33.4 + 33.2 = 100.
    const shown = roundedPercentages({ a: 0.3337, b: 0.3337, c: 0.3326 }, 1);
    expect(shown).toEqual({ a: 33.4, b: 33.4, c: 33.2 });
    expect(sum(shown)).toBe(100);
  });

  it('gives thirds 33.4 + 33.3 + 33.3, the first listed taking the tie', () => {
    expect(roundedPercentages({ a: 1 / 3, b: 1 / 3, c: 1 / 3 }, 1)).toEqual({ a: 33.4, b: 33.3, c: 33.3 });
  });

  it('leaves exact values alone and zeros at zero', () => {
    expect(roundedPercentages({ a: 0.625, b: 0.375, c: 0 }, 1)).toEqual({ a: 62.5, b: 37.5, c: 0 });
    expect(roundedPercentages({ a: 0, b: 0 }, 1)).toEqual({ a: 0, b: 0 });
  });
});
