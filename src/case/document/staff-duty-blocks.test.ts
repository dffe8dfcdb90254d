import { describe, expect, it } from 'vitest';
import { defaultCase, defaultCaseInput } from '../default-case/default-case.ts';
import { parseCase } from '../parse-case.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { Block } from './document-model.ts';
import { saksframleggContext } from './saksframlegg-context.ts';
import { staffDutyBlocks } from './staff-duty-blocks.ts';

const SCENARIO = 'administrative-tjenester';
const base = defaultCase();
const blocksOf = (document: CaseDocument, municipality = '5028', language: 'nb' | 'nn' = 'nb') =>
  staffDutyBlocks(saksframleggContext(document, { municipality, scenarioId: SCENARIO, language }));
const tableOf = (blocks: Block[]) =>
  blocks.find((b): b is Extract<Block, { kind: 'table' }> => b.kind === 'table');

/** The payroll staff move to Melhus as host; one meeting with Midtre Gauldal's and Melhus' union representatives. */
const parsed = parseCase({
  ...structuredClone(defaultCaseInput),
  staffChanges: [
    {
      id: 'lonn-til-melhus',
      title: { nb: 'Lønn og regnskap flyttes til Melhus', nn: 'Løn og rekneskap blir flytta til Melhus' },
      serviceAreaIds: ['lonn-regnskap-fakturering'],
      decisionMeetingIds: [],
      decisionDate: '2026-09-01',
    },
  ],
  participationMeetings: [
    {
      id: 'drofting-mai',
      kind: 'informationAndDiscussion',
      date: '2026-05-04',
      topic: { nb: 'Overføring av lønn og regnskap' },
      changeIds: ['lonn-til-melhus'],
      participants: [
        { role: 'unionRepresentative', municipalityNumber: '5027' },
        { role: 'unionRepresentative', municipalityNumber: '5028' },
        { role: 'employee', municipalityNumber: '5027' },
      ],
    },
  ],
  legalAssessment: {
    procurementAnswers: [],
    staffTransfers: [
      {
        changeId: 'lonn-til-melhus',
        modelId: 'vertskommune-administrativ',
        newEmployerMunicipalityNumber: '5028',
        newEmployerMeetingIds: [],
      },
    ],
  },
});
if (!parsed.success) throw new Error(JSON.stringify(parsed.issues));
const withTransfer = parsed.data;

describe('staffDutyBlocks', () => {
  it('without a recorded transfer: a § 16-5 line per municipality and the § 16-6 line, shown as placeholders', () => {
    const rows = tableOf(blocksOf(base))?.rows ?? [];
    expect(rows.map((r) => [r[0], r[1], r[3]])).toEqual([
      [
        'Informasjon og drøfting med tillitsvalgte (aml. § 16-5)',
        'Midtre Gauldal',
        'plassholder – ikke fastsatt',
      ],
      ['Informasjon og drøfting med tillitsvalgte (aml. § 16-5)', 'Melhus', 'plassholder – ikke fastsatt'],
      ['Informasjon og drøfting med tillitsvalgte (aml. § 16-5)', 'Skaun', 'plassholder – ikke fastsatt'],
      ['Informasjon til hver ansatt (aml. § 16-6)', 'Alle arbeidsgiverne', 'plassholder – ikke fastsatt'],
    ]);
  });

  it('reads a planned transfer against the dated meetings: a § 16-5 line per employer, with the dates', () => {
    const rows = tableOf(blocksOf(withTransfer))?.rows ?? [];
    const section16_5 = rows.filter((r) => r[0]?.endsWith('(aml. § 16-5)'));
    expect(section16_5).toEqual([
      ['Informasjon og drøfting med tillitsvalgte (aml. § 16-5)', 'Midtre Gauldal', '4.5.2026', 'oppfylt'],
      [
        'Informasjon og drøfting med tillitsvalgte (aml. § 16-5)',
        'Skaun',
        'ingen registrert',
        'Informasjon og drøfting med tillitsvalgte (aml. § 16-5): mangler datert informasjon og datert drøfting for Skaun (gammel arbeidsgiver) før vedtaket 2026-09-01.',
      ],
      ['Informasjon og drøfting med tillitsvalgte (aml. § 16-5)', 'Melhus', '4.5.2026', 'oppfylt'],
    ]);
    // § 16-6: an employee was informed in the meeting.
    expect(rows.find((r) => r[0]?.includes('§ 16-6'))?.slice(2)).toEqual(['4.5.2026', 'oppfylt']);
  });

  it('names the change, the model and the decision date', () => {
    const intro = blocksOf(withTransfer)[2];
    expect(intro?.kind === 'paragraph' && intro.content[0]?.text).toBe(
      'Lønn og regnskap flyttes til Melhus (modell: Administrativt vertskommunesamarbeid; vedtak: 1.9.2026).',
    );
  });

  it('names the working groups without a union representative from a municipality', () => {
    const last = blocksOf(base).at(-1);
    expect(last?.kind === 'paragraph' && last.content.map((i) => i.text).join('')).toContain(
      'har ingen tillitsvalgt fra Midtre Gauldal, Melhus og Skaun.',
    );
  });

  it('is the same in every municipality’s version, and writes nynorsk', () => {
    expect(blocksOf(withTransfer, '5029')).toEqual(blocksOf(withTransfer));
    const nn = JSON.stringify(blocksOf(withTransfer, '5028', 'nn'));
    expect(nn).toContain('Informasjon og drøfting med tillitsvalde (aml. § 16-5)');
    expect(nn).toContain('Løn og rekneskap blir flytta til Melhus');
  });
});
