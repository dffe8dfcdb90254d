/**
 * Plan dates are a day (`2026-03-10`) or a month (`2026-06`). A month starts on its first day and ends on its last.
 * @module
 */

/** The first day of a plan date, `YYYY-MM-DD`. */
export function planDateStart(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** The last day of a plan date, `YYYY-MM-DD`. */
export function planDateEnd(date: string): string {
  if (date.length !== 7) return date;
  const [year, month] = date.split('-').map(Number) as [number, number];
  return `${date}-${String(daysInMonth(year, month)).padStart(2, '0')}`;
}

/** The day after `YYYY-MM-DD`, for exclusive ends (iCalendar DTEND of an all-day event). */
export function nextDay(day: string): string {
  const [year, month, date] = day.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(year, month - 1, date + 1)).toISOString().slice(0, 10);
}

/** Whether a plan date names only a month. */
export function isMonthPrecision(date: string): boolean {
  return date.length === 7;
}

/** `YYYY-MM-DD` → `YYYYMMDD`. */
export function basicDate(day: string): string {
  return day.replaceAll('-', '');
}
