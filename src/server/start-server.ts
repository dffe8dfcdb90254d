/**
 * Starts Flokk: opens the database (embedded PGlite by default, a PostgreSQL server with DATABASE_URL),
 * runs migrations, seeds the default case on first start, and serves the API and the web app.
 * @module
 */
import { serve } from '@hono/node-server';
import { openDatabase } from '../storage/open-database.ts';
import { analysisRecordsSettled } from './analysis-record.ts';
import { createApp } from './app.ts';
import { purgeStale } from './auth/session.ts';
import { LoginThrottle } from './auth/throttle-policy.ts';
import { bootstrap } from './bootstrap.ts';
import { createServerCaches } from './cached-response.ts';
import { ComputePool } from './compute/compute-pool.ts';
import { referenceDataAtStart } from './reference-data.ts';
import type { ServerDeps } from './context.ts';
import { serveWebApp } from './static-files.ts';

export interface StartOptions {
  /** @default 3000 */
  port?: number;
  /** @default '127.0.0.1' */
  host?: string;
  /** PostgreSQL server; when absent, embedded PGlite in `dataDir`. */
  databaseUrl?: string;
  /** @default './data' */
  dataDir?: string;
  /** Password for the owner account when it is created; random when absent. */
  ownerPassword?: string;
  /**
   * Count sign-in attempts by the last X-Forwarded-For address, for a server behind exactly one reverse proxy
   * that sets it. Off by default (then the header could be forged): the socket's address counts.
   * @default process.env.FLOKK_TRUST_PROXY === '1'
   */
  trustProxy?: boolean;
}

export interface RunningServer {
  url: string;
  driver: 'pglite' | 'postgres';
  caseId: string;
  owner: { email: string; password: string | null };
  close(): Promise<void>;
}

/** The result cache's memory budget: `FLOKK_CACHE_MB` megabytes, 64 by default. */
function cacheBytes(): number {
  const megabytes = Number(process.env['FLOKK_CACHE_MB'] ?? 64);
  return (Number.isFinite(megabytes) && megabytes > 0 ? megabytes : 64) * 1024 * 1024;
}

/** A session lasts at most 12 hours (ASVS 3.3.2, NIST SP 800-63B AAL2); unused, 30 minutes. */
const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
/** How often expired sessions and old sign-in attempts are deleted besides at every sign-in. */
const PURGE_INTERVAL_MS = 10 * 60 * 1000;

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const db = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    dataDir: options.dataDir ?? './data',
  });
  const host = options.host ?? '127.0.0.1';
  // Figures refreshed by `flokk ssb update`, when there are valid ones; else the shipped data.
  const referenceData = await referenceDataAtStart(options.dataDir ?? './data', (message) =>
    console.warn(message),
  );
  let server: ReturnType<typeof serve>;
  let seeded: Awaited<ReturnType<typeof bootstrap>>;
  const compute = new ComputePool();
  const deps: ServerDeps = {
    db,
    compute,
    ...createServerCaches(cacheBytes()),
    loginThrottle: new LoginThrottle({
      trustProxy: options.trustProxy ?? process.env['FLOKK_TRUST_PROXY'] === '1',
    }),
    now: () => new Date(),
    sessionTtlMs: SESSION_TTL_MS,
    ...(referenceData ? { referenceData } : {}),
  };
  try {
    seeded = await bootstrap(db, options.ownerPassword ? { ownerPassword: options.ownerPassword } : {});
    const app = createApp(deps);
    serveWebApp(app);
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname: host }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    // A port in use must not leave the database open and the process hanging.
    await compute.close();
    await db.close();
    throw error;
  }
  // Sign-in purges too; the timer covers quiet periods. Unref'd: it never keeps the process alive.
  const purgeTimer = setInterval(() => {
    purgeStale(deps).catch((error: unknown) => console.error('Purging expired sessions failed', error));
  }, PURGE_INTERVAL_MS);
  purgeTimer.unref();
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 3000);
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    driver: db.driver,
    caseId: seeded.caseId,
    owner: seeded.owner,
    async close() {
      clearInterval(purgeTimer);
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await compute.close();
      // Results computed before the close are still recorded.
      await analysisRecordsSettled();
      await db.close();
    },
  };
}
