/**
 * The week as a grid of intervals (weekday × time of day), and how many minutes of each interval a
 * switchboard is open.
 * @module
 */

/** Minutes in a day. */
export const MINUTES_PER_DAY = 1440;

/** ISO weekday: 1 = Monday … 7 = Sunday. */
export type Weekday = 1 | 2 | 3 | 4 | 5 | 6 | 7;

/** Weekdays in order. */
export const WEEKDAYS: readonly Weekday[] = [1, 2, 3, 4, 5, 6, 7];

/** One opening period on one weekday, in minutes after midnight, e.g. 480–930 for 08:00–15:30. */
export interface OpeningPeriod {
  weekday: Weekday;
  opensMinute: number;
  closesMinute: number;
}

/** One interval of the week: weekday and start, in minutes after midnight. */
export interface WeekInterval {
  weekday: Weekday;
  startMinute: number;
}

/** A stable key for an interval, e.g. `1-480` for Monday 08:00. */
export function intervalKey(interval: WeekInterval): string {
  return `${interval.weekday}-${interval.startMinute}`;
}

/**
 * Every interval of the week in order, Monday 00:00 first.
 * @param intervalMinutes a whole number of minutes that divides a day, e.g. 15, 30 or 60.
 * @example weekIntervals(60).length // → 168
 */
export function weekIntervals(intervalMinutes: number): WeekInterval[] {
  if (!Number.isInteger(intervalMinutes) || intervalMinutes <= 0 || MINUTES_PER_DAY % intervalMinutes !== 0) {
    throw new RangeError(
      `intervalMinutes must be a whole divisor of ${MINUTES_PER_DAY}, got ${intervalMinutes}`,
    );
  }
  const intervals: WeekInterval[] = [];
  for (const weekday of WEEKDAYS) {
    for (let start = 0; start < MINUTES_PER_DAY; start += intervalMinutes)
      intervals.push({ weekday, startMinute: start });
  }
  return intervals;
}

/**
 * Minutes of the interval [start, start + length) covered by the opening periods, counting overlapping
 * periods once.
 * @example openMinutes({ weekday: 1, startMinute: 900 }, 60, [{ weekday: 1, opensMinute: 480, closesMinute: 930 }]) // → 30
 */
export function openMinutes(
  interval: WeekInterval,
  intervalMinutes: number,
  periods: readonly OpeningPeriod[],
): number {
  const end = interval.startMinute + intervalMinutes;
  const pieces = periods
    .filter((p) => p.weekday === interval.weekday)
    .map((p) => [Math.max(p.opensMinute, interval.startMinute), Math.min(p.closesMinute, end)] as const)
    .filter(([from, to]) => to > from)
    .sort((x, y) => x[0] - y[0]);
  let total = 0;
  let reached = interval.startMinute;
  for (const [from, to] of pieces) {
    const start = Math.max(from, reached);
    if (to > start) total += to - start;
    reached = Math.max(reached, to);
  }
  return total;
}
