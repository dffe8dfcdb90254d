import { z } from 'zod';
import { ForbiddenError, NotFoundError, ValidationError } from '../../common/errors.ts';
import { changedOwnerOnlyFields, ownerOnlyMessage } from '../../case/owner-only-fields.ts';
import { text, TEXT_LIMITS } from '../../case/schema/text.ts';
import { diffDocuments } from '../../case/diff.ts';
import { parseCase } from '../../case/parse-case.ts';
import { isRevisionNumber, MAX_REVISION } from '../../case/query-params.ts';
import { CaseDocument } from '../../case/schema/case-document.ts';
import {
  getLatestRevision,
  getRevision,
  listCasesForUser,
  listRevisions,
  saveRevision,
} from '../../storage/cases.ts';
import { markWithheld } from '../../case/redact-personal-data.ts';
import { caseView, documentForRole, loadDocument, revisionMeta } from '../case-view.ts';
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

export const caseRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases',
    access: 'signedIn',
    tag: 'cases',
    summary: "The cases the signed-in user is a member of, with the user's role",
    response: z.array(
      z.object({ id: z.string(), title: z.unknown(), role: Role, latestRevision: z.number() }),
    ),
    async handle(c) {
      const user = c.var.user;
      if (!user) throw new Error('authorize() guarantees a user');
      const cases = await listCasesForUser(c.var.deps.db, user.id);
      return c.json(
        cases.map((item) => {
          const parsed = parseCase(item.document);
          return {
            id: item.caseId,
            title: parsed.success ? parsed.data.title : { nb: item.caseId },
            role: item.role,
            latestRevision: item.latestRevision,
          };
        }),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId',
    access: 'reader',
    tag: 'cases',
    summary: 'The latest revision of a case',
    response: CaseViewShape,
    async handle(c) {
      const stored = await getLatestRevision(c.var.deps.db, caseIdParam(c));
      if (!stored) throw new NotFoundError();
      return c.json(caseView(stored, c.var.role ?? 'reader'));
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/revisions',
    access: 'reader',
    tag: 'cases',
    summary: 'Revision history, newest first, with the fields changed since the previous revision',
    async handle(c) {
      const revisions = await listRevisions(c.var.deps.db, caseIdParam(c));
      const role = c.var.role ?? 'reader';
      // Each change is the difference of two documents already redacted for the role, so what a reader
      // may not see is absent from both sides before anything is compared.
      const visible = revisions.map((stored) => markWithheld(documentForRole(loadDocument(stored), role)));
      return c.json(
        revisions.map((stored, index) => {
          const previous = visible[index + 1];
          return {
            ...revisionMeta(stored),
            changes: previous ? diffDocuments(previous, visible[index]) : [],
          };
        }),
      );
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/revisions/:revision',
    access: 'reader',
    tag: 'cases',
    summary: 'One earlier revision of a case, read-only',
    response: CaseViewShape,
    async handle(c) {
      const revision = Number(c.req.param('revision'));
      if (!isRevisionNumber(revision)) throw new NotFoundError();
      const stored = await getRevision(c.var.deps.db, caseIdParam(c), revision);
      if (!stored) throw new NotFoundError();
      return c.json(caseView(stored, c.var.role ?? 'reader'));
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/cases/:caseId/revisions',
    access: 'editor',
    tag: 'cases',
    summary: 'Save the case as a new revision; 409 if baseRevision is not the newest',
    body: SaveRevision,
    // A whole case document: the default case is about 40 kB; this leaves room for 10 000 baseline rows.
    maxBodyBytes: 4 * 1024 * 1024,
    response: z.object({ revision: RevisionMetaShape }),
    successStatus: 201,
    async handle(c, body) {
      const caseId = caseIdParam(c);
      const parsed = parseCase(body.document, c.var.language);
      if (!parsed.success) throw new ValidationError(parsed.issues);
      if (parsed.data.id !== caseId) {
        throw new ValidationError([
          { path: 'id', code: 'case_id_mismatch', message: `Saken har id ${caseId}` },
        ]);
      }
      if (c.var.role !== 'owner') {
        // Compared with the revision the edit started from; a stale base is refused below anyway (409).
        const base =
          (await getRevision(c.var.deps.db, caseId, body.baseRevision)) ??
          (await getLatestRevision(c.var.deps.db, caseId));
        const changed = base ? changedOwnerOnlyFields(loadDocument(base), parsed.data) : [];
        if (changed.length > 0) throw new ForbiddenError(ownerOnlyMessage(changed, c.var.language));
      }
      const user = c.var.user;
      if (!user) throw new Error('authorize() guarantees a user');
      const meta = await saveRevision(c.var.deps.db, {
        caseId,
        baseRevision: body.baseRevision,
        document: parsed.data,
        authorId: user.id,
        authorName: user.displayName,
        comment: body.comment,
      });
      return c.json({ revision: revisionMeta(meta) }, 201);
    },
  }),
];
