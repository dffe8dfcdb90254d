import type { Context } from 'hono';
import { NotFoundError } from '../common/errors.ts';
import { getLatestRevision, getRevision } from '../storage/cases.ts';
import type { StoredRevision } from '../storage/case-store.ts';
import type { AppEnv } from './context.ts';
import { caseIdParam } from './route.ts';

/** The route's case at `revision`, or its latest revision; NotFoundError when there is none. */
export async function loadRevision(c: Context<AppEnv>, revision?: number): Promise<StoredRevision> {
  const db = c.var.deps.db;
  const caseId = caseIdParam(c);
  const stored =
    revision === undefined ? await getLatestRevision(db, caseId) : await getRevision(db, caseId, revision);
  if (!stored) throw new NotFoundError();
  return stored;
}
