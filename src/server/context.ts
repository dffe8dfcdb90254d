/**
 * What every request handler can reach: the database, the clock, the sign-in throttle, and per-request
 * values set by the middleware (user, session, role in the case, language).
 * @module
 */
import type { Database } from '../storage/database.ts';
import type { CaseRole, Session, User } from '../storage/case-store.ts';
import type { Language } from '../i18n/language.ts';
import type { LoginThrottle } from './auth/throttle-policy.ts';
import type { Compute } from './compute/compute-pool.ts';
import type { ResultCache } from './compute/result-cache.ts';
import type { LoadedRevision } from './loaded-revision.ts';
import type { RequestStateCache } from './request-state-cache.ts';
import type { ActiveSession } from '../storage/sessions.ts';
import type { ReferenceDataset } from '../case/reference/reference-data.ts';

export interface ServerDeps {
  db: Database;
  /** Counts sign-in attempts in the database; holds the policy and whether to trust a reverse proxy. */
  loginThrottle: LoginThrottle;
  /** Where heavy jobs run: a pool of worker threads (inline only in in-process tests). */
  compute: Compute;
  /** Parsed revisions, by case and number. */
  revisions: ResultCache<LoadedRevision | null>;
  /** Response bodies derived from a revision, by `resultKey`. */
  results: ResultCache<string | null>;
  /** Sessions and roles read per request, kept while the database reports no write (PGlite only). */
  requestState: {
    sessions: RequestStateCache<ActiveSession | null>;
    access: RequestStateCache<{ role: CaseRole | null; latestRevision: number | null }>;
  };
  /** The same bodies compressed (brotli, gzip), by `resultKey` and encoding. */
  encoded: ResultCache<Uint8Array>;
  /** The clock, injected so tests control session expiry. */
  now: () => Date;
  /** How long a session lasts at most, used or not. */
  sessionTtlMs: number;
  /** How long a session lasts unused. @default 30 minutes (`DEFAULT_SESSION_IDLE_MS`) */
  sessionIdleMs?: number;
  /**
   * SSB's and Kartverket's figures for all municipalities (`referenceDataOf`).
   * @default the dataset shipped with the build (`shippedReferenceData()`)
   */
  referenceData?: ReferenceDataset;
}

export type AppEnv = {
  Variables: {
    deps: ServerDeps;
    user: User | null;
    session: Session | null;
    role: CaseRole | null;
    /** The case's newest revision, read with the role (one query); `undefined` on routes without a case role. */
    latestRevision: number | null | undefined;
    language: Language;
  };
};
