import { describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import { staffTransferChecklists } from './staff-transfer-checklist.ts';

const union = (municipalityNumber: string) => ({ role: 'unionRepresentative', municipalityNumber });

/** The default case with a planned transfer of the payroll staff to Melhus as host (test data, not from the seeds). */
function caseWith(meetings: Record<string, unknown>[], reservationDeadline?: string) {
  const raw = structuredClone(defaultCaseInput) as Record<string, unknown>;
  raw.staffChanges = [
    {
      id: 'lonn-til-vertskommune',
      title: { nb: 'Lønn samles i Melhus' },
      serviceAreaIds: ['lonn-regnskap-fakturering'],
      decisionDate: '2026-06-18',
    },
  ];
  raw.participationMeetings = meetings.map((m) => ({
    topic: { nb: 'Overføring av lønn' },
    changeIds: ['lonn-til-vertskommune'],
    ...m,
  }));
  raw.legalAssessment = {
    staffTransfers: [
      {
        changeId: 'lonn-til-vertskommune',
        modelId: 'vertskommune-administrativ',
        newEmployerMunicipalityNumber: '5028',
        ...(reservationDeadline ? { reservationDeadline } : {}),
      },
    ],
  };
  const parsed = parseCase(raw);
  if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
  return staffTransferChecklists(parsed.data)[0]!;
}

const section16_5 = (checklist: ReturnType<typeof caseWith>) =>
  checklist.duties.filter((d) => d.code === 'section16_5');

describe('the staff-transfer checklist reads the participation record (aml. § 16-5 [S30e])', () => {
  it('names Melhus as new employer and Midtre Gauldal and Skaun as old employers', () => {
    const checklist = caseWith([]);
    expect(checklist.employers.map((e) => [e.name, e.role])).toEqual([
      ['Midtre Gauldal', 'old'],
      ['Skaun', 'old'],
      ['Melhus', 'new'],
    ]);
    expect(checklist.decisionDate).toBe('2026-06-18');
    expect(checklist.consequences.chapter16.value).toBe('applies');
  });

  it('keeps the § 16-5 warning until both the old and the new employer have a dated discussion before the decision', () => {
    const oldOnly = caseWith([
      {
        id: 'drofting-gamle',
        kind: 'informationAndDiscussion',
        date: '2026-05-04',
        participants: [union('5027'), union('5029')],
      },
    ]);
    expect(section16_5(oldOnly).map((d) => d.met)).toEqual([true, true, false]);
    expect(section16_5(oldOnly)[2]?.warning?.nb).toContain(
      'for Melhus (ny arbeidsgiver) før vedtaket 2026-06-18',
    );
    expect(oldOnly.complete).toBe(false);

    const both = caseWith([
      {
        id: 'drofting-gamle',
        kind: 'informationAndDiscussion',
        date: '2026-05-04',
        participants: [union('5027'), union('5029')],
      },
      {
        id: 'drofting-melhus',
        kind: 'informationAndDiscussion',
        date: '2026-05-11',
        participants: [union('5028')],
      },
    ]);
    expect(section16_5(both).every((d) => d.met)).toBe(true);
    expect(section16_5(both)[2]?.meetings.map((m) => m.date)).toEqual(['2026-05-11']);
  });

  // Aml. § 16-3 [L9]: the deadline may not be shorter than 14 days after the § 16-6 information.
  it('computes the reservation deadline from the § 16-6 information to the employees', () => {
    const checklist = caseWith(
      [{ id: 'allmote', kind: 'information', date: '2026-05-20', participants: [{ role: 'employee' }] }],
      '2026-05-29',
    );
    expect(checklist.duties.find((d) => d.code === 'section16_6')?.met).toBe(true);
    expect(checklist.reservation).toMatchObject({
      informationDate: '2026-05-20',
      earliestDeadline: '2026-06-03',
      setDeadline: '2026-05-29',
      tooShort: true,
    });
  });

  it('refuses a transfer naming an unknown change, with the field named', () => {
    const raw = structuredClone(defaultCaseInput) as Record<string, unknown>;
    raw.legalAssessment = {
      staffTransfers: [{ changeId: 'finnes-ikke', modelId: 'vertskommune-administrativ' }],
    };
    const parsed = parseCase(raw);
    expect(parsed.success).toBe(false);
    expect(parsed.success ? [] : parsed.issues.map((i) => i.path)).toContain(
      'legalAssessment.staffTransfers[0].changeId',
    );
  });
});

describe('a transfer to a new entity named by its model', () => {
  it('names the new employer in the reader’s language: «Kommunalt oppgåvefellesskap» in nynorsk, not bokmål', () => {
    const raw = structuredClone(defaultCaseInput) as Record<string, unknown>;
    raw.staffChanges = [
      {
        id: 'lonn-til-fellesskap',
        title: { nb: 'Lønn til fellesskapet' },
        serviceAreaIds: ['lonn-regnskap-fakturering'],
      },
    ];
    raw.legalAssessment = {
      staffTransfers: [{ changeId: 'lonn-til-fellesskap', modelId: 'kommunalt-oppgavefellesskap' }],
    };
    const parsed = parseCase(raw);
    if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
    const checklist = staffTransferChecklists(parsed.data)[0]!;
    const entity = checklist.employers.find((e) => e.role === 'new');
    expect(entity?.names).toEqual({
      nb: 'Kommunalt oppgavefellesskap',
      nn: 'Kommunalt oppgåvefellesskap',
      en: 'Joint municipal task community',
    });
    const warning = checklist.duties.find((d) => d.employer?.role === 'new' && d.warning)?.warning;
    expect(warning?.nn).toContain('Kommunalt oppgåvefellesskap');
    expect(warning?.nn).not.toContain('oppgavefellesskap');
    expect(warning?.nb).toContain('Kommunalt oppgavefellesskap');
    expect(warning?.en).toContain('Joint municipal task community');
  });
});
