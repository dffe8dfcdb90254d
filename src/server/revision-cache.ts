/**
 * Revisions are immutable, so a revision is read from the database, migrated and validated once, and then
 * served from memory (a bounded number of them, least recently used first out). Finding which revision is the
 * newest stays one cheap query per request, so a save made through another server process is seen at once.
 * @module
 */
import type { Context } from 'hono';
import { NotFoundError } from '../common/errors.ts';
import { getLatestRevisionNumber, getRevision, getRevisions } from '../storage/cases.ts';
import type { StoredRevision } from '../storage/case-store.ts';
import { loadDocument } from './case-view.ts';
import { ResultCache } from './compute/result-cache.ts';
import type { AppEnv } from './context.ts';
import type { LoadedRevision } from './loaded-revision.ts';
import { caseIdParam } from './route.ts';

export type { LoadedRevision };

/** Parsed revisions kept in memory: the default case parses to about 0,3 MB of objects. */
export function createRevisionCache(maxRevisions = 200): ResultCache<LoadedRevision | null> {
  return new ResultCache<LoadedRevision | null>(maxRevisions, () => 1);
}

export function loadedRevision(stored: StoredRevision): LoadedRevision {
  const { caseId, revision, authorId, authorName, createdAt, comment } = stored;
  return {
    meta: { caseId, revision, authorId, authorName, createdAt, comment },
    document: loadDocument(stored),
  };
}

/** Revision `revision` of case `caseId`, from memory or the database; `null` when there is none. */
export function revisionFromCache(
  c: Context<AppEnv>,
  caseId: string,
  revision: number,
): Promise<LoadedRevision | null> {
  const { db, revisions } = c.var.deps;
  return revisions.get(`${caseId}#${revision}`, async () => {
    const stored = await getRevision(db, caseId, revision);
    return stored ? loadedRevision(stored) : null;
  });
}

/** Reads the revisions of `caseId` that are not in memory yet in one query, and keeps them. */
export async function preloadRevisions(
  c: Context<AppEnv>,
  caseId: string,
  revisions: readonly number[],
): Promise<void> {
  const { db, revisions: cache } = c.var.deps;
  const missing = [...new Set(revisions)].filter((n) => !cache.has(`${caseId}#${n}`));
  for (const stored of await getRevisions(db, caseId, missing)) {
    const loaded = loadedRevision(stored);
    await cache.get(`${caseId}#${stored.revision}`, async () => loaded);
  }
}

/** The route's case at `revision`, or at its newest revision; NotFoundError when there is none. */
export async function loadRevision(c: Context<AppEnv>, revision?: number): Promise<LoadedRevision> {
  const caseId = caseIdParam(c);
  const number = revision ?? (await getLatestRevisionNumber(c.var.deps.db, caseId));
  if (number === null) throw new NotFoundError();
  const loaded = await revisionFromCache(c, caseId, number);
  if (!loaded) throw new NotFoundError();
  return loaded;
}
