/**
 * The baseline as a spreadsheet: the template to download (readers too, redacted for their role), and the
 * import of a filled-in template in two steps, preview and confirm. Reading a workbook is CPU work, so both
 * steps run in the compute pool. Confirming saves one new revision through the same checks as the save route
 * (owner-only fields, source integrity, 409 on a stale base), and nothing while any error remains.
 * @module
 */
import type { Context } from 'hono';
import { z } from 'zod';
import {
  ConflictError,
  ForbiddenError,
  NotFoundError,
  RuleViolationError,
  ValidationError,
} from '../../common/errors.ts';
import type { ImportResult } from '../../case/import/import-workbook.ts';
import { changedOwnerOnlyFields, ownerOnlyMessage } from '../../case/owner-only-fields.ts';
import { MAX_REVISION, RevisionParam } from '../../case/query-params.ts';
import { TEXT_LIMITS, text } from '../../case/schema/text.ts';
import { checkSourceIntegrity } from '../../case/source-integrity.ts';
import { templateFileName, XLSX_CONTENT_TYPE } from '../../documents/spreadsheet/baseline-template.ts';
import { MAX_WORKBOOK_BYTES } from '../../documents/spreadsheet/read-workbook.ts';
import { LANGUAGES, type Language } from '../../i18n/language.ts';
import { saveRevision } from '../../storage/cases.ts';
import { documentForRole, revisionMeta } from '../case-view.ts';
import type { AppEnv } from '../context.ts';
import { readQuery } from '../read-query.ts';
import { loadRevision, revisionFromCache, type LoadedRevision } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const TemplateQuery = z.strictObject({
  revision: RevisionParam.optional(),
  language: z.enum(LANGUAGES).optional(),
});

const ImportQuery = z.strictObject({
  baseRevision: z.coerce.number().int().min(1).max(MAX_REVISION).optional(),
  fileName: text(TEXT_LIMITS.name).optional(),
});

const ImportIssueShape = z.object({
  sheet: z.string().nullable(),
  row: z.number().nullable(),
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
  text: z.string().meta({ description: '«Ark Grunnlag, rad 7, kolonne Årsverk: …»' }),
});

const ImportChangeShape = z.object({
  kind: z.enum(['added', 'removed', 'changed']),
  sheet: z.enum(['baseline', 'volumes', 'calls']),
  row: z.string(),
  field: z.string().nullable(),
  path: z.string(),
  beforeText: z.string(),
  afterText: z.string(),
  sourceText: z.string().optional(),
});

const IMPORT_COMMENT: Record<Language, string> = {
  nb: 'Importert fra regneark',
  nn: 'Importert frå rekneark',
  en: 'Imported from a spreadsheet',
};

function noSuchRevision(revision: number, language: Language): string {
  return {
    nb: `Saken har ingen revisjon ${revision}`,
    nn: `Saka har ingen revisjon ${revision}`,
    en: `The case has no revision ${revision}`,
  }[language];
}

async function revisionFor(c: Context<AppEnv>, revision: number | undefined): Promise<LoadedRevision> {
  if (revision === undefined) return loadRevision(c);
  const loaded = await revisionFromCache(c, caseIdParam(c), revision);
  if (!loaded) throw new NotFoundError(noSuchRevision(revision, c.var.language));
  return loaded;
}

function wrongType(language: Language): ValidationError {
  const message = {
    nb: 'Send arbeidsboken som .xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
    nn: 'Send arbeidsboka som .xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
    en: 'Send the workbook as .xlsx (application/vnd.openxmlformats-officedocument.spreadsheetml.sheet)',
  }[language];
  return new ValidationError([{ path: '', code: 'unsupported_media_type', message }]);
}

/** Runs the import of the request's workbook against `base` in the compute pool. */
async function runImport(
  c: Context<AppEnv>,
  base: LoadedRevision,
  fileName: string | undefined,
): Promise<ImportResult> {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== XLSX_CONTENT_TYPE && type !== 'application/octet-stream') throw wrongType(c.var.language);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  const user = c.var.user;
  if (!user) throw new Error('authorize() guarantees a user');
  const result = await c.var.deps.compute.run({
    kind: 'baseline-import',
    document: base.document,
    revision: base.meta.revision,
    base64: Buffer.from(bytes).toString('base64'),
    entry: { by: user.displayName, at: c.var.deps.now().toISOString(), ...(fileName ? { fileName } : {}) },
    language: c.var.language,
  });
  if (result === null) throw new Error('The import job returned nothing');
  return JSON.parse(result) as ImportResult;
}

