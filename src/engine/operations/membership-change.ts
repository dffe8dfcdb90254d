/**
 * Members joining or leaving during a budget year. Convention: a month is paid by those who are members on
 * its first day, and each month's cost is shared by the key among them, with population at 1 January of
 * the budget year. So a member leaving on 20 June pays June (it was a member on 1 June) and the key is
 * recomputed for the rest from July; a member joining on 1 August pays from August, on 15 August from
 * September. Kommuneloven § 20-8: a participant in a host-municipality cooperation may leave on one year's
 * notice unless the agreement says otherwise, so the notice period is an input.
 * @module
 */
import { largestRemainder } from '../cost-sharing/largest-remainder.ts';
import {
  allocateBudget,
  chargedFor,
  splitCharged,
  type BudgetInput,
  type BudgetSplit,
} from './budget-component.ts';
import { parseIsoDate } from './iso-date.ts';
import { checkUnique, OperationsError, underPath } from './operations-error.ts';

/** The statutory notice in months (kommuneloven § 20-8), when the agreement sets no other. */
export const STATUTORY_NOTICE_MONTHS = 12;

/** A change of membership; a municipality with none is a member all year. */
export interface MembershipChange {
  municipality: string;
  /** ISO date the membership starts. */
  joins?: string;
  /** ISO date the membership ends (the exit date, e.g. from `exitDate`). */
  leaves?: string;
}

/**
 * The exit date after notice: the notice date plus the notice period in calendar months, the day clamped
 * to the month's end (notice on 31 January with one month → 28 February).
 * @throws OperationsError `invalid_date`, `invalid_option` (notice months 0–60).
 * @example exitDate('2025-06-20') // → '2026-06-20'
 */
export function exitDate(noticeGiven: string, noticeMonths = STATUTORY_NOTICE_MONTHS): string {
  const { year, month, day } = parseIsoDate(noticeGiven, ['noticeGiven']);
  if (!Number.isInteger(noticeMonths) || noticeMonths < 0 || noticeMonths > 60) {
    throw new OperationsError('invalid_option', ['noticeMonths'], 'must be whole months from 0 to 60');
  }
  const monthIndex = year * 12 + (month - 1) + noticeMonths;
  const [y, m] = [Math.floor(monthIndex / 12), (monthIndex % 12) + 1];
  // Day 0 of the next month is the last day of this one.
  const lastDay = new Date(Date.UTC(y, m, 0)).getUTCDate();
  const pad = (n: number, width: number) => String(n).padStart(width, '0');
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, lastDay), 2)}`;
}

/** Whether the municipality is a member on the first day of `month` (1–12) of `year`. */
function memberOnFirstOf(
  change: MembershipChange | undefined,
  year: number,
  month: number,
  path: (string | number)[],
) {
  const first = parseIsoDate(`${year}-${String(month).padStart(2, '0')}-01`, path).dayNumber;
  const joins =
    change?.joins === undefined ? -Infinity : parseIsoDate(change.joins, [...path, 'joins']).dayNumber;
  const leaves =
    change?.leaves === undefined ? Infinity : parseIsoDate(change.leaves, [...path, 'leaves']).dayNumber;
  return joins <= first && first < leaves;
}

/** Runs of months with the same members: `{ months, members }` in calendar order. */
export function membershipSegments(budget: BudgetInput, changes: readonly MembershipChange[]) {
  checkUnique(
    changes.map((c) => c.municipality),
    ['changes'],
  );
  const ids = new Set(budget.municipalities.map((m) => m.id));
  changes.forEach((c, k) => {
    if (c.joins !== undefined && c.leaves !== undefined && c.leaves <= c.joins) {
      throw new OperationsError('invalid_date', ['changes', k, 'leaves'], 'must be after the date it joins');
    }
    if (!ids.has(c.municipality))
      throw new OperationsError(
        'unknown_municipality',
        ['changes', k, 'municipality'],
        `no «${c.municipality}»`,
      );
  });
  const segments: { months: number; members: string[] }[] = [];
  for (let month = 1; month <= 12; month++) {
    const members = budget.municipalities
      .filter((m) => {
        const k = changes.findIndex((c) => c.municipality === m.id);
        return memberOnFirstOf(changes[k], budget.budgetYear, month, ['changes', k]);
      })
      .map((m) => m.id);
    const last = segments.at(-1);
    if (last !== undefined && last.members.join() === members.join()) last.months += 1;
    else segments.push({ months: 1, members });
  }
  return segments;
}

/** The runs of months with the same members, as `membershipSegments` returns them. */
export type MembershipSegment = ReturnType<typeof membershipSegments>[number];

/**
 * Splits `charged` kroner of component `c` over the runs of months by number of months (largest remainder,
 * ties to the earlier run), then each run's part among the component's participants who are members in it.
 * @returns whole kroner per municipality in the order of `budget.municipalities`, summing to `charged`.
 * @throws OperationsError `no_participants` when no participant is a member in some run.
 */
export function splitWithMembership(
  budget: BudgetInput,
  segments: readonly MembershipSegment[],
  c: number,
  charged: number,
): number[] {
  const component = budget.components[c] as BudgetInput['components'][number];
  const path = ['budget', 'components', c];
  const parts = largestRemainder(
    charged,
    segments.map((s) => s.months),
  );
  const amounts = budget.municipalities.map(() => 0);
  segments.forEach((segment, s) => {
    const taking = component.participants.filter((id) => segment.members.includes(id));
    if (taking.length === 0) {
      throw new OperationsError(
        'no_participants',
        [...path, 'participants'],
        `nobody is a member in ${segment.months} of the months`,
      );
    }
    splitCharged(
      component,
      parts[s] as number,
      taking,
      budget.municipalities,
      budget.budgetYear,
      path,
    ).forEach((amount, i) => (amounts[i] = (amounts[i] as number) + amount));
  });
  return amounts;
}

/**
 * Splits a year's budget when members join or leave: each component's charge is first split over the runs
 * of months with the same members, by number of months (largest remainder, ties to the earlier run), then
 * each run's part among the component's participants who are members in it, by the component's key
 * recomputed for them. The result sums exactly per component as `allocateBudget` does.
 * @throws OperationsError `no_participants` when a component has no participant left in some months.
 * @example allocateWithMembership(budget, [{ municipality: '5029', leaves: exitDate('2025-06-20') }])
 */
export function allocateWithMembership(
  budget: BudgetInput,
  changes: readonly MembershipChange[],
): BudgetSplit {
  const whole = underPath(['budget'], () => allocateBudget(budget));
  const segments = membershipSegments(budget, changes);
  const totals = budget.municipalities.map(() => 0);
  const components = budget.components.map((component, c) => {
    const charged = chargedFor(component, component.amount);
    const amounts = splitWithMembership(budget, segments, c, charged);
    amounts.forEach((amount, i) => (totals[i] = (totals[i] as number) + amount));
    return { componentId: component.id, charged, amounts };
  });
  return { municipalities: whole.municipalities, components, totals, total: whole.total };
}
