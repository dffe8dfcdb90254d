/**
 * Contract: a generated document is stored once per revision, request and generator version, never changed,
 * listed newest first without its content, and read back to the last byte.
 * @module
 */
import { expect, it } from 'vitest';
import {
  getCaseDocument,
  insertCaseDocument,
  listCaseDocuments,
  type NewCaseDocument,
} from '../case-documents.ts';
import { createCase, saveRevision } from '../cases.ts';
import { QueryError } from '../query-error.ts';
import { newCase, rejection, type DatabaseAccess } from './fixtures.ts';

const ISO_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/;

/** Every byte value, and a zero byte first: bytea must keep them all. */
const CONTENT = Uint8Array.from({ length: 512 }, (_, i) => (i * 7) % 256);

function generated(caseId: string, overrides: Partial<NewCaseDocument> = {}): NewCaseDocument {
  return {
    caseId,
    revision: 1,
    kind: 'saksframlegg',
    municipality: '5028',
    model: null,
    scenarioId: 'administrative-tjenester',
    format: 'docx',
    language: 'nb',
    generatorVersion: '0.1.0+documents.1',
    final: false,
    unitId: null,
    year: null,
    sha256: 'a'.repeat(64),
    fileName: 'saksframlegg-melhus-r1.docx',
    content: CONTENT,
    createdBy: 'Kari Nordmann',
    ...overrides,
  };
}

/** Registers the generated-document tests. */
export function caseDocumentContract(db: DatabaseAccess): void {
  it('stores a document and reads its bytes back exactly', async () => {
    await createCase(db(), newCase('documents-bytes'));
    const meta = await insertCaseDocument(db(), generated('documents-bytes'));
    const { content, ...rest } = generated('documents-bytes');
    expect(meta).toEqual({
      ...rest,
      id: expect.any(String),
      size: content.byteLength,
      createdAt: expect.stringMatching(ISO_TIME),
    });
    const read = await getCaseDocument(db(), 'documents-bytes', meta.id);
    expect(read?.content).toEqual(CONTENT);
    expect(read).toMatchObject(meta);
    expect(await getCaseDocument(db(), 'documents-bytes', 'not-a-uuid')).toBeNull();
    expect(await getCaseDocument(db(), 'other-case', meta.id)).toBeNull();
  });

  it('returns the stored document for the same key (unused options NULL alike) and adds no row', async () => {
    await createCase(db(), newCase('documents-once'));
    const agreement = { kind: 'agreement', municipality: null, model: 'vertskommune-administrativ' };
    const first = await insertCaseDocument(db(), generated('documents-once', agreement));
    const again = await insertCaseDocument(
      db(),
      generated('documents-once', { ...agreement, sha256: 'b'.repeat(64), createdBy: 'Ola' }),
    );
    expect(again).toEqual(first);
    expect(await listCaseDocuments(db(), 'documents-once')).toEqual([first]);
  });

  it('keeps other revisions, formats, languages and generator versions apart, newest first', async () => {
    await createCase(db(), newCase('documents-keys'));
    await saveRevision(db(), { ...newCase('documents-keys'), baseRevision: 1 });
    const a = await insertCaseDocument(db(), generated('documents-keys'));
    const b = await insertCaseDocument(db(), generated('documents-keys', { revision: 2 }));
    const c = await insertCaseDocument(db(), generated('documents-keys', { language: 'nn' }));
    const d = await insertCaseDocument(db(), generated('documents-keys', { generatorVersion: '0.2.0' }));
    const listed = await listCaseDocuments(db(), 'documents-keys');
    expect(listed.map((m) => m.id)).toEqual([d.id, c.id, b.id, a.id]);
    expect(listed[0]).not.toHaveProperty('content');
  });

  it('keeps a final and a not-final agreement of one revision apart, and records which is final', async () => {
    await createCase(db(), newCase('documents-final'));
    const agreement = { kind: 'agreement', municipality: null, model: 'vertskommune-administrativ' };
    const draft = await insertCaseDocument(db(), generated('documents-final', agreement));
    const final = await insertCaseDocument(db(), generated('documents-final', { ...agreement, final: true }));
    expect([draft.final, final.final]).toEqual([false, true]);
    expect(final.id).not.toBe(draft.id);
    const again = await insertCaseDocument(db(), generated('documents-final', { ...agreement, final: true }));
    expect(again.id).toBe(final.id);
    const listed = await listCaseDocuments(db(), 'documents-final');
    expect(listed.map((m) => [m.id, m.final])).toEqual([
      [final.id, true],
      [draft.id, false],
    ]);
    expect((await getCaseDocument(db(), 'documents-final', final.id))?.final).toBe(true);
    // Insert-only holds for the new column too: a draft cannot be turned final afterwards.
    const error = await rejection(
      db().query('UPDATE case_documents SET final = true WHERE id = $1', [draft.id]),
    );
    expect(error).toMatchObject({ sqlState: '23001' });
  });

  it('keeps the settlement statements of two units and two years apart', async () => {
    await createCase(db(), newCase('documents-unit-year'));
    const statement = (unitId: string, year: number) =>
      generated('documents-unit-year', { kind: 'settlement-statement', scenarioId: null, unitId, year });
    const a = await insertCaseDocument(db(), statement('adm', 2027));
    const b = await insertCaseDocument(db(), statement('adm', 2028));
    const c = await insertCaseDocument(db(), statement('ikt', 2027));
    const again = await insertCaseDocument(db(), statement('adm', 2027));
    expect(again.id).toBe(a.id);
    expect(new Set([a.id, b.id, c.id]).size).toBe(3);
    expect([a, b, c].map((m) => [m.unitId, m.year])).toEqual([
      ['adm', 2027],
      ['adm', 2028],
      ['ikt', 2027],
    ]);
    expect((await getCaseDocument(db(), 'documents-unit-year', b.id))?.year).toBe(2028);
  });

  it('stores a document written without the final column as not final', async () => {
    await createCase(db(), newCase('documents-final-default'));
    await db().query(
      `INSERT INTO case_documents (case_id, revision, kind, municipality, model, scenario_id, format, language,
         generator_version, sha256, size, file_name, content, created_by_name)
       VALUES ('documents-final-default', 1, 'summary', '5028', NULL, 's', 'pdf', 'nb', '0.1.0', $1, 1, 'f.pdf', $2, 'K')`,
      ['c'.repeat(64), new Uint8Array([1])],
    );
    const [listed] = await listCaseDocuments(db(), 'documents-final-default');
    expect(listed?.final).toBe(false);
  });

  it('refuses a document of a revision that does not exist', async () => {
    await createCase(db(), newCase('documents-no-revision'));
    const error = await rejection(
      insertCaseDocument(db(), generated('documents-no-revision', { revision: 9 })),
    );
    expect(error).toBeInstanceOf(QueryError);
    expect(error).toMatchObject({ sqlState: '23503' });
  });

  it('never changes or deletes a stored document', async () => {
    await createCase(db(), newCase('documents-fixed'));
    const meta = await insertCaseDocument(db(), generated('documents-fixed'));
    for (const sql of [
      `UPDATE case_documents SET sha256 = 'x' WHERE id = $1`,
      'DELETE FROM case_documents WHERE id = $1',
    ]) {
      const error = await rejection(db().query(sql, [meta.id]));
      expect(error).toMatchObject({ sqlState: '23001' });
    }
    expect((await getCaseDocument(db(), 'documents-fixed', meta.id))?.sha256).toBe('a'.repeat(64));
  });
}
