import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { participationCoverage, staffChangeCoverage, workingGroupCoverage } from './coverage.ts';

const SKAUN = '5029';

describe('workingGroupCoverage', () => {
  // The saksframlegg says «tillitsvalgte har deltatt i begge arbeidsgruppene» but not from which municipality,
  // so the default case records one union representative per group without a municipality, and the check
  // says, honestly, that none is recorded from each of the three.
  it('says of the default case that no union representative is recorded per municipality in either group', () => {
    const warnings = workingGroupCoverage(defaultCase());
    expect(warnings.map((w) => w.code === 'workingGroupWithoutUnionRepresentative' && w.bodyId)).toEqual([
      'arbeidsgruppe-lonn-regnskap',
      'arbeidsgruppe-lonn-regnskap',
      'arbeidsgruppe-lonn-regnskap',
      'arbeidsgruppe-sentralbord-arkiv',
      'arbeidsgruppe-sentralbord-arkiv',
      'arbeidsgruppe-sentralbord-arkiv',
    ]);
  });

  it('finds a working group covered when each municipality has a union representative in it', () => {
    const document = defaultCase();
    for (const body of document.bodies) {
      if (body.kind !== 'workingGroup') continue;
      body.members = document.participants.map((p) => ({
        role: 'unionRepresentative' as const,
        municipalityNumber: p.municipalityNumber,
      }));
    }
    expect(workingGroupCoverage(document)).toEqual([]);
  });

  it('flags a working group without a union representative from one municipality', () => {
    const document = defaultCase();
    for (const body of document.bodies) {
      if (body.kind !== 'workingGroup') continue;
      body.members = document.participants
        .filter((p) => !(body.id === 'arbeidsgruppe-lonn-regnskap' && p.municipalityNumber === SKAUN))
        .map((p) => ({ role: 'unionRepresentative' as const, municipalityNumber: p.municipalityNumber }));
    }
    const index = document.bodies.findIndex((b) => b.id === 'arbeidsgruppe-lonn-regnskap');
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

  it('warns when a staff-moving change has no information or discussion, naming every employer', () => {
    const warnings = staffChangeCoverage(withChange());
    expect(warnings.map((w) => w.code)).toEqual([
      'staffChangeWithoutInformation',
      'staffChangeWithoutDiscussion',
      'staffChangeWithoutDiscussion',
      'staffChangeWithoutDiscussion',
    ]);
    expect(warnings.flatMap((w) => ('municipalityNumber' in w ? [w.municipalityNumber] : []))).toEqual([
      '5027',
      '5028',
      '5029',
    ]);
  });

  it('is not cleared by one meeting with one municipality’s union representative (§ 16-5: every employer)', () => {
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
    // Skaun's representative discussed it; Midtre Gauldal's and Melhus' have not.
    expect(
      staffChangeCoverage(document).map((w) => ('municipalityNumber' in w ? w.municipalityNumber : w.code)),
    ).toEqual(['5027', '5028']);
  });

  it('accepts a dated information and discussion with each employer’s union representatives before the decision', () => {
    const document = withChange();
    document.participationMeetings = [
      {
        id: 'drofting-1',
        kind: 'informationAndDiscussion',
        date: '2026-03-02',
        topic: { nb: 'Felles lønnskontor' },
        changeIds: ['felles-lonn'],
        participants: ['5027', '5028', SKAUN].map((m) => ({ ...union, municipalityNumber: m as never })),
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
    expect(staffChangeCoverage(document)).toHaveLength(4);
  });

  it('warns when a change has no decision date', () => {
    const document = withChange();
    const change = document.staffChanges[0];
    if (!change) throw new Error('fixture');
    change.decisionMeetingIds = [];
    // The default case's working groups add their own warnings (no union representative recorded per municipality).
    expect(
      participationCoverage(document)
        .map((w) => w.code)
        .filter((code) => code !== 'workingGroupWithoutUnionRepresentative'),
    ).toEqual(['staffChangeWithoutDecisionDate']);
  });
});
