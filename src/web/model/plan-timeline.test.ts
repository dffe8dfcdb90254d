import { describe, expect, it } from 'vitest';
import { planTimeline, type TimelineMilestone } from './plan-timeline.ts';

const milestone = (id: string, date: string, status: TimelineMilestone['status'], endDate?: string) => ({
  id,
  date,
  status,
  endDate,
});

describe('planTimeline', () => {
  const milestones = [
    milestone('start', '2027-01', 'planned'),
    milestone('report', '2026-05', 'planned'),
    milestone('commission', '2024-11-06', 'done'),
    milestone('pilot', '2026-03', 'planned', '2026-06'),
    milestone('june', '2026-06', 'planned'),
  ];

  it('orders by date, flags past-due planned milestones and marks the next', () => {
    const timeline = planTimeline(milestones, 20260615);
    expect(timeline.entries.map((e) => e.milestone.id)).toEqual([
      'commission',
      'pilot',
      'report',
      'june',
      'start',
    ]);
    expect(timeline.entries.filter((e) => e.overdue).map((e) => e.milestone.id)).toEqual(['report']);
    expect(timeline.entries.filter((e) => e.next).map((e) => e.milestone.id)).toEqual(['pilot']);
  });

  it('treats a month as lasting to its last day', () => {
    const timeline = planTimeline([milestone('june', '2026-06', 'planned')], 20260630);
    expect(timeline.entries[0]?.overdue).toBe(false);
    expect(planTimeline([milestone('june', '2026-06', 'planned')], 20260701).entries[0]?.overdue).toBe(true);
  });

  it("puts today's marker after everything that has started", () => {
    expect(planTimeline(milestones, 20260615).todayIndex).toBe(4);
    expect(planTimeline(milestones, 20200101).todayIndex).toBe(0);
    expect(planTimeline(milestones, 20300101).todayIndex).toBe(5);
  });
});
