import { describe, expect, it } from 'vitest';
import {
  formatFte,
  formatMillionNok,
  formatMillions,
  formatNok,
  formatNumber,
  formatPlanDate,
  formatTimestamp,
  MISSING,
  SUPPRESSED,
} from './format.ts';

// Intl's nb-NO format groups thousands with U+00A0 NO-BREAK SPACE and writes minus as U+2212 MINUS SIGN.
const NBSP = '\u00a0';
const MINUS = '\u2212';

describe('symbols', () => {
  it('uses SSB’s symbols: ".." for missing and ":" for withheld', () => {
    expect(MISSING).toBe('..');
    expect(SUPPRESSED).toBe(':');
  });
});

describe('formatFte', () => {
  it('writes FTE with a decimal comma, at least one and at most two decimals', () => {
    expect(formatFte(17.6)).toBe('17,6');
    expect(formatFte(5)).toBe('5,0');
    expect(formatFte(6.44)).toBe('6,44');
    expect(formatFte(1 / 3)).toBe('0,33');
  });

  it('groups thousands with a no-break space', () => {
    expect(formatFte(1234.5)).toBe(`1${NBSP}234,5`);
  });

  it('keeps Norwegian formats in nynorsk and English', () => {
    expect(formatFte(17.6, 'nn')).toBe('17,6');
    expect(formatFte(17.6, 'en')).toBe('17,6');
  });

  it('writes ".." for a missing figure, never 0', () => {
    expect(formatFte(null)).toBe('..');
    expect(formatFte(undefined)).toBe('..');
    expect(formatFte(0)).toBe('0,0');
  });
});

describe('formatNok', () => {
  it('writes whole kroner with no-break spaces and "kr"', () => {
    expect(formatNok(14_800_000)).toBe(`14${NBSP}800${NBSP}000 kr`);
    expect(formatNok(640_000)).toBe(`640${NBSP}000 kr`);
    expect(formatNok(0)).toBe('0 kr');
  });

  it('rounds to whole kroner for presentation', () => {
    expect(formatNok(999.5)).toBe(`1${NBSP}000 kr`);
  });

  it('writes ".." for a missing amount', () => {
    expect(formatNok(null)).toBe('..');
  });
});

describe('formatNumber', () => {
  it('uses the given number of decimals and the Norwegian minus sign', () => {
    expect(formatNumber(32_338)).toBe(`32${NBSP}338`);
    expect(formatNumber(0.21, 2)).toBe('0,21');
    expect(formatNumber(-1234.5, 1)).toBe(`${MINUS}1${NBSP}234,5`);
  });

  it('writes ".." for null, undefined and NaN', () => {
    expect([formatNumber(null), formatNumber(undefined), formatNumber(Number.NaN)]).toEqual([
      '..',
      '..',
      '..',
    ]);
  });
});

describe('formatPlanDate', () => {
  it('writes a month-precision date as the month name and year', () => {
    expect(formatPlanDate('2026-06')).toBe('juni 2026');
    expect(formatPlanDate('2027-01', 'nn')).toBe('januar 2027');
    expect(formatPlanDate('2026-06', 'en')).toBe('June 2026');
  });

  it('writes a day as d.m.yyyy', () => {
    expect(formatPlanDate('2026-03-10')).toBe('10.3.2026');
    expect(formatPlanDate('2026-02-24')).toBe('24.2.2026');
  });

  it('writes ".." for a missing date', () => {
    expect(formatPlanDate(null)).toBe('..');
    expect(formatPlanDate('')).toBe('..');
  });
});

describe('formatTimestamp', () => {
  it('writes a timestamp in Norwegian time, whatever the machine’s time zone', () => {
    // 13:05 UTC is 14:05 in Oslo in November (CET, UTC+1) and 15:05 in July (CEST, UTC+2).
    expect(formatTimestamp('2026-11-23T13:05:00Z')).toBe('23.11.2026, 14:05');
    expect(formatTimestamp(new Date('2026-07-01T13:05:00Z'))).toBe('01.07.2026, 15:05');
  });
});

describe('formatMillionNok', () => {
  it('writes millions with one decimal, rounded to the nearest tenth (reference values worked by hand)', () => {
    // 27 665 960 kr → 27.66596 mill. → 27,7; 1 249 999 → 1,2; 1 250 000 → 1,3.
    expect(formatMillionNok(27_665_960)).toBe('27,7 mill. kr');
    expect(formatMillionNok(1_249_999)).toBe('1,2 mill. kr');
    expect(formatMillionNok(1_250_000)).toBe('1,3 mill. kr');
    expect(formatMillionNok(123_456_789)).toBe(`123,5 mill. kr`);
  });

  it('keeps the minus sign', () => {
    expect(formatMillionNok(-11_744_031)).toBe(`${MINUS}11,7 mill. kr`);
    // Halves round away from zero: ±150 000 kr = ±0.15 mill. → ±0,2; −50 000 kr = −0.05 mill. → −0,1.
    expect(formatMillionNok(150_000)).toBe('0,2 mill. kr');
    expect(formatMillionNok(-150_000)).toBe(`${MINUS}0,2 mill. kr`);
    expect(formatMillionNok(-50_000)).toBe(`${MINUS}0,1 mill. kr`);
  });

  it('writes a small amount that is not zero as the range it lies in, never «0,0» or «−0,0»', () => {
    // 40 000 kr = 0.04 mill. and 49 999 kr = 0.049999 mill. both round to 0,0, so they are a range.
    expect(formatMillionNok(40_000)).toBe('under 0,1 mill. kr');
    expect(formatMillionNok(49_999)).toBe('under 0,1 mill. kr');
    expect(formatMillionNok(1)).toBe('under 0,1 mill. kr');
    expect(formatMillionNok(-40_000)).toBe(`${MINUS}0,1 til 0 mill. kr`);
    expect(formatMillionNok(-40_000, 'en')).toBe(`${MINUS}0,1 to 0 mill. kr`);
    // 50 000 kr = 0.05 mill. rounds up to 0,1 and is shown as such.
    expect(formatMillionNok(50_000)).toBe('0,1 mill. kr');
    expect(formatMillionNok(0)).toBe('0,0 mill. kr');
    expect(formatMillionNok(-0)).toBe('0,0 mill. kr');
  });

  it('writes ".." for a missing figure', () => {
    expect(formatMillionNok(null)).toBe(MISSING);
    expect(formatMillionNok(Number.NaN)).toBe(MISSING);
  });
});

describe('formatMillions', () => {
  it('rounds to one decimal of a million, as a budget summary', () => {
    expect(formatMillions(9_737_433)).toBe('9,7');
    expect(formatMillions(12_618_909)).toBe('12,6');
    expect(formatMillions(1_250_000)).toBe('1,3');
    // Halves away from zero: −1 250 000 kr is −1,3 as 1 250 000 kr is 1,3 (Math.round alone gives −1,2).
    expect(formatMillions(-1_250_000)).toBe('−1,3');
    expect(formatMillions(-7_970_461)).toBe('−8,0');
  });
  it('shows a tiny loss as zero, never as minus zero', () => {
    expect(formatMillions(-40_000)).toBe('0,0');
  });
});
