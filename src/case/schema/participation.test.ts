import { describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';

function parseWith(extra: Record<string, unknown>) {
  return parseCase({ ...structuredClone(defaultCaseInput), ...extra });
}

const paths = (result: ReturnType<typeof parseCase>) =>
  result.success ? [] : result.issues.map((i) => i.path);

describe('decisions, participation meetings and staff changes', () => {
  it('defaults to none and keeps baseline figures unpublished', () => {
    const result = parseWith({});
    expect(result.success && result.data.decisions).toEqual([]);
    expect(result.success && result.data.publication.baselineFigures).toBe(false);
  });

  it('accepts a decision on an existing point by an existing body in an existing meeting', () => {
    const decision = {
      meetingId: 'skaun-kommunestyre-2026-03-10',
      bodyId: 'skaun-kommunestyre',
      pointNumber: 2,
      outcome: 'amended',
      amendedText: 'Ny tekst.',
    };
    expect(parseWith({ decisions: [decision] }).success).toBe(true);
  });

  it('names the field of an unknown body, point, meeting or change', () => {
    const result = parseWith({
      decisions: [{ meetingId: 'finnes-ikke', bodyId: 'ukjent', pointNumber: 7, outcome: 'adopted' }],
      participationMeetings: [
        {
          id: 'm1',
          kind: 'discussion',
          date: '2026-03-01',
          topic: { nb: 'T' },
          changeIds: ['ukjent-endring'],
        },
      ],
    });
    expect(paths(result)).toEqual([
      'decisions[0].meetingId',
      'decisions[0].bodyId',
      'decisions[0].pointNumber',
      'participationMeetings[0].changeIds[0]',
    ]);
  });

  it('refuses an unknown outcome', () => {
    const result = parseWith({
      decisions: [
        {
          meetingId: 'skaun-kommunestyre-2026-03-10',
          bodyId: 'skaun-kommunestyre',
          pointNumber: 1,
          outcome: 'maybe',
        },
      ],
    });
    expect(paths(result)).toEqual(['decisions[0].outcome']);
  });
});
