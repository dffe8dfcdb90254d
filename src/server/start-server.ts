/**
 * Starts Flokk: opens the database (embedded PGlite by default, a PostgreSQL server with DATABASE_URL),
 * runs migrations, seeds the default case on first start, and serves the API and the web app.
 * @module
 */
import { serve } from '@hono/node-server';
import { openDatabase } from '../storage/open-database.ts';
import { createApp } from './app.ts';
import { LoginRateLimiter } from './auth/login-rate-limit.ts';
import { bootstrap } from './bootstrap.ts';
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
}

export interface RunningServer {
  url: string;
  driver: 'pglite' | 'postgres';
  caseId: string;
  owner: { email: string; password: string | null };
  close(): Promise<void>;
}

const SESSION_TTL_MS = 12 * 60 * 60 * 1000;

export async function startServer(options: StartOptions = {}): Promise<RunningServer> {
  const db = await openDatabase({
    ...(options.databaseUrl ? { databaseUrl: options.databaseUrl } : {}),
    dataDir: options.dataDir ?? './data',
  });
  const host = options.host ?? '127.0.0.1';
  let server: ReturnType<typeof serve>;
  let seeded: Awaited<ReturnType<typeof bootstrap>>;
  try {
    seeded = await bootstrap(db, options.ownerPassword ? { ownerPassword: options.ownerPassword } : {});
    const app = createApp({
      db,
      rateLimiter: new LoginRateLimiter(),
      now: () => new Date(),
      sessionTtlMs: SESSION_TTL_MS,
    });
    serveWebApp(app);
    server = await new Promise<ReturnType<typeof serve>>((resolve, reject) => {
      const s = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname: host }, () => resolve(s));
      s.once('error', reject);
    });
  } catch (error) {
    // A port in use must not leave the database open and the process hanging.
    await db.close();
    throw error;
  }
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 3000);
  return {
    url: `http://${host === '0.0.0.0' ? 'localhost' : host}:${port}`,
    driver: db.driver,
    caseId: seeded.caseId,
    owner: seeded.owner,
    async close() {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      await db.close();
    },
  };
}
