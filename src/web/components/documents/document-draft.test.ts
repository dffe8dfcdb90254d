import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/use-t.ts';
import { checkDraft, initialDraft, serverFormErrors, type DocumentChoices } from './document-draft.ts';

const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);
const choices: DocumentChoices = {
  municipalities: ['5028', '5027'],
  models: ['vertskommune'],
  latestRevision: 3,
  unitYears: ['administrative-tjenester/2027'],
};

describe('checkDraft', () => {
  it('starts as a saksframlegg as DOCX from the newest revision, in the chosen language', () => {
    expect(initialDraft(3, 'nn')).toEqual({
      kind: 'saksframlegg',
      municipality: '',
      model: '',
      format: 'docx',
      language: 'nn',
      revision: '3',
      final: false,
      unitYear: '',
    });
  });

  it('sends a settlement statement for one municipality, unit and year, and asks for the unit and year', () => {
    const draft = { ...initialDraft(3, 'nb'), kind: 'settlement-statement' as const, municipality: '5028' };
    expect(checkDraft(draft, choices, t)).toEqual({
      ok: false,
      errors: [{ fieldId: 'document-unit-year', message: 'documents.error.unitYear' }],
    });
    expect(checkDraft({ ...draft, unitYear: 'administrative-tjenester/2027' }, choices, t)).toEqual({
      ok: true,
      request: {
        kind: 'settlement-statement',
        municipality: '5028',
        unitId: 'administrative-tjenester',
        year: 2027,
        format: 'docx',
        language: 'nb',
        revision: 3,
      },
    });
    // The benefit report is the unit's: no municipality is sent.
    const report = { ...draft, kind: 'benefit-report' as const, unitYear: 'administrative-tjenester/2027' };
    expect(checkDraft(report, choices, t)).toMatchObject({
      ok: true,
      request: { kind: 'benefit-report', unitId: 'administrative-tjenester', year: 2027 },
    });
    const sent = checkDraft(report, choices, t);
    expect(sent.ok && 'municipality' in sent.request).toBe(false);
    // A year the unit has no budget for is not among the choices.
    expect(checkDraft({ ...draft, unitYear: 'administrative-tjenester/2028' }, choices, t).ok).toBe(false);
  });

  it('sends final only for an agreement marked so', () => {
    const draft = {
      ...initialDraft(3, 'nb'),
      kind: 'agreement' as const,
      model: 'vertskommune',
      final: true,
    };
    expect(checkDraft(draft, choices, t)).toMatchObject({ ok: true, request: { final: true } });
    const saksframlegg = { ...initialDraft(3, 'nb'), municipality: '5028', final: true };
    const check = checkDraft(saksframlegg, choices, t);
    expect(check.ok && 'final' in check.request).toBe(false);
  });

  it('sends a saksframlegg for one municipality, without a model', () => {
    const check = checkDraft(
      { ...initialDraft(3, 'nb'), municipality: '5028', model: 'vertskommune' },
      choices,
      t,
    );
    expect(check).toEqual({
      ok: true,
      request: { kind: 'saksframlegg', municipality: '5028', format: 'docx', language: 'nb', revision: 3 },
    });
  });

  it('sends the agreement for one model, without a municipality, from an older revision as PDF/A', () => {
    const draft = { ...initialDraft(3, 'nb'), kind: 'agreement' as const, municipality: '5028' };
    const check = checkDraft({ ...draft, model: 'vertskommune', format: 'pdf', revision: ' 1 ' }, choices, t);
    expect(check).toEqual({
      ok: true,
      request: { kind: 'agreement', model: 'vertskommune', format: 'pdf', language: 'nb', revision: 1 },
    });
  });

  it('asks for the municipality and a revision that exists, each at its field', () => {
    const check = checkDraft({ ...initialDraft(3, 'nb'), kind: 'summary', revision: '4' }, choices, t);
    expect(check).toEqual({
      ok: false,
      errors: [
        { fieldId: 'document-municipality', message: 'documents.error.municipality' },
        { fieldId: 'document-revision', message: 'documents.error.revision {"latest":3}' },
      ],
    });
  });

  it.each(['0', '1.5', '-1', '', 'tre'])('refuses the revision %j', (revision) => {
    const check = checkDraft({ ...initialDraft(3, 'nb'), municipality: '5027', revision }, choices, t);
    expect(check.ok).toBe(false);
  });

  it('says so when the case has no legal models for the agreement', () => {
    const draft = { ...initialDraft(1, 'nb'), kind: 'agreement' as const };
    expect(checkDraft(draft, { ...choices, models: [] }, t)).toEqual({
      ok: false,
      errors: [{ fieldId: 'document-model', message: 'documents.error.noModels' }],
    });
    expect(checkDraft(draft, choices, t)).toEqual({
      ok: false,
      errors: [{ fieldId: 'document-model', message: 'documents.error.model' }],
    });
  });
});

describe('serverFormErrors', () => {
  it('points the server’s issues at the fields in its own words, and lists the rest without a link', () => {
    expect(
      serverFormErrors([
        { path: 'revision', code: 'not_found', message: 'Revisjon 9 finnes ikke.' },
        { path: 'municipality', code: 'unknown_reference', message: 'Kommunen er ikke med i saken.' },
        { path: 'scenarioId', code: 'unknown_reference', message: 'Fant ikke scenarioet.' },
      ]),
    ).toEqual([
      { fieldId: 'document-revision', message: 'Revisjon 9 finnes ikke.' },
      { fieldId: 'document-municipality', message: 'Kommunen er ikke med i saken.' },
      { fieldId: undefined, message: 'Fant ikke scenarioet.' },
    ]);
  });
});
