import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { calendarPeriods, parseDueDay, withCalendar } from './budget-calendar.ts';

describe('calendarPeriods', () => {
  it('falls due quarterly on the 20th of January, April, July and October', () => {
    expect(calendarPeriods(2027, 'quarterly', 20)).toEqual([
      { id: '2027-K1', dueDate: '2027-01-20' },
      { id: '2027-K2', dueDate: '2027-04-20' },
      { id: '2027-K3', dueDate: '2027-07-20' },
      { id: '2027-K4', dueDate: '2027-10-20' },
    ]);
  });

  it('falls due monthly on the 5th, twelve periods', () => {
    const months = calendarPeriods(2028, 'monthly', 5);
    expect(months).toHaveLength(12);
    expect(months[11]).toEqual({ id: '2028-12', dueDate: '2028-12-05' });
  });
});

describe('parseDueDay', () => {
  it('takes 1–28 and refuses 0, 29, decimals and words', () => {
    expect(['1', ' 28 ', '0', '29', '2.5', 'tjue'].map(parseDueDay)).toEqual([1, 28, null, null, null, null]);
  });
});

describe('withCalendar', () => {
  it('sets the periods on the one budget and leaves the document otherwise as it was', () => {
    const document = defaultCase();
    const changed = withCalendar(
      document,
      'administrative-tjenester',
      2027,
      calendarPeriods(2027, 'quarterly', 20),
    );
    expect(changed.operations.budgets[0]?.aKontoPeriods).toHaveLength(4);
    expect(document.operations.budgets[0]?.aKontoPeriods).toHaveLength(0);
    expect(changed.operations.budgets[0]?.components).toBe(document.operations.budgets[0]?.components);
  });
});
