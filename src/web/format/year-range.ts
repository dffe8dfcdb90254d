/**
 * A range of years written as a budget document writes it: earliest–latest, and in words when one end (or
 * both) is «not within the period». The bounds of a projection need not come in order: fewer departures (the
 * low bound) cover a reduction later than more departures do.
 * @module
 */

export interface YearRangeWords {
  /** «ikke innen {year}»: neither bound reaches the goal within the period. */
  notWithin: (lastYear: number) => string;
  /** «{year} eller ikke innen {last}»: one bound reaches it in `year`, the other not within the period. */
  yearOrNotWithin: (year: number, lastYear: number) => string;
}

/** `a` and `b` are years, or null for «not within the period that ends in `lastYear`». */
export function formatYearRange(
  a: number | null,
  b: number | null,
  lastYear: number,
  words: YearRangeWords,
): string {
  if (a === null && b === null) return words.notWithin(lastYear);
  if (a === null || b === null) return words.yearOrNotWithin((a ?? b) as number, lastYear);
  const first = Math.min(a, b);
  const last = Math.max(a, b);
  return first === last ? String(first) : `${first}–${last}`;
}
