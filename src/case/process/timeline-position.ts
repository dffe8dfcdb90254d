/**
 * Where today is on the plan: which milestones are done, late (planned, their period is over) or coming, and
 * which comes next, overall and per track. `today` is passed in (`YYYY-MM-DD`).
 * @module
 */
import type { Milestone } from '../schema/process.ts';
import { planDateEnd, planDateStart } from './plan-date.ts';

export type MilestoneState = 'done' | 'late' | 'current' | 'upcoming' | 'moved' | 'cancelled';

export interface PositionedMilestone {
  milestone: Milestone;
  state: MilestoneState;
  start: string;
  end: string;
}

export interface TimelinePosition {
  today: string;
  milestones: PositionedMilestone[];
  late: PositionedMilestone[];
  /** The planned milestones that have not passed, soonest first. */
  upcoming: PositionedMilestone[];
  /** The first upcoming milestone per track (key `''` for milestones without a track). */
  nextByTrack: Record<string, PositionedMilestone>;
  /** Index in `milestones` before which today falls (milestones sorted by start). */
  todayIndex: number;
}

function stateOf(milestone: Milestone, start: string, end: string, today: string): MilestoneState {
  if (milestone.status === 'done') return 'done';
  if (milestone.status === 'cancelled') return 'cancelled';
  if (end < today) return milestone.status === 'moved' ? 'moved' : 'late';
  if (start <= today) return 'current';
  return 'upcoming';
}

export function timelinePosition(milestones: readonly Milestone[], today: string): TimelinePosition {
  const positioned = milestones
    .map((milestone) => {
      const start = planDateStart(milestone.date);
      const end = planDateEnd(milestone.endDate ?? milestone.date);
      return { milestone, start, end, state: stateOf(milestone, start, end, today) };
    })
    .sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  const upcoming = positioned.filter((p) => p.state === 'current' || p.state === 'upcoming');
  const nextByTrack: Record<string, PositionedMilestone> = {};
  for (const p of upcoming) {
    const key = p.milestone.trackId ?? '';
    nextByTrack[key] ??= p;
  }
  const todayIndex = positioned.findIndex((p) => p.start > today);
  return {
    today,
    milestones: positioned,
    late: positioned.filter((p) => p.state === 'late'),
    upcoming,
    nextByTrack,
    todayIndex: todayIndex === -1 ? positioned.length : todayIndex,
  };
}
