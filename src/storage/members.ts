/**
 * Who may do what in a case: one role per user and case (owner ⊃ editor ⊃ reader).
 * @module
 */
import { NotFoundError } from '../common/errors.ts';
import type { CaseRole, User } from './case-store.ts';
import type { Queryable } from './database.ts';
import { hasSqlState, SqlState } from './query-error.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A member of a case: the user and the role. */
export type Member = User & { role: CaseRole };

/** Gives the user `role` in the case, replacing any role they had. Throws `NotFoundError` if either is missing. */
export async function setMember(
  db: Queryable,
  caseId: string,
  userId: string,
  role: CaseRole,
): Promise<void> {
  try {
    await db.query(
      `INSERT INTO case_members (case_id, user_id, role) VALUES ($1, $2, $3)
       ON CONFLICT (case_id, user_id) DO UPDATE SET role = EXCLUDED.role`,
      [caseId, userId, role],
    );
  } catch (error) {
    if (hasSqlState(error, SqlState.foreignKeyViolation)) throw new NotFoundError();
    throw error;
  }
}

/** The user's role in the case, or `null` if they are not a member (or the case does not exist). */
export async function getRole(db: Queryable, caseId: string, userId: string): Promise<CaseRole | null> {
  const rows = await db.query<{ role: CaseRole }>(
    'SELECT role FROM case_members WHERE case_id = $1 AND user_id = $2',
    [caseId, userId],
  );
  return rows[0]?.role ?? null;
}

/**
 * The user's role in the case and the case's newest revision number, in one query: a case-scoped read needs
 * both, and every request is a round trip fewer this way. `role` is `null` for a non-member.
 */
export async function getRoleAndLatestRevision(
  db: Queryable,
  caseId: string,
  userId: string,
): Promise<{ role: CaseRole | null; latestRevision: number | null }> {
  const rows = await db.query<{ role: CaseRole | null; latest: number | null }>(
    `SELECT (SELECT role FROM case_members WHERE case_id = $1 AND user_id = $2) AS role,
            (SELECT max(revision) FROM case_revisions WHERE case_id = $1) AS latest`,
    [caseId, userId],
  );
  const row = rows[0];
  return {
    role: row?.role ?? null,
    latestRevision: row?.latest === null || row?.latest === undefined ? null : Number(row.latest),
  };
}

/** Everyone with a role in the case, ordered by e-mail address. */
export async function listMembers(db: Queryable, caseId: string): Promise<Member[]> {
  const rows = await db.query<{ id: string; email: string; display_name: string; role: CaseRole }>(
    `SELECT u.id, u.email, u.display_name, m.role
       FROM case_members m JOIN users u ON u.id = m.user_id
      WHERE m.case_id = $1
      ORDER BY u.email`,
    [caseId],
  );
  return rows.map((row) => ({ id: row.id, email: row.email, displayName: row.display_name, role: row.role }));
}

/** Takes the user's role in the case away. Returns `false` if they had none. */
export async function removeMember(db: Queryable, caseId: string, userId: string): Promise<boolean> {
  // An id that is not a UUID is simply not a member (PostgreSQL would refuse to compare it).
  if (!UUID.test(userId)) return false;
  const rows = await db.query(
    'DELETE FROM case_members WHERE case_id = $1 AND user_id = $2 RETURNING user_id',
    [caseId, userId],
  );
  return rows.length > 0;
}

/**
 * Inside a transaction, waits until no other transaction is changing the case's members, so a check such as
 * "another owner remains" still holds when the change commits (two owners removing each other at once).
 */
export async function lockMembers(tx: Queryable, caseId: string): Promise<void> {
  await tx.query("SELECT pg_advisory_xact_lock(hashtextextended('case_members:' || $1, 0))", [caseId]);
}
