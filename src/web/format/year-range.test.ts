import { describe, expect, it } from 'vitest';
import { formatYearRange, type YearRangeWords } from './year-range.ts';

const words: YearRangeWords = {
  notWithin: (last) => `ikke innen ${last}`,
  yearOrNotWithin: (year, last) => `${year} eller ikke innen ${last}`,
};

describe('formatYearRange', () => {
  it('writes the earliest year first whatever order the bounds come in', () => {
    expect(formatYearRange(2032, 2026, 2035, words)).toBe('2026–2032');
    expect(formatYearRange(2026, 2032, 2035, words)).toBe('2026–2032');
  });

  it('writes one year when the bounds agree', () => {
    expect(formatYearRange(2029, 2029, 2035, words)).toBe('2029');
  });

  it('says in words when one bound is not within the period, never «ikke innen 2035–2029»', () => {
    expect(formatYearRange(null, 2029, 2035, words)).toBe('2029 eller ikke innen 2035');
    expect(formatYearRange(2029, null, 2035, words)).toBe('2029 eller ikke innen 2035');
    expect(formatYearRange(null, null, 2035, words)).toBe('ikke innen 2035');
  });
});
