import { describe, expect, it } from 'vitest';
import {
  PLUS_MINUS_MATRIX,
  SIGNIFICANCES,
  assessedConsequence,
  breakEvenYearlyValue,
  consequence,
  consequenceSymbols,
  summariseEffect,
} from './plus-minus.ts';

describe('consequence (Flokk’s plus-minus matrix)', () => {
  it('reads the documented table, hand-checked cell by cell', () => {
    // Positive side, |omfang| 0..4 per betydning, as in the module's table.
    expect([0, 1, 2, 3, 4].map((e) => consequence('small', e))).toEqual([0, 0, 1, 1, 2]);
    expect([0, 1, 2, 3, 4].map((e) => consequence('medium', e))).toEqual([0, 1, 2, 2, 3]);
    expect([0, 1, 2, 3, 4].map((e) => consequence('large', e))).toEqual([0, 1, 2, 3, 4]);
    // Negative side: the same sizes with the extent's sign.
    expect([-1, -2, -3, -4].map((e) => consequence('small', e))).toEqual([0, -1, -1, -2]);
    expect([-1, -2, -3, -4].map((e) => consequence('medium', e))).toEqual([-1, -2, -2, -3]);
    expect([-1, -2, -3, -4].map((e) => consequence('large', e))).toEqual([-1, -2, -3, -4]);
  });

  it('is symmetric, never larger than the extent, and grows with significance', () => {
    for (const s of SIGNIFICANCES) {
      for (let e = -4; e <= 4; e++) {
        expect(consequence(s, -e)).toBe(-consequence(s, e) + 0);
        expect(Math.abs(consequence(s, e))).toBeLessThanOrEqual(Math.abs(e));
        expect(Object.is(consequence(s, e), -0)).toBe(false);
      }
    }
    for (let e = 0; e <= 4; e++) {
      expect(PLUS_MINUS_MATRIX.small[e]).toBeLessThanOrEqual(PLUS_MINUS_MATRIX.medium[e] as number);
      expect(PLUS_MINUS_MATRIX.medium[e]).toBeLessThanOrEqual(PLUS_MINUS_MATRIX.large[e] as number);
    }
  });

  it('refuses an extent off the scale', () => {
    expect(() => consequence('large', 5)).toThrow(RangeError);
    expect(() => consequence('large', 1.5)).toThrow(RangeError);
  });

  it('gives no consequence while significance or extent is not assessed', () => {
    expect(assessedConsequence({ significance: null, extent: 3 })).toBeNull();
    expect(assessedConsequence({ significance: 'large', extent: null })).toBeNull();
    expect(assessedConsequence({ significance: 'medium', extent: -4 })).toBe(-3);
  });
});

describe('consequenceSymbols', () => {
  it('writes the 9-point scale with plus and minus signs', () => {
    expect(consequenceSymbols(4)).toBe('+ + + +');
    expect(consequenceSymbols(1)).toBe('+');
    expect(consequenceSymbols(0)).toBe('0');
    expect(consequenceSymbols(-2)).toBe('\u2212 \u2212');
    expect(() => consequenceSymbols(5)).toThrow(RangeError);
  });
});

describe('summariseEffect', () => {
  it('counts and gives the range, never a sum or an average', () => {
    expect(summariseEffect([2, null, -1, 0, 2])).toEqual({
      assessed: 4,
      notAssessed: 1,
      lowest: -1,
      highest: 2,
      positive: 2,
      neutral: 1,
      negative: 1,
    });
  });

  it('has no range when nothing is assessed', () => {
    expect(summariseEffect([null, null, null])).toEqual({
      assessed: 0,
      notAssessed: 3,
      lowest: null,
      highest: null,
      positive: 0,
      neutral: 0,
      negative: 0,
    });
  });
});

describe('breakEvenYearlyValue (dekningsanalyse)', () => {
  it('is −NPV / Σ d_t (hand calculation)', () => {
    // NPV −1 000 000 kr over years 0, 1, 2 at 4 %: Σ d = 1 + 1/1.04 + 1/1.04² = 1 + 0.961538 + 0.924556
    // = 2.886095; X = 1 000 000 / 2.886095 = 346 488.98 kr a year.
    expect(breakEvenYearlyValue(-1_000_000, [1, 1 / 1.04, 1 / 1.04 ** 2])).toBeCloseTo(346_488.98, 2);
    // NPV −1 000 over years 1 and 2: Σ d = 0.961538 + 0.924556 = 1.886095; X = 530.196.
    expect(breakEvenYearlyValue(-1000, [1 / 1.04, 1 / 1.04 ** 2])).toBeCloseTo(530.196, 3);
  });

  it('worth X a year over those years exactly offsets the NPV', () => {
    const factors = [1 / 1.04, 1 / 1.04 ** 2, 1 / 1.04 ** 3];
    const x = breakEvenYearlyValue(-250_000, factors);
    expect(-250_000 + factors.reduce((sum, d) => sum + x * d, 0)).toBeCloseTo(0, 6);
  });

  it('needs nothing when the priced NPV already pays', () => {
    expect(breakEvenYearlyValue(0, [1])).toBe(0);
    expect(breakEvenYearlyValue(5000, [1, 0.96])).toBe(0);
  });

  it('refuses a negative NPV with no years to spread it over', () => {
    expect(() => breakEvenYearlyValue(-1, [])).toThrow(RangeError);
    expect(() => breakEvenYearlyValue(Number.NaN, [1])).toThrow(RangeError);
  });
});
