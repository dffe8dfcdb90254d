/**
 * Plan dates (`2026-03-10` or month precision `2026-06`) compared with today, for the timeline.
 * A month-precision date covers the whole month.
 * @module
 */

/** A calendar day as a sortable number, e.g. 20260310. */
export type DayNumber = number;

export function dayNumber(date: Date): DayNumber {
  return date.getFullYear() * 10_000 + (date.getMonth() + 1) * 100 + date.getDate();
}

function parts(value: string): { year: number; month: number; day: number | undefined } {
  const [year = 0, month = 1, day] = value.split('-').map(Number);
  return { year, month, day };
}

/** The first day a plan date covers. */
export function firstDay(value: string): DayNumber {
  const { year, month, day } = parts(value);
  return year * 10_000 + month * 100 + (day ?? 1);
}

/** The last day a plan date covers (the month's last day for month precision). */
export function lastDay(value: string): DayNumber {
  const { year, month, day } = parts(value);
  if (day !== undefined) return year * 10_000 + month * 100 + day;
  const daysInMonth = new Date(year, month, 0).getDate();
  return year * 10_000 + month * 100 + daysInMonth;
}

/** Today in the browser's time zone, as the timeline's reference. */
export function today(): { day: DayNumber; iso: string } {
  const now = new Date();
  const iso = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  return { day: dayNumber(now), iso };
}
