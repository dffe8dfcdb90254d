/**
 * Documents the councils vote on, generated from a saved revision (the saksframlegg, its summary, the draft
 * agreement, a municipality's settlement statement) as DOCX or PDF, stored once with their SHA-256 and handed out as they were stored. Generating the
 * same document again (same revision, options and generator version) returns the stored one.
 * @module
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { MAX_REVISION } from '../../case/query-params.ts';
import { Id, MunicipalityKey } from '../../case/schema/common.ts';
import { NotFoundError } from '../../common/errors.ts';
import {
  DOCUMENT_KINDS,
  DOCUMENT_LANGUAGES,
  resolveDocumentRequest,
} from '../../documents/document-request.ts';
import {
  contentTypeOf,
  DOCUMENT_FORMATS,
  DOCUMENT_GENERATOR_VERSION,
  isDocumentFormat,
} from '../../documents/render-document.ts';
import type { Language } from '../../i18n/language.ts';
import {
  findCaseDocument,
  getCaseDocument,
  insertCaseDocument,
  listCaseDocuments,
  type CaseDocumentMeta,
} from '../../storage/case-documents.ts';
import type { DocumentJobResult } from '../compute/jobs.ts';
import type { AppEnv } from '../context.ts';
import { loadRevision, revisionFromCache, type LoadedRevision } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const GenerateDocument = z.strictObject({
  kind: z.enum(DOCUMENT_KINDS).meta({
    description:
      'saksframlegg, summary (one page), agreement (draft), settlement-statement (a municipality’s årsoppgjør of a joint unit’s year) or benefit-report (a joint unit’s benefit realisation in a year)',
  }),
  municipality: MunicipalityKey.optional().meta({
    description:
      'Kommunenummer of the version; saksframlegg, summary and settlement-statement only, required there',
  }),
  model: Id.optional().meta({
    description: 'Agreement model (vertskommune-administrativ …); agreement only',
  }),
  scenarioId: Id.optional().meta({
    description:
      "Omitted: the case's first scenario with the municipality (saksframlegg, summary), the scenario of the model's terms (agreement)",
  }),
  format: z.enum(DOCUMENT_FORMATS),
  language: z.enum(DOCUMENT_LANGUAGES),
  revision: z.number().int().min(1).max(MAX_REVISION).optional().meta({ description: 'Omitted: the newest' }),
  final: z.boolean().optional().meta({
    description:
      'Mark the agreement «Endelig utkast» (agreement only); 422 agreement_incomplete naming each missing point with its paragraph while the minimum-content check has one',
  }),
  unitId: Id.optional().meta({
    description:
      'The joint unit (operations.units[].id); settlement-statement and benefit-report only, required there',
  }),
  year: z.number().int().min(2000).max(2100).optional().meta({
    description:
      'The year; settlement-statement (a year the unit has a budget for) and benefit-report only, required there',
  }),
});

const DocumentMeta = z
  .object({
    id: z.string(),
    caseId: z.string(),
    revision: z.number().int(),
    kind: z.enum(DOCUMENT_KINDS),
    municipality: z.string().nullable(),
    model: z.string().nullable(),
    scenarioId: z.string().nullable(),
    format: z.enum(DOCUMENT_FORMATS),
    language: z.enum(DOCUMENT_LANGUAGES),
    generatorVersion: z.string(),
    final: z
      .boolean()
      .meta({ description: 'A draft agreement marked final; false for every other document' }),
    unitId: z
      .string()
      .nullable()
      .meta({ description: 'The joint unit (settlement-statement, benefit-report); null otherwise' }),
    year: z
      .number()
      .int()
      .nullable()
      .meta({ description: 'The year (settlement-statement, benefit-report); null otherwise' }),
    sha256: z
      .string()
      .meta({ description: 'SHA-256 of the file, hex; also the x-flokk-sha256 header of the file' }),
    size: z.number().int().meta({ description: 'Bytes' }),
    fileName: z.string(),
    createdBy: z.string().meta({ description: 'Who generated it first' }),
    createdAt: z.string(),
  })
  .meta({ id: 'DocumentMeta' });

function noSuchRevision(revision: number, language: Language): string {
  return {
    nb: `Saken har ingen revisjon ${revision}`,
    nn: `Saka har ingen revisjon ${revision}`,
    en: `The case has no revision ${revision}`,
  }[language];
}

function noSuchDocument(language: Language): string {
  return {
    nb: 'Saken har ikke dette dokumentet',
    nn: 'Saka har ikkje dette dokumentet',
    en: 'The case has no such document',
  }[language];
}

async function revisionFor(c: Context<AppEnv>, revision: number | undefined): Promise<LoadedRevision> {
  if (revision === undefined) return loadRevision(c);
  const loaded = await revisionFromCache(c, caseIdParam(c), revision);
  if (!loaded) throw new NotFoundError(noSuchRevision(revision, c.var.language));
  return loaded;
}

export const documentRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/documents',
    access: 'editor',
    tag: 'documents',
    summary:
      'Generate a document from a revision (default the newest): a municipality’s saksframlegg or summary, the draft agreement for a model, a municipality’s settlement statement of a joint unit’s year, or a joint unit’s benefit report for a year, as DOCX or PDF. 201 with its description; 200 with the stored one when the same revision, options and generator version were generated before. 400 names an unknown or missing option (municipality, model, scenarioId, unitId, year); 422 (agreement_incomplete) refuses `final` while a point of the minimum content is missing, and 422 refuses a settlement statement the case cannot settle yet, naming in words what is missing (surplus policy, opening fund, no recorded settlement); 404 if there is no such revision',
    body: GenerateDocument,
    response: z.object({ document: DocumentMeta }),
    successStatus: 201,
    async handle(c, body) {
      const { revision: asked, ...request } = body;
      const loaded = await revisionFor(c, asked);
      const { caseId, revision } = loaded.meta;
      const resolved = resolveDocumentRequest(loaded.document, request, c.var.language);
      const key = { caseId, revision, ...resolved, generatorVersion: DOCUMENT_GENERATOR_VERSION };
      const stored = await findCaseDocument(c.var.deps.db, key);
      if (stored) return c.json({ document: stored }, 200);
      const user = c.var.user;
      if (!user) throw new Error('authorize() guarantees a user');
      const result = await c.var.deps.compute.run({
        kind: 'document',
        document: loaded.document,
        revision,
        request,
        // The revision's date and author, never the clock or the requester: the same revision gives the same bytes.
        revisionAt: loaded.meta.createdAt,
        createdBy: loaded.meta.authorName,
        language: c.var.language,
      });
      if (result === null) throw new Error('The document job returned nothing');
      const generated = JSON.parse(result) as DocumentJobResult;
      const document = await insertCaseDocument(c.var.deps.db, {
        ...key,
        sha256: generated.sha256,
        fileName: generated.fileName,
        content: Buffer.from(generated.base64, 'base64'),
        createdBy: user.displayName,
      });
      return c.json({ document }, 201);
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/documents',
    access: 'reader',
    tag: 'documents',
    summary: 'The documents generated from the case’s revisions, newest first, without their content',
    response: z.object({ items: z.array(DocumentMeta) }),
    async handle(c) {
      const items: CaseDocumentMeta[] = await listCaseDocuments(c.var.deps.db, caseIdParam(c));
      c.header('cache-control', 'no-store');
      return c.json({ items });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/documents/:documentId/file',
    access: 'reader',
    tag: 'documents',
    summary:
      'The document’s file as it was stored, with its content type, content-disposition: attachment and its SHA-256 in x-flokk-sha256; 404 if the case has no such document',
    async handle(c) {
      const stored = await getCaseDocument(c.var.deps.db, caseIdParam(c), c.req.param('documentId') ?? '');
      if (!stored || !isDocumentFormat(stored.format))
        throw new NotFoundError(noSuchDocument(c.var.language));
      return c.body(stored.content, 200, {
        'content-type': contentTypeOf(stored.format),
        'content-disposition': `attachment; filename="${stored.fileName}"`,
        'content-length': String(stored.size),
        'x-flokk-sha256': stored.sha256,
        'cache-control': 'private, no-store',
      });
    },
  }),
];
