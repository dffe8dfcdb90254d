/**
 * Sign-in sessions. The table holds the SHA-256 of the cookie token, never the token, so a leaked table
 * cannot be replayed. A session ends at its absolute expiry or, when the caller passes an idle limit, when it
 * has not been used since then. The clock is passed in, so tests control expiry.
 * @module
 */
import type { Session, User } from './case-store.ts';
import type { Queryable } from './database.ts';

type SessionRow = { token_hash: string; user_id: string; csrf_token: string; expires_at: Date | string };

/** A new session; `lastSeenAt` (ISO 8601) is when it was made, the database's clock when absent. */
export type NewSession = Session & { lastSeenAt?: string };

/** Stores a new session. */
export async function createSession(db: Queryable, session: NewSession): Promise<void> {
  await db.query(
    `INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at, last_seen_at)
     VALUES ($1, $2, $3, $4, coalesce($5::timestamptz, now()))`,
    [
      session.tokenHash,
      session.userId,
      session.csrfToken,
      new Date(session.expiresAt).toISOString(),
      session.lastSeenAt === undefined ? null : new Date(session.lastSeenAt).toISOString(),
    ],
  );
}

/**
 * The session for this token hash if it has not expired at `now` and, when `idleSince` is given, was last
 * used after `idleSince`; else `null`.
 */
export async function findValidSession(
  db: Queryable,
  tokenHash: string,
  now: Date,
  idleSince?: Date,
): Promise<Session | null> {
  return (await findActiveSession(db, tokenHash, now, idleSince))?.session ?? null;
}

/** A valid session with its user and when it was last recorded as used: what every request needs. */
export interface ActiveSession {
  session: Session;
  user: User;
  lastSeenAt: Date | null;
}

/**
 * The session for this token hash with its user, as `findValidSession` decides validity, in one query: it
 * runs on every signed-in request.
 */
export async function findActiveSession(
  db: Queryable,
  tokenHash: string,
  now: Date,
  idleSince?: Date,
): Promise<ActiveSession | null> {
  const rows = await db.query<
    SessionRow & { email: string; display_name: string; last_seen_at: Date | string | null }
  >(
    `SELECT s.token_hash, s.user_id, s.csrf_token, s.expires_at, s.last_seen_at, u.email, u.display_name
       FROM sessions s JOIN users u ON u.id = s.user_id
      WHERE s.token_hash = $1 AND s.expires_at > $2 AND ($3::timestamptz IS NULL OR s.last_seen_at > $3)`,
    [tokenHash, now.toISOString(), idleSince?.toISOString() ?? null],
  );
  const row = rows[0];
  if (!row) return null;
  return {
    session: toSession(row),
    user: { id: row.user_id, email: row.email, displayName: row.display_name },
    lastSeenAt: row.last_seen_at === null ? null : new Date(row.last_seen_at),
  };
}

/**
 * Records that the session was used at `now`. Skipped while the last record is newer than `unchangedSince`,
 * so a page that makes many requests writes at most once a minute or so.
 */
export async function touchSession(
  db: Queryable,
  tokenHash: string,
  now: Date,
  unchangedSince: Date = now,
): Promise<void> {
  await db.query('UPDATE sessions SET last_seen_at = $2 WHERE token_hash = $1 AND last_seen_at < $3', [
    tokenHash,
    now.toISOString(),
    unchangedSince.toISOString(),
  ]);
}

/** Ends a session (sign-out). Deleting one that does not exist is not an error. */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Ends all of a user's sessions except `keepTokenHash` (after a password change) and returns how many. */
export async function deleteUserSessions(
  db: Queryable,
  userId: string,
  keepTokenHash: string | null = null,
): Promise<number> {
  const rows = await db.query(
    `DELETE FROM sessions WHERE user_id = $1 AND ($2::text IS NULL OR token_hash <> $2)
     RETURNING token_hash`,
    [userId, keepTokenHash],
  );
  return rows.length;
}

/**
 * Removes sessions that expired at or before `now`, and with `idleSince` also those last used at or before
 * it; returns how many there were.
 */
export async function deleteExpiredSessions(db: Queryable, now: Date, idleSince?: Date): Promise<number> {
  const rows = await db.query(
    `DELETE FROM sessions WHERE expires_at <= $1 OR ($2::timestamptz IS NOT NULL AND last_seen_at <= $2)
     RETURNING token_hash`,
    [now.toISOString(), idleSince?.toISOString() ?? null],
  );
  return rows.length;
}

function toSession(row: SessionRow): Session {
  return {
    tokenHash: row.token_hash,
    userId: row.user_id,
    csrfToken: row.csrf_token,
    expiresAt: new Date(row.expires_at).toISOString(),
  };
}
