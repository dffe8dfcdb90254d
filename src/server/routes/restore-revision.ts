/**
 * Restoring an earlier revision: a new revision whose document is the old one's, with a comment that says so.
 * Saved revisions are never changed; the restore is a save like any other, so it goes through the same
 * transaction and conflict check (409 if `baseRevision` is not the newest) and the same owner-only check.
 * @module
 */
import { z } from 'zod';
import { ForbiddenError, NotFoundError } from '../../common/errors.ts';
import { changedOwnerOnlyFields, ownerOnlyMessage } from '../../case/owner-only-fields.ts';
import { isRevisionNumber, MAX_REVISION } from '../../case/query-params.ts';
import type { Language } from '../../i18n/language.ts';
import { saveRevision } from '../../storage/cases.ts';
import { revisionMeta } from '../case-view.ts';
import { loadRevision, revisionFromCache } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const RestoreRevision = z.strictObject({
  baseRevision: z.number().int().min(1).max(MAX_REVISION).optional().meta({
    description: 'The newest revision the user saw; 409 if another has been saved since. Omitted: the newest',
  }),
});

/** «Gjenoppretter revisjon 1»: the comment of the new revision. */
export function restoreComment(revision: number, language: Language): string {
  return {
    nb: `Gjenoppretter revisjon ${revision}`,
    nn: `Gjenopprettar revisjon ${revision}`,
    en: `Restores revision ${revision}`,
  }[language];
}

function noSuchRevision(revision: string, language: Language): string {
  return {
    nb: `Saken har ingen revisjon ${revision}. Ingenting er lagret.`,
    nn: `Saka har ingen revisjon ${revision}. Ingenting er lagra.`,
    en: `The case has no revision ${revision}. Nothing was saved.`,
  }[language];
}

export const restoreRevisionRoute = defineRoute({
  method: 'POST',
  path: '/api/cases/:caseId/revisions/:revision/restore',
  access: 'editor',
  tag: 'cases',
  summary:
    'Restore an earlier revision: saves its document as a new revision with the comment «Gjenoppretter revisjon N»; 404 if there is no such revision, 409 if baseRevision is not the newest',
  body: RestoreRevision,
  response: z.object({
    revision: z.object({
      caseId: z.string(),
      revision: z.number().int(),
      authorName: z.string(),
      createdAt: z.string(),
      comment: z.string(),
    }),
  }),
  successStatus: 201,
  async handle(c, body) {
    const caseId = caseIdParam(c);
    const language = c.var.language;
    const param = c.req.param('revision') ?? '';
    const number = Number(param);
    const old = isRevisionNumber(number) ? await revisionFromCache(c, caseId, number) : null;
    if (!old) throw new NotFoundError(noSuchRevision(param.slice(0, 20), language));
    const latest = await loadRevision(c);
    if (c.var.role !== 'owner') {
      const changed = changedOwnerOnlyFields(latest.document, old.document);
      if (changed.length > 0) throw new ForbiddenError(ownerOnlyMessage(changed, language));
    }
    const user = c.var.user;
    if (!user) throw new Error('authorize() guarantees a user');
    const meta = await saveRevision(c.var.deps.db, {
      caseId,
      baseRevision: body.baseRevision ?? latest.meta.revision,
      document: old.document,
      authorId: user.id,
      authorName: user.displayName,
      comment: restoreComment(number, language),
    });
    return c.json({ revision: revisionMeta(meta) }, 201);
  },
});
