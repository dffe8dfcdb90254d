/**
 * Sessions live in the database; the browser holds only a random token in an httpOnly, SameSite=Strict
 * cookie. The database stores the token's SHA-256, so a leaked table cannot be replayed as cookies.
 * @module
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import { createSession, deleteSession, findValidSession } from '../../storage/sessions.ts';
import { findUserById } from '../../storage/users.ts';
import type { User } from '../../storage/case-store.ts';
import type { AppEnv } from '../context.ts';

export const SESSION_COOKIE = 'flokk_session';

function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Loads the signed-in user, if any, into `c.var.user` and `c.var.session`. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('user', null);
  c.set('session', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const { db, now } = c.var.deps;
    const session = await findValidSession(db, hashToken(token), now());
    const user = session ? await findUserById(db, session.userId) : null;
    if (session && user) {
      c.set('session', session);
      c.set('user', { id: user.id, email: user.email, displayName: user.displayName });
    }
  }
  await next();
};

/** Starts a session for `user`, sets the cookie and returns the CSRF token the client must echo on writes. */
export async function startSession(c: Context<AppEnv>, user: User): Promise<string> {
  const { db, now, sessionTtlMs } = c.var.deps;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now().getTime() + sessionTtlMs);
  await createSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
  });
  setCookie(c, SESSION_COOKIE, token, {
    httpOnly: true,
    sameSite: 'Strict',
    path: '/',
    secure: new URL(c.req.url).protocol === 'https:',
    expires: expiresAt,
  });
  return csrfToken;
}

export async function endSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deleteSession(c.var.deps.db, hashToken(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}
