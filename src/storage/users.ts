/**
 * User accounts. E-mail addresses are stored lower-case, so sign-in and the unique constraint ignore case.
 * @module
 */
import { NotFoundError, ValidationError } from '../common/errors.ts';
import type { User, UserWithSecret } from './case-store.ts';
import type { Queryable } from './database.ts';
import { hasSqlState, SqlState } from './query-error.ts';

export interface NewUser {
  email: string;
  displayName: string;
  /** The password hash from `server/auth/password.ts`; storage never sees the password. */
  passwordHash: string;
}

type UserRow = { id: string; email: string; display_name: string; password_hash: string };

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Creates a user. Throws `ValidationError` on `email` if another account has the address in any case. */
export async function createUser(db: Queryable, input: NewUser): Promise<User> {
  try {
    const rows = await db.query<UserRow>(
      `INSERT INTO users (email, display_name, password_hash) VALUES ($1, $2, $3)
       RETURNING id, email, display_name, password_hash`,
      [normalizeEmail(input.email), input.displayName, input.passwordHash],
    );
    if (!rows[0]) throw new Error('INSERT … RETURNING gave no row');
    return toUser(rows[0]);
  } catch (error) {
    if (!hasSqlState(error, SqlState.uniqueViolation)) throw error;
    throw new ValidationError([
      { path: 'email', code: 'email_taken', message: 'E-postadressen er allerede i bruk' },
    ]);
  }
}

/** The user with this e-mail address in any case, with the password hash for sign-in; `null` if none. */
export async function findUserByEmail(db: Queryable, email: string): Promise<UserWithSecret | null> {
  const rows = await db.query<UserRow>(
    'SELECT id, email, display_name, password_hash FROM users WHERE email = $1',
    [normalizeEmail(email)],
  );
  return rows[0] ? { ...toUser(rows[0]), passwordHash: rows[0].password_hash } : null;
}

/** The user with this id, or `null`; an id that is not a UUID is simply not found. */
export async function findUserById(db: Queryable, userId: string): Promise<User | null> {
  if (!UUID.test(userId)) return null;
  const rows = await db.query<UserRow>('SELECT id, email, display_name FROM users WHERE id = $1', [userId]);
  return rows[0] ? toUser(rows[0]) : null;
}

/** Replaces the user's password hash (a password change or a rehash). Throws `NotFoundError` if no user. */
export async function setPasswordHash(db: Queryable, userId: string, passwordHash: string): Promise<void> {
  const rows = await db.query('UPDATE users SET password_hash = $2 WHERE id = $1 RETURNING id', [
    userId,
    passwordHash,
  ]);
  if (rows.length === 0) throw new NotFoundError();
}

/** How many accounts exist; zero means the first start, when the first owner is set up. */
export async function countUsers(db: Queryable): Promise<number> {
  const rows = await db.query<{ count: number }>('SELECT count(*)::int AS count FROM users');
  return Number(rows[0]?.count ?? 0);
}

/** Lower-cases in JavaScript, not with SQL `lower()`, whose result depends on the database's locale. */
function normalizeEmail(email: string): string {
  return email.toLowerCase();
}

function toUser(row: UserRow): User {
  return { id: row.id, email: row.email, displayName: row.display_name };
}
