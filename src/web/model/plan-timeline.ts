/**
 * The milestone plan as a timeline: milestones in date order, today's position, past-due planned
 * milestones and the next one. Pure, so the same rules serve the overview and the public status page.
 * @module
 */
import { firstDay, lastDay, type DayNumber } from '../format/plan-dates.ts';

/** The fields of a milestone the timeline reads. */
export interface TimelineMilestone {
  id: string;
  date: string;
  endDate?: string | undefined;
  status: 'planned' | 'done' | 'moved' | 'cancelled';
}

export interface TimelineEntry<M extends TimelineMilestone> {
  milestone: M;
  /** Planned, but its last day has passed. */
  overdue: boolean;
  /** The first planned milestone that is not past due. */
  next: boolean;
}

export interface Timeline<M extends TimelineMilestone> {
  entries: TimelineEntry<M>[];
  /** Today's marker goes before `entries[todayIndex]` (at the end when it equals the length). */
  todayIndex: number;
}

function compareMilestones(a: TimelineMilestone, b: TimelineMilestone): number {
  return (
    firstDay(a.date) - firstDay(b.date) ||
    lastDay(a.endDate ?? a.date) - lastDay(b.endDate ?? b.date) ||
    a.id.localeCompare(b.id)
  );
}

export function planTimeline<M extends TimelineMilestone>(
  milestones: readonly M[],
  today: DayNumber,
): Timeline<M> {
  const sorted = [...milestones].sort(compareMilestones);
  let nextFound = false;
  const entries = sorted.map((milestone) => {
    const ends = lastDay(milestone.endDate ?? milestone.date);
    const overdue = milestone.status === 'planned' && ends < today;
    const next = !nextFound && milestone.status === 'planned' && !overdue;
    if (next) nextFound = true;
    return { milestone, overdue, next };
  });
  const after = entries.findIndex((entry) => firstDay(entry.milestone.date) > today);
  return { entries, todayIndex: after === -1 ? entries.length : after };
}
