/**
 * Generates a document the councils vote on from a case: the saksframlegg or its one-page summary for one
 * municipality, the draft agreement for a model, or a municipality's settlement statement (årsoppgjør) of a
 * joint unit's year, as DOCX or PDF. Pure apart from hashing: the same case,
 * options and `revisionAt` give the same bytes. The server runs it in the compute pool (`compute/jobs.ts`),
 * the CLI directly (`flokk document`).
 * @module
 */
import { createHash } from 'node:crypto';
import { buildAgreement } from '../case/agreement/build-agreement.ts';
import type { AgreementModelId } from '../case/agreement/agreement-points.ts';
import type { FlokkDocument } from '../case/document/document-model.ts';
import { buildSaksframlegg, buildSummary, type SaksframleggOptions } from '../case/document/saksframlegg.ts';
import { buildBenefitReport } from '../case/document/benefit-report.ts';
import { buildSettlementStatement } from '../case/document/settlement-statement.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { ValidationError } from '../common/errors.ts';
import { loadLpSolver, type LpSolver } from '../engine/games/lp-solver.ts';
import type { Language } from '../i18n/language.ts';
import {
  resolveDocumentRequest,
  type DocumentKind,
  type DocumentRequest,
  type ResolvedRequest,
} from './document-request.ts';
import { contentTypeOf, renderDocument } from './render-document.ts';

export interface GenerateDocumentOptions extends DocumentRequest {
  /** When the revision was saved (ISO 8601): the document's date, never the clock. */
  revisionAt: string;
  /** The revision number, for the file name (`saksframlegg-melhus-r7.docx`); none for a case file. */
  revision?: number | undefined;
  /** The author the file's properties name (DOCX). @default 'Flokk' */
  createdBy?: string | undefined;
  /**
   * Needed when a cost key of the scenario is an LP-based allocation method (`scenarioNeedsSolver`), and by
   * the saksframlegg's key comparison (loaded here for it when absent).
   */
  solver?: LpSolver | undefined;
  /** The language of error messages. @default the document's language */
  messageLanguage?: Language | undefined;
}

export interface GeneratedDocument {
  bytes: Uint8Array;
  fileName: string;
  contentType: string;
  /** SHA-256 of `bytes`, hex. */
  sha256: string;
  /** The request as resolved against the case (defaults filled in, unused options `null`). */
  request: ResolvedRequest;
}

/** What each kind builds, and the stem of its file name in the words the municipalities file it under. */
interface KindDescriptor {
  fileStem: string;
  /** What the file name names after the stem: the municipality's name or the model. */
  subject(document: CaseDocument, request: ResolvedRequest): string;
  build(document: CaseDocument, request: ResolvedRequest, solver: LpSolver | undefined): FlokkDocument;
}

function municipalityVersion(request: ResolvedRequest, solver: LpSolver | undefined): SaksframleggOptions {
  const { municipality, scenarioId, language } = request;
  if (municipality === null || scenarioId === null) throw new Error('resolveDocumentRequest fills these in');
  return { municipality, scenarioId, language, ...(solver ? { solver } : {}) };
}

const municipalityName = (document: CaseDocument, request: ResolvedRequest) =>
  document.participants.find((p) => p.municipalityNumber === request.municipality)?.name ?? '';

const KINDS: Record<DocumentKind, KindDescriptor> = {
  saksframlegg: {
    fileStem: 'saksframlegg',
    subject: municipalityName,
    build: (document, request, solver) => buildSaksframlegg(document, municipalityVersion(request, solver)),
  },
  summary: {
    fileStem: 'sammendrag',
    subject: municipalityName,
    build: (document, request, solver) => buildSummary(document, municipalityVersion(request, solver)),
  },
  'settlement-statement': {
    fileStem: 'arsoppgjor',
    // `arsoppgjor-2027-melhus-r7.docx`: the year first, as the municipalities file a year's settlements together.
    subject: (document, request) => `${request.year ?? ''} ${municipalityName(document, request)}`,
    build(document, { municipality, unitId, year, language }) {
      if (municipality === null || unitId === null || year === null)
        throw new Error('resolveDocumentRequest fills these in');
      return buildSettlementStatement(document, { municipality, unitId, year, language });
    },
  },
  'benefit-report': {
    fileStem: 'gevinstrapport',
    // `gevinstrapport-2027-administrative-tjenester-r7.pdf`: the year, then the unit.
    subject: (_, request) => `${request.year ?? ''} ${request.unitId ?? ''}`,
    build(document, { unitId, year, language }) {
      if (unitId === null || year === null) throw new Error('resolveDocumentRequest fills these in');
      return buildBenefitReport(document, { unitId, year, language });
    },
  },
  agreement: {
    fileStem: 'avtale',
    subject: (_, request) => request.model ?? '',
    build(document, { model, language, scenarioId, final }) {
      // resolveDocumentRequest admitted only statutory agreement models, and `final` only for a complete draft.
      const options = { model: model as AgreementModelId, language, final };
      return buildAgreement(document, scenarioId === null ? options : { ...options, scenarioId }).document;
    },
  },
};

/** `Midtre Gauldal` → `midtre-gauldal`; Norwegian letters spelt out so every file system and mail client keeps them. */
export function fileNameSlug(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('æ', 'ae')
    .replaceAll('ø', 'o')
    .replaceAll('å', 'a')
    .normalize('NFKD')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
}

function fileName(document: CaseDocument, request: ResolvedRequest, revision: number | undefined): string {
  const kind = KINDS[request.kind];
  const revisionPart = revision === undefined ? '' : `-r${revision}`;
  return `${kind.fileStem}-${fileNameSlug(kind.subject(document, request))}${revisionPart}.${request.format}`;
}

/**
 * Builds and renders the document; throws a ValidationError naming the option that is unknown or missing.
 * @example await generateDocument(defaultCase(), { kind: 'saksframlegg', municipality: '5028', format: 'docx', language: 'nb', revisionAt: '2026-06-10T08:30:00Z', revision: 7 })
 * // → { fileName: 'saksframlegg-melhus-r7.docx', contentType: 'application/vnd.openxmlformats-…', sha256: '…', bytes, request }
 */
export async function generateDocument(
  document: CaseDocument,
  options: GenerateDocumentOptions,
): Promise<GeneratedDocument> {
  const messageLanguage = options.messageLanguage ?? options.language;
  const request = resolveDocumentRequest(document, options, messageLanguage);
  if (Number.isNaN(Date.parse(options.revisionAt)))
    throw new ValidationError([
      { path: 'revisionAt', code: 'invalid_date', message: `revisionAt: ${options.revisionAt.slice(0, 40)}` },
    ]);
  // The saksframlegg compares the cost keys with the nucleolus, which needs the LP solver: load it when the caller has none.
  const solver = options.solver ?? (request.kind === 'saksframlegg' ? await loadLpSolver() : undefined);
  const built = KINDS[request.kind].build(document, request, solver);
  const bytes = await renderDocument(built, request.format, {
    revisionAt: options.revisionAt,
    ...(options.createdBy === undefined ? {} : { creator: options.createdBy }),
  });
  return {
    bytes,
    fileName: fileName(document, request, options.revision),
    contentType: contentTypeOf(request.format),
    sha256: createHash('sha256').update(bytes).digest('hex'),
    request,
  };
}
