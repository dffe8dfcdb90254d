/**
 * The a-konto calendar an editor sets on the budget page: quarterly (`2027-K1` due in January, April, July
 * and October) or monthly (`2027-01` …), each on the same day of the month. Days 1–28 only, so every month
 * has the day. The periods are saved as the budget's `aKontoPeriods` through the normal revision save.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';

export type CalendarFrequency = 'quarterly' | 'monthly';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The periods of `year`, in date order.
 * @example calendarPeriods(2027, 'quarterly', 20)[1] // → { id: '2027-K2', dueDate: '2027-04-20' }
 */
export function calendarPeriods(
  year: number,
  frequency: CalendarFrequency,
  dueDay: number,
): { id: string; dueDate: string }[] {
  if (frequency === 'quarterly')
    return [1, 2, 3, 4].map((q) => ({
      id: `${year}-K${q}`,
      dueDate: `${year}-${pad(q * 3 - 2)}-${pad(dueDay)}`,
    }));
  return Array.from({ length: 12 }, (_, i) => ({
    id: `${year}-${pad(i + 1)}`,
    dueDate: `${year}-${pad(i + 1)}-${pad(dueDay)}`,
  }));
}

/** The due day as typed, if it is a whole number 1–28; else `null`. */
export function parseDueDay(text: string): number | null {
  const trimmed = text.trim();
  if (!/^\d{1,2}$/.test(trimmed)) return null;
  const day = Number(trimmed);
  return day >= 1 && day <= 28 ? day : null;
}

/** The document with the calendar set on the unit's budget for `year`; the rest of it as it was. */
export function withCalendar(
  document: CaseDocument,
  unitId: string,
  year: number,
  periods: { id: string; dueDate: string }[],
): CaseDocument {
  return {
    ...document,
    operations: {
      ...document.operations,
      budgets: document.operations.budgets.map((b) =>
        b.unitId === unitId && b.year === year ? { ...b, aKontoPeriods: periods } : b,
      ),
    },
  };
}
