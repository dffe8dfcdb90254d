import { describe, expect, it } from 'vitest';
import { staffChangeCoverage } from '../../../case/process/coverage.ts';
import { defaultCase } from '../../../case/default-case/default-case.ts';
import { parseCase } from '../../../case/parse-case.ts';
import { MunicipalityNumber } from '../../../case/schema/common.ts';
import {
  applyParticipationDraft,
  attendeeOptions,
  fieldIdForPath,
  freshId,
  participationDraft,
  validateParticipationDraft,
  type ParticipationDraft,
} from './participation-draft.ts';

const change = {
  id: 'endring-1',
  title: 'Lønn flyttes til vertskommunen',
  serviceAreaIds: ['lonn-regnskap-fakturering'],
  decisionMeetingId: '',
  decisionDate: '2026-06-15',
  meetingIds: [],
};

describe('participation draft', () => {
  it('starts empty for the default case and offers members by role and municipality', () => {
    const document = defaultCase();
    expect(participationDraft(document)).toEqual({ meetings: [], changes: [] });
    const options = attendeeOptions(document);
    for (const municipalityNumber of ['5027', '5028', '5029'])
      expect(options).toContainEqual({ role: 'chiefExecutive', municipalityNumber });
    expect(new Set(options.map((o) => `${o.role}|${o.municipalityNumber ?? ''}`)).size).toBe(options.length);
  });

  it('flags a change without a prior discussion, and a discussion before the decision clears it', () => {
    const document = defaultCase();
    const withChange = applyParticipationDraft(document, { meetings: [], changes: [change] });
    expect(parseCase(withChange).success).toBe(true);
    // § 16-5: one discussion warning per employer (municipality) until each has discussed it.
    expect(staffChangeCoverage(withChange).map((w) => w.code)).toEqual([
      'staffChangeWithoutInformation',
      'staffChangeWithoutDiscussion',
      'staffChangeWithoutDiscussion',
      'staffChangeWithoutDiscussion',
    ]);
    const draft: ParticipationDraft = {
      meetings: [
        {
          id: 'medvirkning-1',
          kind: 'informationAndDiscussion',
          date: '2026-05-20',
          topic: 'Lønn og regnskap',
          participants: ['5027', '5028', '5029'].map((n) => ({
            role: 'unionRepresentative' as const,
            municipalityNumber: MunicipalityNumber.parse(n),
            union: 'Fagforbundet',
          })),
          decided: '',
          minutesReference: 'Referat 2026/12',
        },
      ],
      changes: [{ ...change, meetingIds: ['medvirkning-1'] }],
    };
    const next = applyParticipationDraft(withChange, draft);
    expect(parseCase(next).success).toBe(true);
    expect(next.participationMeetings[0]?.changeIds).toEqual(['endring-1']);
    expect(next.participationMeetings[0]).not.toHaveProperty('decided');
    expect(staffChangeCoverage(next)).toEqual([]);
    expect(participationDraft(next)).toEqual(draft);
  });

  it('names the field path of each issue and the input that edits it', () => {
    const issues = validateParticipationDraft(
      defaultCase(),
      {
        meetings: [
          {
            id: 'medvirkning-1',
            kind: 'information',
            date: '20.05.2026',
            topic: '',
            participants: [],
            decided: '',
            minutesReference: '',
          },
        ],
        changes: [{ ...change, title: '' }],
      },
      'nb',
    );
    expect(issues.map((i) => [i.path, i.fieldId])).toEqual([
      ['participationMeetings[0].date', 'participation-meeting-0-date'],
      ['participationMeetings[0].topic.nb', 'participation-meeting-0-topic'],
      ['staffChanges[0].title.nb', 'staff-change-0-title'],
    ]);
    expect(fieldIdForPath('staffChanges[2].decisionMeetingIds[0]')).toBe('staff-change-2-decisionMeetingId');
    expect(fieldIdForPath('baseline[0].fte')).toBeUndefined();
  });

  it('makes fresh ids', () => {
    expect(freshId('endring', ['endring-1', 'endring-2'])).toBe('endring-3');
  });
});
