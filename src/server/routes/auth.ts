import { z } from 'zod';
import { RateLimitedError, UnauthenticatedError } from '../../common/errors.ts';
import { findUserByEmail } from '../../storage/users.ts';
import { verifyPassword } from '../auth/password.ts';
import { endSession, startSession } from '../auth/session.ts';
import { defineRoute } from '../route.ts';

const Credentials = z.strictObject({
  email: z.string().trim().min(1).max(254),
  password: z.string().min(1).max(1024),
});

const UserShape = z.object({ id: z.string(), email: z.string(), displayName: z.string() });
const SessionInfo = z.object({ user: UserShape, csrfToken: z.string() });

// A real hash to compare against when the account does not exist, so timing does not reveal accounts.
const DUMMY_HASH =
  'scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA';

export const authRoutes = [
  defineRoute({
    method: 'POST',
    path: '/api/auth/login',
    access: 'public',
    csrf: false,
    tag: 'auth',
    summary: 'Sign in with e-mail and password; sets the session cookie',
    body: Credentials,
    response: SessionInfo,
    async handle(c, { email, password }) {
      const { db, rateLimiter } = c.var.deps;
      const key = email.toLowerCase();
      const wait = rateLimiter.retryAfterSeconds(key);
      if (wait > 0) throw new RateLimitedError(wait);
      const user = await findUserByEmail(db, email);
      const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !valid) {
        rateLimiter.recordFailure(key);
        throw new UnauthenticatedError('Feil e-post eller passord');
      }
      rateLimiter.reset(key);
      const profile = { id: user.id, email: user.email, displayName: user.displayName };
      const csrfToken = await startSession(c, profile);
      return c.json({ user: profile, csrfToken });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/auth/me',
    access: 'signedIn',
    tag: 'auth',
    summary: 'The signed-in user and the CSRF token for writes',
    response: SessionInfo,
    async handle(c) {
      return c.json({ user: c.var.user, csrfToken: c.var.session?.csrfToken });
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/auth/logout',
    access: 'signedIn',
    tag: 'auth',
    summary: 'Sign out',
    successStatus: 204,
    async handle(c) {
      await endSession(c);
      return c.body(null, 204);
    },
  }),
];
