/**
 * The documents made from a case's saved revisions: the saksframlegg, a municipality's summary, the
 * cooperation agreement and a municipality's settlement statement (årsoppgjør) of a joint unit's year, as DOCX
 * or PDF/A.
 * @module
 */
import { request } from './http-client.ts';

/**
 * saksframlegg: the council report · summary: a short summary for one municipality · agreement: the cooperation
 * agreement · settlement-statement: one municipality's settlement of a joint unit's year · benefit-report: a
 * joint unit's benefit realisation in a year.
 */
export type DocumentKind =
  'saksframlegg' | 'summary' | 'agreement' | 'settlement-statement' | 'benefit-report';
/** docx: for the case and records system · pdf: PDF/A, for the archive. */
export type DocumentFormat = 'docx' | 'pdf';
/** The written standard the document is in. */
export type DocumentLanguage = 'nb' | 'nn';

export const DOCUMENT_KINDS: readonly DocumentKind[] = [
  'saksframlegg',
  'summary',
  'agreement',
  'settlement-statement',
  'benefit-report',
];
export const DOCUMENT_FORMATS: readonly DocumentFormat[] = ['docx', 'pdf'];
export const DOCUMENT_LANGUAGES: readonly DocumentLanguage[] = ['nb', 'nn'];

/** One document made, as `GET /api/cases/:caseId/documents` lists it. */
export interface DocumentMeta {
  id: string;
  caseId: string;
  /** The saved revision the document was made from. */
  revision: number;
  kind: DocumentKind;
  /** Kommunenummer, for a saksframlegg or a summary. */
  municipality: string | null;
  /** Legal model id, for an agreement. */
  model: string | null;
  scenarioId: string | null;
  format: DocumentFormat;
  language: DocumentLanguage;
  generatorVersion: string;
  /** SHA-256 of the file, in hexadecimal. */
  sha256: string;
  /** Bytes. */
  size: number;
  fileName: string;
  /** The name of the person who made it. */
  createdBy: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  /** An agreement marked final («Endelig utkast»); false for every other document. */
  final: boolean;
  /** The joint unit and year of a settlement statement; null for the other kinds. */
  unitId: string | null;
  year: number | null;
}

/** What `POST /api/cases/:caseId/documents` takes (editors and owners). */
export interface CreateDocumentRequest {
  kind: DocumentKind;
  municipality?: string;
  model?: string;
  scenarioId?: string;
  format: DocumentFormat;
  language: DocumentLanguage;
  /** The newest revision when left out. */
  revision?: number;
  /** Mark the agreement final; refused (422) while a point of its minimum content is missing. */
  final?: boolean;
  /** The joint unit and year; settlement statement only. */
  unitId?: string;
  year?: number;
}

/** One point the statute requires in the agreement, as `GET /api/cases/:caseId/agreement-check` gives it. */
export interface AgreementPointCheck {
  id: string;
  /** The paragraph that requires it («kommuneloven § 20-4 tredje ledd bokstav b»). */
  paragraph: string;
  label: string;
  status: 'present' | 'missing';
  /** The heading of the part of the draft that holds it. */
  section?: string;
  /** Why it is missing. */
  reason?: string;
  unconfirmed: boolean;
}

/** The minimum-content check of the draft agreement for a model. */
export interface AgreementCheckView {
  revision: number;
  model: string;
  scenarioId: string | null;
  points: AgreementPointCheck[];
  /** No point is missing: only then may the draft be marked final. */
  final: boolean;
}

function documentsPath(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/documents`;
}

/** The documents made for the case, newest first. */
export async function listDocuments(caseId: string, signal?: AbortSignal): Promise<DocumentMeta[]> {
  const answer = await request<{ items: DocumentMeta[] }>(documentsPath(caseId), { signal });
  return answer.items;
}

/** Makes a document; this may take some seconds. */
export async function createDocument(caseId: string, body: CreateDocumentRequest): Promise<DocumentMeta> {
  const answer = await request<{ document: DocumentMeta }>(documentsPath(caseId), { method: 'POST', body });
  return answer.document;
}

/** The minimum-content check of the draft agreement for `model` at `revision`, its points in `language`. */
export async function getAgreementCheck(
  caseId: string,
  query: { model: string; revision: number; language: DocumentLanguage },
  signal?: AbortSignal,
): Promise<AgreementCheckView> {
  const search = new URLSearchParams({
    model: query.model,
    revision: String(query.revision),
    language: query.language,
  });
  return request<AgreementCheckView>(
    `/api/cases/${encodeURIComponent(caseId)}/agreement-check?${search.toString()}`,
    { signal },
  );
}

/** Where the file is downloaded from (the server sends it as an attachment). */
export function documentFileUrl(caseId: string, documentId: string): string {
  return `${documentsPath(caseId)}/${encodeURIComponent(documentId)}/file`;
}
