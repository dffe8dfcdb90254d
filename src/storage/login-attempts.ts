/**
 * Sign-in attempts and the server's long-lived secrets, kept in the database so that every Flokk process
 * sharing it counts and signs alike (nothing of either lives only in one process's memory).
 *
 * An attempt is reserved before the password is checked: in one transaction the counting keys are locked
 * (`pg_advisory_xact_lock`, in a fixed order so two reservations never wait on each other), their recent
 * attempts are read, the caller's policy decides, and the attempt is written. Parallel sign-ins on the same
 * key therefore run one after the other and each sees the ones before it, even across processes. Keys are
 * stored as their SHA-256, never as the e-mail or IP address they name.
 * @module
 */
import { createHash, randomBytes, randomUUID } from 'node:crypto';
import type { Queryable } from './database.ts';
import { inTransaction } from './transaction.ts';

/** What a reservation gives the policy: per key, the times of its attempts in the window, newest first. */
export type AttemptHistory = readonly (readonly Date[])[];

/** The outcome of `reserveAttempt`: the attempt's id, or how long to wait before trying again. */
export type Reservation = { attemptId: string } | { retryAfterMs: number };

export interface ReserveInput {
  /** The counting keys, e.g. `account:kari@example.no` and `address:192.0.2.1`. */
  keys: readonly string[];
  /** The time the attempt is recorded at. */
  now: Date;
  /** Attempts at or before this time are not counted. */
  since: Date;
  /**
   * The policy: milliseconds to wait, or 0 to go ahead. `history[i]` belongs to `keys[i]`.
   * Called while the keys are locked, so it must not touch the database.
   */
  decide: (history: AttemptHistory) => number;
}

/** The stored form of a counting key. */
export function hashAttemptKey(key: string): string {
  return createHash('sha256').update(key).digest('base64url');
}

/** A 64-bit advisory lock id for a key hash (the first 8 bytes of its SHA-256), as PostgreSQL's bigint. */
function lockId(keyHash: string): bigint {
  return createHash('sha256').update(`login-attempt:${keyHash}`).digest().readBigInt64BE(0);
}

/**
 * Counts and records an attempt atomically. Refused attempts are not recorded, so waiting out a
 * `retryAfterMs` is never made longer by the attempts made meanwhile.
 */
export function reserveAttempt(db: Queryable, input: ReserveInput): Promise<Reservation> {
  const hashes = input.keys.map(hashAttemptKey);
  const unique = [...new Set(hashes)];
  const locks = [...new Set(unique.map(lockId))].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  return inTransaction(db, async (tx) => {
    for (const lock of locks) await tx.query('SELECT pg_advisory_xact_lock($1::bigint)', [lock.toString()]);
    // Read after the locks: in READ COMMITTED each statement sees what earlier lock holders committed.
    const rows = await tx.query<{ key_hash: string; attempted_at: Date | string }>(
      `SELECT key_hash, attempted_at FROM login_attempts
        WHERE key_hash = ANY($1::text[]) AND attempted_at > $2
        ORDER BY attempted_at DESC`,
      [unique, input.since.toISOString()],
    );
    const history = hashes.map((hash) =>
      rows.filter((row) => row.key_hash === hash).map((row) => new Date(row.attempted_at)),
    );
    const wait = input.decide(history);
    if (wait > 0) return { retryAfterMs: wait };
    const attemptId = randomUUID();
    await tx.query(
      `INSERT INTO login_attempts (attempt_id, key_hash, attempted_at)
       SELECT $1, k, $3 FROM unnest($2::text[]) AS k`,
      [attemptId, unique, input.now.toISOString()],
    );
    return { attemptId };
  });
}

/** Takes back an attempt that turned out right, so only failed attempts keep counting. */
export async function forgetAttempt(db: Queryable, attemptId: string): Promise<void> {
  await db.query('DELETE FROM login_attempts WHERE attempt_id = $1', [attemptId]);
}

/** Forgets every attempt on a key (a device whose owner has just signed in). */
export async function clearAttemptKey(db: Queryable, key: string): Promise<void> {
  await db.query('DELETE FROM login_attempts WHERE key_hash = $1', [hashAttemptKey(key)]);
}

/** How many attempts on the key are recorded after `since`. */
export async function countAttempts(db: Queryable, key: string, since: Date): Promise<number> {
  const rows = await db.query<{ count: number }>(
    'SELECT count(*)::int AS count FROM login_attempts WHERE key_hash = $1 AND attempted_at > $2',
    [hashAttemptKey(key), since.toISOString()],
  );
  return Number(rows[0]?.count ?? 0);
}

/** Deletes attempts at or before `before` and returns how many there were. */
export async function purgeAttempts(db: Queryable, before: Date): Promise<number> {
  const rows = await db.query('DELETE FROM login_attempts WHERE attempted_at <= $1 RETURNING attempt_id', [
    before.toISOString(),
  ]);
  return rows.length;
}

/**
 * The secret called `name`, made (32 random bytes, base64url) the first time any process asks. Two processes
 * asking at once get the same one: the second insert does nothing and both read the row that won.
 */
export async function serverSecret(db: Queryable, name: string): Promise<string> {
  await db.query('INSERT INTO server_secrets (name, secret) VALUES ($1, $2) ON CONFLICT (name) DO NOTHING', [
    name,
    randomBytes(32).toString('base64url'),
  ]);
  const rows = await db.query<{ secret: string }>('SELECT secret FROM server_secrets WHERE name = $1', [
    name,
  ]);
  if (!rows[0]) throw new Error(`The server secret ${name} could not be stored`);
  return rows[0].secret;
}
