import { z } from 'zod';
import { UnauthenticatedError, ValidationError } from '../../common/errors.ts';
import { text, TEXT_LIMITS } from '../../case/schema/text.ts';
import type { Language } from '../../i18n/language.ts';
import { deleteUserSessions } from '../../storage/sessions.ts';
import { findUserByEmail, setPasswordHash } from '../../storage/users.ts';
import { issueDeviceCookie } from '../auth/device-cookie.ts';
import { beginAttempt } from '../auth/login-throttle.ts';
import { hashPassword, verifyPassword } from '../auth/password.ts';
import { PASSWORD_FIELD_MAX, passwordIssues } from '../auth/password-policy.ts';
import { endSession, purgeStale, startSession } from '../auth/session.ts';
import { defineRoute } from '../route.ts';

const Credentials = z.strictObject({
  email: text(TEXT_LIMITS.name),
  password: z.string().min(1).max(PASSWORD_FIELD_MAX),
});

const PasswordChange = z.strictObject({
  currentPassword: z.string().min(1).max(PASSWORD_FIELD_MAX),
  newPassword: z.string().max(PASSWORD_FIELD_MAX),
});

const UserShape = z.object({ id: z.string(), email: z.string(), displayName: z.string() });
const SessionInfo = z.object({ user: UserShape, csrfToken: z.string() });

const WRONG_CURRENT_PASSWORD: Record<Language, string> = {
  nb: 'Det nåværende passordet er feil',
  nn: 'Det noverande passordet er feil',
  en: 'The current password is wrong',
};

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
    summary:
      'Sign in with e-mail and password; sets the session cookie and the device cookie. Attempts are throttled (429 with Retry-After)',
    body: Credentials,
    response: SessionInfo,
    async handle(c, { email, password }) {
      const { db } = c.var.deps;
      // Counted before anything is looked up or checked, so parallel guesses cannot outrun the count.
      const attempt = await beginAttempt(c, email);
      const user = await findUserByEmail(db, email);
      const valid = await verifyPassword(password, user?.passwordHash ?? DUMMY_HASH);
      if (!user || !valid) throw new UnauthenticatedError('Feil e-post eller passord');
      await attempt.succeeded();
      await purgeStale(c.var.deps);
      const profile = { id: user.id, email: user.email, displayName: user.displayName };
      const csrfToken = await startSession(c, profile);
      await issueDeviceCookie(c, user.email);
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
    summary: 'Sign out: the session is deleted',
    successStatus: 204,
    async handle(c) {
      await endSession(c);
      return c.body(null, 204);
    },
  }),
  defineRoute({
    method: 'POST',
    path: '/api/auth/password',
    access: 'signedIn',
    tag: 'auth',
    summary:
      'Change your own password (the current one and a new one); ends your other sessions. Throttled like sign-in',
    body: PasswordChange,
    successStatus: 204,
    async handle(c, { currentPassword, newPassword }) {
      const { db } = c.var.deps;
      const user = c.var.user;
      const session = c.var.session;
      if (!user || !session) throw new UnauthenticatedError();
      const language = c.var.language;
      const newPasswordIssues = passwordIssues(newPassword, user, language, 'newPassword');
      // Proving the current password is a sign-in attempt, counted the same way.
      const attempt = await beginAttempt(c, user.email);
      const stored = await findUserByEmail(db, user.email);
      const valid = await verifyPassword(currentPassword, stored?.passwordHash ?? DUMMY_HASH);
      if (!stored || !valid) {
        throw new ValidationError([
          { path: 'currentPassword', code: 'wrong_password', message: WRONG_CURRENT_PASSWORD[language] },
          ...newPasswordIssues,
        ]);
      }
      await attempt.succeeded();
      if (newPasswordIssues.length > 0) throw new ValidationError(newPasswordIssues);
      const passwordHash = await hashPassword(newPassword);
      await db.transaction(async (tx) => {
        await setPasswordHash(tx, user.id, passwordHash);
        await deleteUserSessions(tx, user.id, session.tokenHash);
      });
      return c.body(null, 204);
    },
  }),
];
