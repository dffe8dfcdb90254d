/**
 * Case revisions in plain SQL. A case is a list of revisions that only grows: every save inserts the next
 * number, and a save whose base is not the newest is refused with `ConflictError`, never merged.
 * @module
 */
import { ConflictError, NotFoundError, ValidationError } from '../common/errors.ts';
import type { CaseRole, RevisionMeta, StoredRevision } from './case-store.ts';
import type { Queryable } from './database.ts';
import { hasSqlState, SqlState } from './query-error.ts';
import { inTransaction } from './transaction.ts';
import { findUnstorableText } from './unstorable-text.ts';

/** The first revision of a new case. */
export interface NewCase {
  caseId: string;
  /** The whole case document; stored as jsonb exactly as given. */
  document: unknown;
  /** `null` when no signed-in user wrote it (an import from the CLI). */
  authorId: string | null;
  authorName: string;
  comment: string;
}

/** A case made by a signed-in user in the app: the user becomes its owner in the same transaction. */
export interface NewCaseByUser extends NewCase {
  authorId: string;
}

/** A save of an existing case, made from the revision the editor started at. */
export interface NewRevision extends NewCase {
  baseRevision: number;
}

/** One case the user can open, with what the case list needs to show it. */
export interface CaseSummary {
  caseId: string;
  role: CaseRole;
  latestRevision: number;
  /** When an owner archived the case (ISO 8601), or `null` while it is in use. */
  archivedAt: string | null;
}

type MetaRow = {
  case_id: string;
  revision: number;
  author_id: string | null;
  author_name: string;
  comment: string;
  created_at: Date | string;
};
type RevisionRow = MetaRow & { document: unknown };

const META_COLUMNS = 'case_id, revision, author_id, author_name, comment, created_at';
const REVISION_COLUMNS = `${META_COLUMNS}, document`;

/**
 * Creates a case with its first revision. Throws `ConflictError` (base 0) if the id is taken, so two
 * people creating the same case cannot overwrite each other. Pass a `tx` to add the owner atomically.
 */
export function createCase(db: Queryable, input: NewCase): Promise<RevisionMeta> {
  return inTransaction(db, async (tx) => {
    const created = await tx.query(
      'INSERT INTO cases (id) VALUES ($1) ON CONFLICT (id) DO NOTHING RETURNING id',
      [input.caseId],
    );
    if (created.length === 0) throw new ConflictError((await latestNumber(tx, input.caseId)) ?? 1, 0);
    return insertRevision(tx, 1, input, 0);
  });
}

/**
 * Creates a case made by a user in the app, with its first revision, and makes the user its owner, all in one
 * transaction: a case without an owner could never get members. `ConflictError` (base 0) if the id is taken.
 */
export function createCaseByUser(db: Queryable, input: NewCaseByUser): Promise<RevisionMeta> {
  return inTransaction(db, async (tx) => {
    const meta = await createCase(tx, input);
    await tx.query('UPDATE cases SET created_by = $2 WHERE id = $1', [input.caseId, input.authorId]);
    await tx.query(
      `INSERT INTO case_members (case_id, user_id, role) VALUES ($1, $2, 'owner')
       ON CONFLICT (case_id, user_id) DO UPDATE SET role = 'owner'`,
      [input.caseId, input.authorId],
    );
    return meta;
  });
}

/**
 * Archives the case (`archived` true) or takes it back into use; answers whether the case exists. The
 * revisions are untouched: an archived case stays readable.
 */
export async function setCaseArchived(db: Queryable, caseId: string, archived: boolean): Promise<boolean> {
  const rows = await db.query(
    `UPDATE cases SET archived_at = CASE WHEN $2 THEN coalesce(archived_at, now()) ELSE NULL END
      WHERE id = $1 RETURNING id`,
    [caseId, archived],
  );
  return rows.length > 0;
}

/**
 * Saves the next revision of a case. Throws `NotFoundError` if there is no such case and
 * `ConflictError` if `baseRevision` is not the latest; nothing is stored then.
 */
export function saveRevision(db: Queryable, input: NewRevision): Promise<RevisionMeta> {
  return inTransaction(db, async (tx) => {
    // The row lock makes concurrent saves of one case wait for each other, so exactly one wins.
    const locked = await tx.query('SELECT id FROM cases WHERE id = $1 FOR UPDATE', [input.caseId]);
    if (locked.length === 0) throw new NotFoundError();
    const latest = (await latestNumber(tx, input.caseId)) ?? 0;
    if (input.baseRevision !== latest) throw new ConflictError(latest, input.baseRevision);
    return insertRevision(tx, latest + 1, input, input.baseRevision);
  });
}

/** The newest revision of a case, or `null` if there is no such case. */
export async function getLatestRevision(db: Queryable, caseId: string): Promise<StoredRevision | null> {
  const rows = await db.query<RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM case_revisions WHERE case_id = $1 ORDER BY revision DESC LIMIT 1`,
    [caseId],
  );
  return rows[0] ? toStoredRevision(rows[0]) : null;
}

/** One revision of a case, or `null` if it does not exist. */
export async function getRevision(
  db: Queryable,
  caseId: string,
  revision: number,
): Promise<StoredRevision | null> {
  const rows = await db.query<RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM case_revisions WHERE case_id = $1 AND revision = $2`,
    [caseId, revision],
  );
  return rows[0] ? toStoredRevision(rows[0]) : null;
}

