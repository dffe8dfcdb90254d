import { describe, expect, it } from 'vitest';
import { formatDateInWords, formatExplainedValue, savedAtParts } from './format-explained.ts';

describe('formatExplainedValue', () => {
  it('words each unit as the pages do', () => {
    expect(formatExplainedValue(-11_744_030.6, 'nok')).toBe('−11\u00a0744\u00a0031 kr');
    expect(formatExplainedValue(0.25, 'share')).toBe('25\u00a0%');
    expect(formatExplainedValue(0.035, 'rate')).toBe('3,5\u00a0%');
    expect(formatExplainedValue(1.02, 'factor')).toBe('1,0200');
    expect(formatExplainedValue(6.44, 'fte')).toBe('6,44');
    expect(formatExplainedValue(2029, 'year')).toBe('2029');
    expect(formatExplainedValue(3, 'count')).toBe('3');
  });
});

describe('savedAtParts', () => {
  it('gives the date in words and the time in Norwegian time', () => {
    expect(savedAtParts('2026-12-03T13:05:00Z', 'nb')).toEqual({
      date: '3. desember 2026',
      hour: '14',
      minute: '05',
    });
    // Summer time: UTC+2.
    expect(savedAtParts('2026-06-30T22:30:00Z', 'en')).toEqual({
      date: '1 July 2026',
      hour: '00',
      minute: '30',
    });
  });
});

describe('formatDateInWords', () => {
  it('words a plain date without shifting the day', () => {
    expect(formatDateInWords('2026-03-10', 'nb')).toBe('10. mars 2026');
  });
});
