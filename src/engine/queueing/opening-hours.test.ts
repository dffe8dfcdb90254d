import { describe, expect, it } from 'vitest';
import { intervalKey, openMinutes, weekIntervals } from './opening-hours.ts';

describe('weekIntervals', () => {
  it('divides the week into 168 hours or 336 half hours, Monday first', () => {
    expect(weekIntervals(60)).toHaveLength(168);
    expect(weekIntervals(30)).toHaveLength(336);
    expect(weekIntervals(60)[0]).toEqual({ weekday: 1, startMinute: 0 });
  });

  it('refuses a length that does not divide a day', () => {
    expect(() => weekIntervals(7)).toThrow(RangeError);
  });
});

describe('openMinutes', () => {
  const monday = (opens: number, closes: number) => ({
    weekday: 1 as const,
    opensMinute: opens,
    closesMinute: closes,
  });

  it('counts the open part of an interval', () => {
    expect(openMinutes({ weekday: 1, startMinute: 900 }, 60, [monday(480, 930)])).toBe(30);
    expect(openMinutes({ weekday: 2, startMinute: 900 }, 60, [monday(480, 930)])).toBe(0);
  });

  it('counts overlapping periods once', () => {
    expect(openMinutes({ weekday: 1, startMinute: 480 }, 60, [monday(480, 510), monday(495, 600)])).toBe(60);
  });

  it('names intervals by weekday and start', () => {
    expect(intervalKey({ weekday: 1, startMinute: 480 })).toBe('1-480');
  });
});
