/**
 * ISO calendar dates (`2027-03-31`) as the operations engine reads them: real dates from 1900 to 2100,
 * counted in days so that they can be compared and measured without a clock or a time zone.
 * @module
 */
import { OperationsError } from './operations-error.ts';

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const MS_PER_DAY = 86_400_000;

/** A parsed date: its parts and its day number (days since 1970-01-01, UTC). */
export interface CalendarDate {
  year: number;
  /** 1–12. */
  month: number;
  day: number;
  dayNumber: number;
}

/**
 * Parses an ISO date, refusing dates that do not exist (`2027-02-30`).
 * @throws OperationsError `invalid_date` naming `path`.
 * @example parseIsoDate('2027-03-31', ['periods', 0, 'dueDate']).month // → 3
 */
export function parseIsoDate(text: string, path: readonly (string | number)[]): CalendarDate {
  const match = ISO_DATE.exec(text);
  const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [0, 0, 0];
  // Date.UTC rolls 30 February over into March; a round trip catches it.
  const time = Date.UTC(year, month - 1, day);
  const back = new Date(time);
  if (
    !match ||
    year < 1900 ||
    year > 2100 ||
    back.getUTCFullYear() !== year ||
    back.getUTCMonth() !== month - 1 ||
    back.getUTCDate() !== day
  ) {
    throw new OperationsError('invalid_date', path, `«${text}» is not a date from 1900 to 2100 (YYYY-MM-DD)`);
  }
  return { year, month, day, dayNumber: Math.round(time / MS_PER_DAY) };
}
