/**
 * Test support for in-process API tests: a fresh in-memory PGlite with the default case, one user per role,
 * and a signed-in client per user that carries the session cookie and CSRF token like a browser would.
 * @module
 */
import type { ReferenceDataset } from '../case/reference/reference-data.ts';
import { openDatabase } from '../storage/open-database.ts';
import type { Database } from '../storage/database.ts';
import type { CaseRole } from '../storage/case-store.ts';
import { setMember } from '../storage/members.ts';
import { createUser } from '../storage/users.ts';
import { analysisRecordsSettled } from './analysis-record.ts';
import { createApp } from './app.ts';
import { createServerCaches } from './cached-response.ts';
import { inlineCompute } from './compute/compute-pool.ts';
import { hashPassword } from './auth/password.ts';
import { LoginThrottle, type ThrottlePolicy } from './auth/throttle-policy.ts';
import { bootstrap } from './bootstrap.ts';

export const TEST_PASSWORD = 'riktig-hest-batteri-stift';

export interface TestClient {
  request(method: string, path: string, body?: unknown, headers?: Record<string, string>): Promise<Response>;
  csrfToken: string;
}

export interface TestServer {
  db: Database;
  caseId: string;
  app: ReturnType<typeof createApp>;
  /** The server's result cache, so tests can see what was computed and what was reused. */
  results: ReturnType<typeof createServerCaches>['results'];
  /** Signs in and returns a client with cookie and CSRF token. */
  signIn(email: string, password?: string): Promise<TestClient>;
  anonymous: TestClient;
  emails: Record<CaseRole | 'outsider', string>;
  close(): Promise<void>;
}

export async function startTestServer(
  options: {
    rateLimit?: Partial<ThrottlePolicy>;
    now?: () => Date;
    /** Count sign-ins by X-Forwarded-For, so a test can play several client addresses. */
    trustProxy?: boolean;
    sessionIdleMs?: number;
    /** Reference data to answer from instead of the shipped data, as a refreshed file gives at start. */
    referenceData?: ReferenceDataset;
  } = {},
): Promise<TestServer> {
  const db = await openDatabase({ dataDir: null });
  const { caseId } = await bootstrap(db, { ownerPassword: TEST_PASSWORD });
  const emails = {
    owner: 'eier@flokk.local',
    editor: 'redaktor@test.no',
    reader: 'leser@test.no',
    outsider: 'utenfor@test.no',
  };
  const passwordHash = await hashPassword(TEST_PASSWORD);
  for (const role of ['editor', 'reader', 'outsider'] as const) {
    const user = await createUser(db, { email: emails[role], displayName: `Test ${role}`, passwordHash });
    if (role !== 'outsider') await setMember(db, caseId, user.id, role);
  }
  const caches = createServerCaches();
  const app = createApp({
    db,
    // In-process tests compute on the test's thread; the pool itself is tested in compute-pool.test.ts.
    compute: inlineCompute,
    ...caches,
    loginThrottle: new LoginThrottle({
      ...(options.rateLimit ? { policy: options.rateLimit } : {}),
      ...(options.trustProxy ? { trustProxy: true } : {}),
    }),
    now: options.now ?? (() => new Date()),
    sessionTtlMs: 60 * 60 * 1000,
    ...(options.sessionIdleMs === undefined ? {} : { sessionIdleMs: options.sessionIdleMs }),
    ...(options.referenceData ? { referenceData: options.referenceData } : {}),
  });

  function client(cookie: string, csrfToken: string): TestClient {
    return {
      csrfToken,
      async request(method, path, body, headers = {}) {
        const init: RequestInit = {
          method,
          headers: {
            ...(cookie ? { cookie } : {}),
            ...(csrfToken ? { 'x-csrf-token': csrfToken } : {}),
            ...(body === undefined ? {} : { 'content-type': 'application/json' }),
            ...headers,
          },
          ...(body === undefined
            ? {}
            : {
                body:
                  typeof body === 'string'
                    ? body
                    : body instanceof Uint8Array
                      ? new Blob([new Uint8Array(body)])
                      : JSON.stringify(body),
              }),
        };
        return app.request(`http://localhost${path}`, init);
      },
    };
  }

  return {
    db,
    caseId,
    app,
    results: caches.results,
    emails,
    anonymous: client('', ''),
    async signIn(email, password = TEST_PASSWORD) {
      const response = await client('', '').request('POST', '/api/auth/login', { email, password });
      if (response.status !== 200) throw new Error(`Sign-in failed for ${email}: ${response.status}`);
      // The session cookie only: sign-in also sets the device cookie.
      const session = response.headers.getSetCookie().find((c) => c.startsWith('flokk_session='));
      const cookie = (session ?? '').split(';')[0] ?? '';
      const { csrfToken } = (await response.json()) as { csrfToken: string };
      return client(cookie, csrfToken);
    },
    async close() {
      // Recordings of analysis results run after the answer; they must not meet a closed database.
      await analysisRecordsSettled();
      await db.close();
    },
  };
}
