/**
 * Documents generated from a revision: written once and never changed (the table refuses UPDATE and DELETE).
 * The same case, revision, request and generator version is one document, so storing it again returns the
 * row stored first. Lists carry no content; only `getCaseDocument` reads the bytes.
 * @module
 */
import type { Queryable } from './database.ts';

/** What identifies a generated document besides its case and revision. */
export interface CaseDocumentKey {
  caseId: string;
  revision: number;
  kind: string;
  municipality: string | null;
  model: string | null;
  scenarioId: string | null;
  format: string;
  language: string;
  generatorVersion: string;
  /** A draft agreement marked final («Endelig utkast»); false for every other document. */
  final: boolean;
  /** The joint unit and year of a settlement statement or benefit report; `null` for the other kinds. */
  unitId: string | null;
  year: number | null;
}

export interface CaseDocumentMeta extends CaseDocumentKey {
  id: string;
  /** SHA-256 of the content, hex. */
  sha256: string;
  /** Bytes. */
  size: number;
  fileName: string;
  /** The name of who generated it, as it was then. */
  createdBy: string;
  /** ISO 8601. */
  createdAt: string;
}

export interface NewCaseDocument extends CaseDocumentKey {
  sha256: string;
  fileName: string;
  content: Uint8Array;
  createdBy: string;
}

type MetaRow = {
  id: string;
  case_id: string;
  revision: number;
  kind: string;
  municipality: string | null;
  model: string | null;
  scenario_id: string | null;
  format: string;
  language: string;
  generator_version: string;
  final: boolean;
  unit_id: string | null;
  year: number | null;
  sha256: string;
  size: number;
  file_name: string;
  created_by_name: string;
  created_at: Date | string;
};

const META_COLUMNS = `id, case_id, revision, kind, municipality, model, scenario_id, format, language,
  generator_version, final, unit_id, year, sha256, size, file_name, created_by_name, created_at`;

/** The key columns, compared so that NULL equals NULL (an unused option). */
const KEY_MATCH = `case_id = $1 AND revision = $2 AND kind = $3 AND municipality IS NOT DISTINCT FROM $4
  AND model IS NOT DISTINCT FROM $5 AND scenario_id IS NOT DISTINCT FROM $6 AND format = $7 AND language = $8
  AND generator_version = $9 AND final = $10 AND unit_id IS NOT DISTINCT FROM $11
  AND year IS NOT DISTINCT FROM $12`;

function keyParams(key: CaseDocumentKey): unknown[] {
  return [
    key.caseId,
    key.revision,
    key.kind,
    key.municipality,
    key.model,
    key.scenarioId,
    key.format,
    key.language,
    key.generatorVersion,
    key.final,
    key.unitId,
    key.year,
  ];
}

function toMeta(row: MetaRow): CaseDocumentMeta {
  return {
    id: row.id,
    caseId: row.case_id,
    revision: Number(row.revision),
    kind: row.kind,
    municipality: row.municipality,
    model: row.model,
    scenarioId: row.scenario_id,
    format: row.format,
    language: row.language,
    generatorVersion: row.generator_version,
    final: row.final === true,
    unitId: row.unit_id,
    year: row.year === null ? null : Number(row.year),
    sha256: row.sha256,
    size: Number(row.size),
    fileName: row.file_name,
    createdBy: row.created_by_name,
    createdAt: new Date(row.created_at).toISOString(),
  };
}

/** The document stored for the key, without its content, or `null`. */
export async function findCaseDocument(
  db: Queryable,
  key: CaseDocumentKey,
): Promise<CaseDocumentMeta | null> {
  const rows = await db.query<MetaRow>(
    `SELECT ${META_COLUMNS} FROM case_documents WHERE ${KEY_MATCH}`,
    keyParams(key),
  );
  return rows[0] ? toMeta(rows[0]) : null;
}

/**
 * Stores a generated document and returns its meta; when one with the same key is stored (another request
 * generated it first), returns that one and stores nothing.
 * Throws QueryError (foreign key violation) when the revision does not exist.
 */
export async function insertCaseDocument(
  db: Queryable,
  document: NewCaseDocument,
): Promise<CaseDocumentMeta> {
  const rows = await db.query<MetaRow>(
    `INSERT INTO case_documents
       (case_id, revision, kind, municipality, model, scenario_id, format, language, generator_version, final,
        unit_id, year, sha256, size, file_name, content, created_by_name)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14, $15, $16, $17)
     ON CONFLICT DO NOTHING
     RETURNING ${META_COLUMNS}`,
    [
      ...keyParams(document),
      document.sha256,
      document.content.byteLength,
      document.fileName,
      document.content,
      document.createdBy,
    ],
  );
  if (rows[0]) return toMeta(rows[0]);
  const stored = await findCaseDocument(db, document);
  if (!stored) throw new Error('case_documents: the insert conflicted, but no row has its key');
  return stored;
}

/** The case's documents, newest first, without their content. */
export async function listCaseDocuments(db: Queryable, caseId: string): Promise<CaseDocumentMeta[]> {
  const rows = await db.query<MetaRow>(
    `SELECT ${META_COLUMNS} FROM case_documents WHERE case_id = $1 ORDER BY seq DESC`,
    [caseId],
  );
  return rows.map(toMeta);
}

/** One document with its content, or `null` when the case has no document with that id. */
export async function getCaseDocument(
  db: Queryable,
  caseId: string,
  id: string,
): Promise<(CaseDocumentMeta & { content: Uint8Array<ArrayBuffer> }) | null> {
  const rows = await db.query<MetaRow & { content: Uint8Array }>(
    `SELECT ${META_COLUMNS}, content FROM case_documents WHERE case_id = $1 AND id::text = $2`,
    [caseId, id],
  );
  const row = rows[0];
  if (!row) return null;
  // node-postgres gives a Buffer (a view into a shared pool), PGlite a Uint8Array: a copy is the same on both.
  return { ...toMeta(row), content: new Uint8Array(row.content) };
}
