/**
 * Meetings in date order, and those still to come.
 * @module
 */
import { firstDay, lastDay, type DayNumber } from '../format/plan-dates.ts';

export function sortByDate<M extends { date: string }>(meetings: readonly M[]): M[] {
  return [...meetings].sort((a, b) => firstDay(a.date) - firstDay(b.date));
}

/** Meetings whose date (or month) has not passed. */
export function upcomingMeetings<M extends { date: string }>(meetings: readonly M[], today: DayNumber): M[] {
  return sortByDate(meetings).filter((meeting) => lastDay(meeting.date) >= today);
}
