import { z } from 'zod';
import { ForbiddenError, NotFoundError, RuleViolationError, ValidationError } from '../../common/errors.ts';
import { changedOwnerOnlyFields, ownerOnlyMessage } from '../../case/owner-only-fields.ts';
import { text, TEXT_LIMITS } from '../../case/schema/text.ts';
import { diffDocuments } from '../../case/diff.ts';
import { describeChanges } from '../../case/change-words.ts';
import { labelIssues } from '../../case/field-label.ts';
import { parseCase } from '../../case/parse-case.ts';
import { checkSourceIntegrity } from '../../case/source-integrity.ts';
import { isRevisionNumber, MAX_REVISION, RevisionParam } from '../../case/query-params.ts';
import { CaseDocument } from '../../case/schema/case-document.ts';
import { listCasesForUser, listRevisionPage, saveRevision } from '../../storage/cases.ts';
import { markWithheld } from '../../case/redact-personal-data.ts';
import type { Context } from 'hono';
import type { CaseRole, RevisionMeta } from '../../storage/case-store.ts';
import { hasRole } from '../access.ts';
import { cachedResponse, resultKey, revisionRef, type RevisionRef } from '../cached-response.ts';
import { caseView, documentForRole, revisionMeta } from '../case-view.ts';
import type { AppEnv } from '../context.ts';
import { readQuery } from '../read-query.ts';
import { loadRevision, preloadRevisions, revisionFromCache } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const Role = z.enum(['owner', 'editor', 'reader']);
const RevisionMetaShape = z.object({
  caseId: z.string(),
  revision: z.number().int(),
  authorName: z.string(),
  createdAt: z.string(),
  comment: z.string(),
});
const CaseViewShape = z.object({
  caseId: z.string(),
  role: Role,
  revision: RevisionMetaShape,
  document: CaseDocument,
  suppressed: z.array(z.string()).meta({ description: 'Paths withheld to protect persons; show ":"' }),
  totals: z.array(z.unknown()),
});

const SaveRevision = z.strictObject({
  baseRevision: z
    .number()
    .int()
    .min(1)
    .max(MAX_REVISION)
    .meta({ description: 'The revision the edit started from' }),
  comment: text(TEXT_LIMITS.line),
  document: z.unknown().meta({ description: 'The whole case document (CaseDocument)' }),
});

const CaseListQuery = z.strictObject({
  archived: z.enum(['true', 'false']).default('false'),
});

const HistoryQuery = z.strictObject({
  before: RevisionParam.optional(),
  limit: z.coerce.number().int().min(1).max(100).default(20),
});

/** The case at `ref` as the reader's role may see it, computed once per revision and role. */
function caseViewResponse(c: Context<AppEnv>, ref: RevisionRef): Promise<Response> {
  const role = c.var.role ?? 'reader';
  return cachedResponse(c, resultKey(ref, 'case', { role }), async () => {
    const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
    return loaded ? JSON.stringify(caseView(loaded, role)) : null;
  });
}

/**
 * One history entry as JSON: who, when, why, and what changed since the revision before, as the difference
 * of two documents already redacted for the role, so what a reader may not see is absent from both sides
 * before anything is compared. Cached per revision and role class; a page costs at most one diff per entry.
 */
async function historyEntry(c: Context<AppEnv>, meta: RevisionMeta, role: CaseRole): Promise<string> {
  const sees = hasRole(role, 'editor') ? 'editor' : 'reader';
  const ref = { caseId: meta.caseId, revision: meta.revision };
  const language = c.var.language;
  const body = await c.var.deps.results.get(resultKey(ref, 'history-entry', { sees, language }), async () => {
    const visible = async (revision: number) => {
      const loaded = await revisionFromCache(c, meta.caseId, revision);
      return loaded ? markWithheld(documentForRole(loaded.document, sees)) : null;
    };
    const [current, previous] = await Promise.all([
      visible(meta.revision),
      meta.revision > 1 ? visible(meta.revision - 1) : Promise.resolve(null),
    ]);
    // Each change in words (label, values as the pages show them) in the reader's language, path kept.
    const changes =
      current && previous
        ? describeChanges(diffDocuments(previous, current), previous, current, language)
        : [];
    return JSON.stringify({ ...revisionMeta(meta), changes });
  });
  return body ?? 'null';
}

