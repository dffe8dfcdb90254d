import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { participationCoverage, staffChangeCoverage, workingGroupCoverage } from './coverage.ts';

const SKAUN = '5029';

describe('workingGroupCoverage', () => {
  it('finds every working group of the default case covered', () => {
    expect(workingGroupCoverage(defaultCase())).toEqual([]);
  });

  it('flags a working group without a union representative from one municipality', () => {
    const document = defaultCase();
    const index = document.bodies.findIndex((b) => b.id === 'arbeidsgruppe-lonn-regnskap');
    const group = document.bodies[index];
    if (!group) throw new Error('fixture');
    group.members = group.members.filter(
      (m) => !(m.role === 'unionRepresentative' && m.municipalityNumber === SKAUN),
    );
    expect(workingGroupCoverage(document)).toEqual([
      {
        code: 'workingGroupWithoutUnionRepresentative',
        bodyId: 'arbeidsgruppe-lonn-regnskap',
        municipalityNumber: SKAUN,
        path: ['bodies', index, 'members'],
      },
    ]);
  });
});

describe('staffChangeCoverage (arbeidsmiljøloven § 16-5)', () => {
  function withChange() {
    const document = defaultCase();
    document.staffChanges = [
      {
        id: 'felles-lonn',
        title: { nb: 'Felles lønnskontor' },
        serviceAreaIds: [],
        decisionMeetingIds: ['skaun-kommunestyre-2026-03-10'],
      },
    ];
    return document;
  }
  const union = {
    role: 'unionRepresentative' as const,
    municipalityNumber: SKAUN as never,
    union: 'Fagforbundet',
  };

  it('warns when a staff-moving change has no information or discussion', () => {
    expect(staffChangeCoverage(withChange()).map((w) => w.code)).toEqual([
      'staffChangeWithoutInformation',
      'staffChangeWithoutDiscussion',
    ]);
  });

  it('accepts a dated information and discussion with union representatives before the decision', () => {
    const document = withChange();
    document.participationMeetings = [
      {
        id: 'drofting-1',
        kind: 'informationAndDiscussion',
        date: '2026-03-02',
        topic: { nb: 'Felles lønnskontor' },
        changeIds: ['felles-lonn'],
        participants: [union],
      },
    ];
    expect(staffChangeCoverage(document)).toEqual([]);
  });

  it('does not count a discussion held after the political decision', () => {
    const document = withChange();
    document.participationMeetings = [
      {
        id: 'drofting-1',
        kind: 'informationAndDiscussion',
        date: '2026-03-11',
        topic: { nb: 'Felles lønnskontor' },
        changeIds: ['felles-lonn'],
        participants: [union],
      },
    ];
    expect(staffChangeCoverage(document)).toHaveLength(2);
  });

  it('warns when a change has no decision date', () => {
    const document = withChange();
    const change = document.staffChanges[0];
    if (!change) throw new Error('fixture');
    change.decisionMeetingIds = [];
    expect(participationCoverage(document).map((w) => w.code)).toEqual(['staffChangeWithoutDecisionDate']);
  });
});