/** Every revision of a case, newest first (the order the history is shown in); empty if no such case. */
export async function listRevisions(db: Queryable, caseId: string): Promise<StoredRevision[]> {
  const rows = await db.query<RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM case_revisions WHERE case_id = $1 ORDER BY revision DESC`,
    [caseId],
  );
  return rows.map(toStoredRevision);
}

/**
 * The newest revision number of a case, or `null` if there is no such case. One index lookup: everything
 * derived from a revision is cached by its number, so this is all most reads ask the database.
 */
export async function getLatestRevisionNumber(db: Queryable, caseId: string): Promise<number | null> {
  return latestNumber(db, caseId);
}

/**
 * One page of a case's history, newest first, without the documents: revisions below `before` (or from the
 * newest), at most `limit`, plus one more when there are older ones, so the caller knows a next page exists.
 */
export async function listRevisionPage(
  db: Queryable,
  caseId: string,
  page: { before?: number | undefined; limit: number },
): Promise<RevisionMeta[]> {
  const rows = await db.query<MetaRow>(
    `SELECT ${META_COLUMNS} FROM case_revisions
      WHERE case_id = $1 AND revision < $2
      ORDER BY revision DESC LIMIT $3`,
    [caseId, page.before ?? 2 ** 31 - 1, page.limit + 1],
  );
  return rows.map(toRevisionMeta);
}

/** Whether a case with this id exists. */
export async function caseExists(db: Queryable, caseId: string): Promise<boolean> {
  const rows = await db.query<{ found: boolean }>(
    'SELECT EXISTS (SELECT 1 FROM cases WHERE id = $1) AS found',
    [caseId],
  );
  return rows[0]?.found === true;
}

/**
 * The cases the user is a member of, ordered by id, each with the user's role and latest revision number.
 * Without documents: the caller reads titles from its revision cache, so a case list costs one small query.
 */
export async function listCasesForUser(db: Queryable, userId: string): Promise<CaseSummary[]> {
  const rows = await db.query<{
    case_id: string;
    role: CaseRole;
    revision: number;
    archived_at: Date | string | null;
  }>(
    `SELECT m.case_id, m.role, c.archived_at,
            (SELECT max(revision) FROM case_revisions r WHERE r.case_id = m.case_id) AS revision
       FROM case_members m JOIN cases c ON c.id = m.case_id
      WHERE m.user_id = $1
      ORDER BY m.case_id`,
    [userId],
  );
  return rows
    .filter((row) => row.revision !== null)
    .map((row) => ({
      caseId: row.case_id,
      role: row.role,
      latestRevision: Number(row.revision),
      archivedAt: row.archived_at === null ? null : new Date(row.archived_at).toISOString(),
    }));
}

/** Several revisions of a case in one query (a history page's), in no particular order; missing ones left out. */
export async function getRevisions(
  db: Queryable,
  caseId: string,
  revisions: readonly number[],
): Promise<StoredRevision[]> {
  if (revisions.length === 0) return [];
  const rows = await db.query<RevisionRow>(
    `SELECT ${REVISION_COLUMNS} FROM case_revisions WHERE case_id = $1 AND revision = ANY($2::int[])`,
    [caseId, [...revisions]],
  );
  return rows.map(toStoredRevision);
}

async function latestNumber(tx: Queryable, caseId: string): Promise<number | null> {
  const rows = await tx.query<{ latest: number | null }>(
    'SELECT max(revision) AS latest FROM case_revisions WHERE case_id = $1',
    [caseId],
  );
  const latest = rows[0]?.latest;
  return latest === undefined || latest === null ? null : Number(latest);
}

async function insertRevision(
  tx: Queryable,
  revision: number,
  input: NewCase,
  base: number,
): Promise<RevisionMeta> {
  rejectUnstorableText(input.document);
  try {
    const rows = await tx.query<MetaRow>(
      `INSERT INTO case_revisions (case_id, revision, author_id, author_name, comment, document)
       VALUES ($1, $2, $3, $4, $5, $6::jsonb) RETURNING ${META_COLUMNS}`,
      // Serialised here so both drivers store arrays and strings as JSON, not as SQL arrays or text.
      [
        input.caseId,
        revision,
        input.authorId,
        input.authorName,
        input.comment,
        JSON.stringify(input.document),
      ],
    );
    if (!rows[0]) throw new Error('INSERT … RETURNING gave no row');
    return toRevisionMeta(rows[0]);
  } catch (error) {
    // The row lock should prevent this; if another writer got there anyway, it is still a conflict.
    if (hasSqlState(error, SqlState.uniqueViolation)) throw new ConflictError(revision, base);
    throw error;
  }
}

function rejectUnstorableText(document: unknown): void {
  const path = findUnstorableText(document);
  if (path === null) return;
  throw new ValidationError([
    { path, code: 'unsupported_character', message: 'Teksten inneholder tegn som ikke kan lagres' },
  ]);
}

function toRevisionMeta(row: MetaRow): RevisionMeta {
  return {
    caseId: row.case_id,
    revision: Number(row.revision),
    authorId: row.author_id,
    authorName: row.author_name,
    createdAt: new Date(row.created_at).toISOString(),
    comment: row.comment,
  };
}

function toStoredRevision(row: RevisionRow): StoredRevision {
  return { ...toRevisionMeta(row), document: row.document };
}