export const baselineImportRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/import/baseline-template.xlsx',
    access: 'reader',
    tag: 'import',
    summary:
      'The baseline template of a revision (?revision, default the newest; ?language=nb|nn|en for the headers): sheets Grunnlag, Volum, Anrop and «Slik fyller du ut". Readers get the ages of small groups withheld, as everywhere',
    async handle(c) {
      const { revision, language } = readQuery(c, TemplateQuery);
      const loaded = await revisionFor(c, revision);
      // Redacted before the job sees it: a reader's template never holds what a reader may not see.
      const { document } = documentForRole(loaded.document, c.var.role ?? 'reader');
      const chosen = language ?? c.var.language;
      const result = await c.var.deps.compute.run({
        kind: 'baseline-template',
        document,
        revision: loaded.meta.revision,
        language: chosen,
      });
      if (result === null) throw new Error('The template job returned nothing');
      const bytes = Buffer.from((JSON.parse(result) as { base64: string }).base64, 'base64');
      return c.body(bytes, 200, {
        'content-type': XLSX_CONTENT_TYPE,
        'content-disposition': `attachment; filename="${templateFileName(loaded.meta.caseId, loaded.meta.revision, chosen)}"`,
        'cache-control': 'private, no-store',
      });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/import/baseline/preview',
    access: 'editor',
    tag: 'import',
    summary:
      'Preview the import of a filled-in baseline template (body: the .xlsx bytes): { baseRevision, changes, errors } against the newest revision; every error names sheet, row and column. Saves nothing',
    maxBodyBytes: MAX_WORKBOOK_BYTES,
    response: z.object({
      baseRevision: z.number().int(),
      changes: z.array(ImportChangeShape),
      errors: z.array(ImportIssueShape),
    }),
    async handle(c) {
      const { fileName } = readQuery(c, ImportQuery);
      const base = await loadRevision(c);
      const result = await runImport(c, base, fileName);
      return c.json({
        baseRevision: base.meta.revision,
        changes: result.ok ? result.changes : [],
        errors: result.ok ? [] : result.issues,
      });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/import/baseline',
    access: 'editor',
    tag: 'import',
    summary:
      'Import a filled-in baseline template (body: the .xlsx bytes; ?baseRevision=N from the preview, ?fileName): saves one new revision «Importert fra regneark»; 409 if baseRevision is not the newest; 422 listing every error (sheet, row, column) and saving nothing while any remains',
    maxBodyBytes: MAX_WORKBOOK_BYTES,
    successStatus: 201,
    async handle(c) {
      const { baseRevision, fileName } = readQuery(c, ImportQuery);
      const caseId = caseIdParam(c);
      const latest = await loadRevision(c);
      const base = baseRevision ?? latest.meta.revision;
      if (base !== latest.meta.revision) throw new ConflictError(latest.meta.revision, base);
      const result = await runImport(c, latest, fileName);
      if (!result.ok) {
        throw new RuleViolationError(
          result.issues.map((issue) => ({
            path: '',
            code: issue.code,
            message: issue.text,
            label: issue.text,
          })),
        );
      }
      if (c.var.role !== 'owner') {
        const changed = changedOwnerOnlyFields(latest.document, result.document);
        if (changed.length > 0) throw new ForbiddenError(ownerOnlyMessage(changed, c.var.language));
      }
      const user = c.var.user;
      if (!user) throw new Error('authorize() guarantees a user');
      // The save route's own rule once more, on the server's thread: the import must not be a way around it.
      const entry = { by: user.displayName, at: c.var.deps.now().toISOString() };
      const sourced = checkSourceIntegrity(latest.document, result.document, entry, c.var.language);
      if (sourced.issues.length > 0) throw new RuleViolationError(sourced.issues);
      const meta = await saveRevision(c.var.deps.db, {
        caseId,
        baseRevision: base,
        document: sourced.document,
        authorId: user.id,
        authorName: user.displayName,
        comment: IMPORT_COMMENT[c.var.language],
      });
      return c.json({ revision: revisionMeta(meta), changes: result.changes }, 201);
    },
  }),
];
