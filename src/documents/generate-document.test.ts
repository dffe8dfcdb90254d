import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { defaultCase } from '../case/default-case/default-case.ts';
import { RuleViolationError, ValidationError } from '../common/errors.ts';
import { fileNameSlug, generateDocument, type GenerateDocumentOptions } from './generate-document.ts';

const REVISION_AT = '2026-06-10T08:30:00Z';
const MELHUS: GenerateDocumentOptions = {
  kind: 'saksframlegg',
  municipality: '5028',
  format: 'docx',
  language: 'nb',
  revisionAt: REVISION_AT,
  revision: 7,
};

const documentXml = (bytes: Uint8Array) => {
  const part = unzipSync(bytes)['word/document.xml'];
  if (!part) throw new Error('no word/document.xml');
  return strFromU8(part);
};

async function issueOf(options: GenerateDocumentOptions) {
  const error: unknown = await generateDocument(defaultCase(), options).then(
    () => null,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(ValidationError);
  return (error as ValidationError).issues[0];
}

describe('generateDocument', () => {
  it('writes Melhus’ saksframlegg as DOCX, named by municipality and revision, hashed, the same bytes each time', async () => {
    const first = await generateDocument(defaultCase(), MELHUS);
    expect(first.fileName).toBe('saksframlegg-melhus-r7.docx');
    expect(first.contentType).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(first.sha256).toBe(createHash('sha256').update(first.bytes).digest('hex'));
    expect(first.request).toEqual({
      kind: 'saksframlegg',
      municipality: '5028',
      model: null,
      scenarioId: 'administrative-tjenester',
      format: 'docx',
      language: 'nb',
      final: false,
      unitId: null,
      year: null,
    });
    expect(documentXml(first.bytes)).toContain('Kommunedirektørens innstilling');
    expect((await generateDocument(defaultCase(), MELHUS)).sha256).toBe(first.sha256);
  });

  it('writes the summary in nynorsk and the draft agreement for a model', async () => {
    const summary = await generateDocument(defaultCase(), { ...MELHUS, kind: 'summary', language: 'nn' });
    expect(summary.fileName).toBe('sammendrag-melhus-r7.docx');
    const agreement = await generateDocument(defaultCase(), {
      ...MELHUS,
      municipality: undefined,
      kind: 'agreement',
      model: 'vertskommune-administrativ',
      revision: undefined,
    });
    expect(agreement.fileName).toBe('avtale-vertskommune-administrativ.docx');
    expect(documentXml(agreement.bytes)).toContain('Vertskommuneavtale');
    expect(documentXml(agreement.bytes)).toContain('Utkast – ikke endelig.');
  });

  it('refuses to mark an incomplete agreement final (422), naming each missing point with its paragraph', async () => {
    const agreement = { ...MELHUS, municipality: undefined, kind: 'agreement' as const };
    const found = await issueOf({ ...agreement, model: 'vertskommune-administrativ', final: true });
    expect(found).toMatchObject({ path: 'final', code: 'agreement_incomplete' });
    expect(found?.message).toContain('kommuneloven § 20-4 tredje ledd bokstav');
    const error: unknown = await generateDocument(defaultCase(), {
      ...agreement,
      model: 'vertskommune-administrativ',
      final: true,
    }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(RuleViolationError);
    expect(await issueOf({ ...MELHUS, final: true })).toMatchObject({ path: 'final', code: 'not_used' });
  });

  it('names the option that is unknown, missing or not used by the kind', async () => {
    expect(await issueOf({ ...MELHUS, municipality: '9999' })).toMatchObject({
      path: 'municipality',
      code: 'unknown',
    });
    expect(await issueOf({ ...MELHUS, scenarioId: 'finnes-ikke' })).toMatchObject({ path: 'scenarioId' });
    expect(await issueOf({ ...MELHUS, model: 'vertskommune-administrativ' })).toMatchObject({
      path: 'model',
      code: 'not_used',
    });
    expect(await issueOf({ ...MELHUS, kind: 'agreement', municipality: undefined })).toMatchObject({
      path: 'model',
      code: 'required',
    });
    expect(
      await issueOf({
        ...MELHUS,
        kind: 'agreement',
        municipality: undefined,
        model: 'interkommunalt-avtale',
      }),
    ).toMatchObject({ path: 'model', code: 'unknown' });
  });

  it('spells file names without Norwegian letters or spaces', () => {
    expect(fileNameSlug('Midtre Gauldal')).toBe('midtre-gauldal');
    expect(fileNameSlug('Våler (Østfold)')).toBe('valer-ostfold');
    expect(fileNameSlug('Bærum')).toBe('baerum');
  });
});
