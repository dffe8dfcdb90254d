/**
 * Sessions live in the database; the browser holds only a random token in an httpOnly, SameSite=Strict
 * cookie. The database stores the token's SHA-256, so a leaked table cannot be replayed as cookies. A session
 * ends at its absolute expiry (`sessionTtlMs`), after `sessionIdleMs` unused, or at sign-out, and expired ones
 * are deleted on every sign-in and by the server's timer (`purgeStale`).
 * @module
 */
import { createHash, randomBytes } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';
import {
  createSession,
  deleteExpiredSessions,
  deleteSession,
  findActiveSession,
  touchSession,
} from '../../storage/sessions.ts';
import type { User } from '../../storage/case-store.ts';
import type { AppEnv, ServerDeps } from '../context.ts';

export const SESSION_COOKIE = 'flokk_session';
/** A session unused this long has ended (ASVS 3.3.2, NIST SP 800-63B AAL2: 30 minutes). */
export const DEFAULT_SESSION_IDLE_MS = 30 * 60 * 1000;
/** Use within this long of the last recorded use is not written again. */
const TOUCH_INTERVAL_MS = 60 * 1000;

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

function idleMs(deps: ServerDeps): number {
  return deps.sessionIdleMs ?? DEFAULT_SESSION_IDLE_MS;
}

/** Loads the signed-in user, if any, into `c.var.user` and `c.var.session`, and records the use. */
export const loadSession: MiddlewareHandler<AppEnv> = async (c, next) => {
  c.set('user', null);
  c.set('session', null);
  const token = getCookie(c, SESSION_COOKIE);
  if (token) {
    const { db, now } = c.var.deps;
    const at = now();
    const tokenHash = hashToken(token);
    const idleSince = new Date(at.getTime() - idleMs(c.var.deps));
    const remembered = await c.var.deps.requestState.sessions.get(db, tokenHash, () =>
      findActiveSession(db, tokenHash, at, idleSince),
    );
    // A remembered session is checked against the clock again, exactly as the query checks it.
    const active =
      remembered &&
      new Date(remembered.session.expiresAt) > at &&
      remembered.lastSeenAt !== null &&
      remembered.lastSeenAt > idleSince
        ? remembered
        : null;
    if (active) {
      // Written at most once a minute per session: most requests cost this one read and nothing else.
      const touchedSince = new Date(at.getTime() - TOUCH_INTERVAL_MS);
      if (active.lastSeenAt === null || active.lastSeenAt < touchedSince) {
        await touchSession(db, tokenHash, at, touchedSince);
      }
      c.set('session', active.session);
      c.set('user', active.user);
    }
  }
  await next();
};

/** Starts a session for `user`, sets the cookie and returns the CSRF token the client must echo on writes. */
export async function startSession(c: Context<AppEnv>, user: User): Promise<string> {
  const { db, now, sessionTtlMs } = c.var.deps;
  const token = randomBytes(32).toString('base64url');
  const csrfToken = randomBytes(32).toString('base64url');
  const at = now();
  const expiresAt = new Date(at.getTime() + sessionTtlMs);
  await createSession(db, {
    tokenHash: hashToken(token),
    userId: user.id,
    csrfToken,
    expiresAt: expiresAt.toISOString(),
    lastSeenAt: at.toISOString(),
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

/** Ends the browser's session: deletes it from the database and clears the cookie. */
export async function endSession(c: Context<AppEnv>): Promise<void> {
  const token = getCookie(c, SESSION_COOKIE);
  if (token) await deleteSession(c.var.deps.db, hashToken(token));
  deleteCookie(c, SESSION_COOKIE, { path: '/' });
}

/** Deletes sessions past their expiry or idle limit, and sign-in attempts too old to count. */
export async function purgeStale(deps: ServerDeps): Promise<{ sessions: number; attempts: number }> {
  const at = deps.now();
  const sessions = await deleteExpiredSessions(deps.db, at, new Date(at.getTime() - idleMs(deps)));
  const attempts = await deps.loginThrottle.purge(deps.db, at);
  return { sessions, attempts };
}
