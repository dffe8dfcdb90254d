/**
 * Sign-in sessions. The table holds the SHA-256 of the cookie token, never the token, so a leaked table
 * cannot be replayed. The clock is passed in, so tests control expiry.
 * @module
 */
import type { Session } from './case-store.ts';
import type { Queryable } from './database.ts';

type SessionRow = { token_hash: string; user_id: string; csrf_token: string; expires_at: Date | string };

/** Stores a new session. */
export async function createSession(db: Queryable, session: Session): Promise<void> {
  await db.query(
    'INSERT INTO sessions (token_hash, user_id, csrf_token, expires_at) VALUES ($1, $2, $3, $4)',
    [session.tokenHash, session.userId, session.csrfToken, new Date(session.expiresAt).toISOString()],
  );
}

/** The session for this token hash if it has not expired at `now`, else `null`. */
export async function findValidSession(db: Queryable, tokenHash: string, now: Date): Promise<Session | null> {
  const rows = await db.query<SessionRow>(
    'SELECT token_hash, user_id, csrf_token, expires_at FROM sessions WHERE token_hash = $1 AND expires_at > $2',
    [tokenHash, now.toISOString()],
  );
  return rows[0] ? toSession(rows[0]) : null;
}

/** Ends a session (sign-out). Deleting one that does not exist is not an error. */
export async function deleteSession(db: Queryable, tokenHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE token_hash = $1', [tokenHash]);
}

/** Removes sessions that expired at or before `now` and returns how many there were. */
export async function deleteExpiredSessions(db: Queryable, now: Date): Promise<number> {
  const rows = await db.query('DELETE FROM sessions WHERE expires_at <= $1 RETURNING token_hash', [
    now.toISOString(),
  ]);
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
