import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { timelinePosition } from './timeline-position.ts';

describe('timelinePosition', () => {
  const { milestones } = defaultCase();

  it('marks planned milestones whose period has passed as late and finds the next per track', () => {
    const position = timelinePosition(milestones, '2026-04-15');
    // Nothing records them as done: the two phase starts (the seeds disagree) and the first political treatment.
    expect(position.late.map((p) => p.milestone.id)).toEqual([
      'sam-fase-1-start',
      'adm-fase-2-start',
      'adm-politisk-fase-2',
    ]);
    expect(position.upcoming[0]?.milestone.id).toBe('sentralbord-pilot');
    expect(position.nextByTrack['samfunnsutvikling']?.milestone.id).toBe('sam-rapporter-fase-1');
  });

  it('does not call the first political treatment late between the joint meeting on 24.2 and the councils on 10.3', () => {
    const position = timelinePosition(milestones, '2026-03-05');
    const treatment = position.milestones.find((p) => p.milestone.id === 'adm-politisk-fase-2');
    expect(treatment?.state).toBe('current');
    expect(position.late.map((p) => p.milestone.id)).not.toContain('adm-politisk-fase-2');
  });

  it('treats a month-precision milestone as current until its last day', () => {
    const position = timelinePosition(milestones, '2026-05-31');
    const reports = position.milestones.find((p) => p.milestone.id === 'adm-rapporter-fase-2');
    expect(reports?.state).toBe('current');
    expect(timelinePosition(milestones, '2026-06-01').late.map((p) => p.milestone.id)).toContain(
      'adm-rapporter-fase-2',
    );
  });

  it('shows the starts of concrete cooperation in January and August 2027', () => {
    const starts = milestones.filter((m) => m.id.endsWith('oppstart'));
    expect(starts.map((m) => [m.date, m.source?.document])).toEqual([
      ['2027-01', 'status-midtre-gauldal-2026-02-03'],
      ['2027-08', 'status-midtre-gauldal-2026-02-03'],
    ]);
  });
});
