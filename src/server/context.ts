/**
 * What every request handler can reach: the database, the clock, the sign-in limiter, and per-request
 * values set by the middleware (user, session, role in the case, language).
 * @module
 */
import type { Database } from '../storage/database.ts';
import type { CaseRole, Session, User } from '../storage/case-store.ts';
import type { Language } from '../i18n/language.ts';
import type { LoginRateLimiter } from './auth/login-rate-limit.ts';

export interface ServerDeps {
  db: Database;
  rateLimiter: LoginRateLimiter;
  /** The clock, injected so tests control session expiry. */
  now: () => Date;
  /** How long a session lasts. */
  sessionTtlMs: number;
}

export type AppEnv = {
  Variables: {
    deps: ServerDeps;
    user: User | null;
    session: Session | null;
    role: CaseRole | null;
    language: Language;
  };
};