export const caseRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases',
    access: 'signedIn',
    tag: 'cases',
    summary:
      "The cases the signed-in user is a member of, with the user's role; archived ones only with ?archived=true (then only those)",
    response: z.array(
      z.object({
        id: z.string(),
        title: z.unknown(),
        role: Role,
        latestRevision: z.number(),
        archivedAt: z.string().nullable(),
      }),
    ),
    async handle(c) {
      const user = c.var.user;
      if (!user) throw new Error('authorize() guarantees a user');
      const { archived } = readQuery(c, CaseListQuery);
      const cases = (await listCasesForUser(c.var.deps.db, user.id)).filter(
        (item) => (item.archivedAt !== null) === (archived === 'true'),
      );
      return c.json(
        await Promise.all(
          cases.map(async (item) => {
            const loaded = await revisionFromCache(c, item.caseId, item.latestRevision);
            return {
              id: item.caseId,
              title: loaded?.document.title ?? { nb: item.caseId },
              role: item.role,
              latestRevision: item.latestRevision,
              archivedAt: item.archivedAt,
            };
          }),
        ),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId',
    access: 'reader',
    tag: 'cases',
    summary: 'The latest revision of a case (ETag/304)',
    response: CaseViewShape,
    async handle(c) {
      return caseViewResponse(c, await revisionRef(c));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/revisions',
    access: 'reader',
    tag: 'cases',
    summary:
      'Revision history in pages, newest first (?before=N&limit=L), each revision with the fields changed since the previous one (path, before, after, and in the request language label, beforeText, afterText); `older` is the `before` of the next page, or null',
    response: z.object({ items: z.array(z.unknown()), older: z.number().nullable() }),
    async handle(c) {
      const { before, limit } = readQuery(c, HistoryQuery);
      const role = c.var.role ?? 'reader';
      const sees = hasRole(role, 'editor') ? 'editor' : 'reader';
      // A page is fixed once the newest revision is known: cached and answered with an ETag like the rest.
      const ref = await revisionRef(c);
      const language = c.var.language;
      return cachedResponse(c, resultKey(ref, 'history', { before, limit, sees, language }), async () => {
        const page = await listRevisionPage(c.var.deps.db, ref.caseId, { before, limit });
        const shown = page.slice(0, limit);
        // Each entry compares a revision with the one before: load the page's documents in one query.
        await preloadRevisions(
          c,
          ref.caseId,
          shown.flatMap((meta) => [meta.revision, meta.revision - 1]).filter((n) => n >= 1),
        );
        const entries = await Promise.all(shown.map((meta) => historyEntry(c, meta, role)));
        const older = page.length > limit ? (shown.at(-1)?.revision ?? null) : null;
        return `{"items":[${entries.join(',')}],"older":${older === null ? 'null' : older}}`;
      });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/revisions/:revision',
    access: 'reader',
    tag: 'cases',
    summary: 'One earlier revision of a case, read-only (ETag/304)',
    response: CaseViewShape,
    async handle(c) {
      const revision = Number(c.req.param('revision'));
      if (!isRevisionNumber(revision)) throw new NotFoundError();
      return caseViewResponse(c, { caseId: caseIdParam(c), revision });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/revisions',
    access: 'editor',
    tag: 'cases',
    summary:
      'Save the case as a new revision; 409 if baseRevision is not the newest; 422 if a changed baseline figure keeps its old source',
    body: SaveRevision,
    // A whole case document: the default case is about 40 kB; this leaves room for 10 000 baseline rows.
    maxBodyBytes: 4 * 1024 * 1024,
    response: z.object({ revision: RevisionMetaShape }),
    successStatus: 201,
    async handle(c, body) {
      const caseId = caseIdParam(c);
      const parsed = parseCase(body.document, c.var.language);
      // Each issue keeps its path and names the field in words (`label`) for the people who read it.
      if (!parsed.success)
        throw new ValidationError(labelIssues(parsed.issues, body.document, c.var.language));
      if (parsed.data.id !== caseId) {
        throw new ValidationError([
          { path: 'id', code: 'case_id_mismatch', message: `Saken har id ${caseId}` },
        ]);
      }
      // Compared with the revision the edit started from; a stale base is refused below anyway (409).
      const base = (await revisionFromCache(c, caseId, body.baseRevision)) ?? (await loadRevision(c));
      if (c.var.role !== 'owner') {
        const changed = changedOwnerOnlyFields(base.document, parsed.data);
        if (changed.length > 0) throw new ForbiddenError(ownerOnlyMessage(changed, c.var.language));
      }
      const user = c.var.user;
      if (!user) throw new Error('authorize() guarantees a user');
      const entry = { by: user.displayName, at: c.var.deps.now().toISOString() };
      const sourced = checkSourceIntegrity(base.document, parsed.data, entry, c.var.language);
      if (sourced.issues.length > 0)
        throw new RuleViolationError(labelIssues(sourced.issues, parsed.data, c.var.language));
      const meta = await saveRevision(c.var.deps.db, {
        caseId,
        baseRevision: body.baseRevision,
        document: sourced.document,
        authorId: user.id,
        authorName: user.displayName,
        comment: body.comment,
      });
      return c.json({ revision: revisionMeta(meta) }, 201);
    },
  }),
];
