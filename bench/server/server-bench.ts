/**
 * `npm run bench -- server`: the server under load, as issue 12 measures it. Starts `flokk serve` as a child
 * process (the bench and its load generator, autocannon, stay out of the server's process) on embedded
 * PGlite and, when DATABASE_URL is set, on that PostgreSQL server (in a schema of its own), with the default
 * case and 1 000 revisions of history, then measures:
 * - case read: GET the latest case, 200 connections;
 * - health while four clients each loop 200 000-draw analyses (distinct seeds, so nothing is cached);
 * - the first history page of the case with 1 000 revisions, cold (first request) and under load;
 * - mixed reads: case, people, model choice, cost sharing and the case list, 200 connections.
 * Every response time is recorded, so p95 is exact rather than autocannon's nearest percentile. Requests ask
 * for compressed answers, as browsers do. The load generator runs on the same machine as the server.
 * @module
 */
import autocannon from 'autocannon';
import { randomBytes } from 'node:crypto';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { bootstrap } from '../../src/server/bootstrap.ts';
import { getLatestRevision, saveRevision } from '../../src/storage/cases.ts';
import { openNodePostgres } from '../../src/storage/drivers/node-postgres.ts';
import { openDatabase, type DatabaseConfig } from '../../src/storage/open-database.ts';
import { startFlokk } from '../../test/e2e/flokk-process.ts';
import { quantile } from '../harness.ts';

const PASSWORD = 'benk-passord-for-last-2026';
const HISTORY = 1_000;
const DURATION_S = Number(process.env['FLOKK_BENCH_SECONDS'] ?? 10);

export interface ServerFigure {
  storage: string;
  name: string;
  requests: number;
  perSecond: number;
  p50: number;
  p95: number;
  errors: number;
  goal: string;
}

/** The default case with `HISTORY` revisions, written straight to storage before the server starts. */
async function seed(config: DatabaseConfig): Promise<string> {
  const db = await openDatabase(config);
  try {
    const { caseId } = await bootstrap(db, { ownerPassword: PASSWORD });
    const latest = await getLatestRevision(db, caseId);
    if (!latest) throw new Error('no case');
    const document = latest.document as { summary?: { nb: string } };
    for (let revision = latest.revision; revision < HISTORY; revision++) {
      await saveRevision(db, {
        caseId,
        baseRevision: revision,
        document: { ...document, summary: { nb: `Sammendrag, versjon ${revision + 1}` } },
        authorId: null,
        authorName: 'Benk',
        comment: `Endring ${revision + 1}`,
      });
    }
    return caseId;
  } finally {
    await db.close();
  }
}

async function signIn(url: string): Promise<string> {
  const response = await fetch(`${url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email: 'eier@flokk.local', password: PASSWORD }),
  });
  if (response.status !== 200) throw new Error(`sign-in failed: ${response.status}`);
  return response.headers
    .getSetCookie()
    .map((cookie) => cookie.split(';')[0])
    .join('; ');
}

/** Runs autocannon and records every response time. */
async function load(
  url: string,
  options: { connections: number; cookie: string; paths: string[] },
): Promise<{ requests: number; perSecond: number; p50: number; p95: number; errors: number }> {
  const times: number[] = [];
  let errors = 0;
  const instance = autocannon({
    url,
    connections: options.connections,
    duration: DURATION_S,
    // As a browser asks: compressed answers are what the server caches and sends to real clients.
    headers: { cookie: options.cookie, 'accept-encoding': 'br, gzip' },
    requests: options.paths.map((path) => ({ method: 'GET', path })),
  });
  instance.on('response', (_client: unknown, status: number, _bytes: number, time: number) => {
    times.push(time);
    if (status >= 400) errors++;
  });
  const result = await instance;
  times.sort((a, b) => a - b);
  return {
    requests: times.length,
    perSecond: times.length / DURATION_S,
    p50: quantile(times, 0.5),
    p95: quantile(times, 0.95),
    errors: errors + result.errors + result.timeouts,
  };
}

async function measureStorage(
  storage: string,
  dataDir: string,
  env: Record<string, string>,
  config: DatabaseConfig,
) {
  const caseId = await seed(config);
  // The same start path as `npm start` and the browser tests: `flokk serve` as a child process.
  const server = await startFlokk(dataDir, { ...env, FLOKK_OWNER_PASSWORD: PASSWORD });
  const figures: ServerFigure[] = [];
  try {
    const cookie = await signIn(server.url);
    const base = `/api/cases/${caseId}`;
    const add = (name: string, goal: string, r: Awaited<ReturnType<typeof load>>) =>
      figures.push({ storage, name, goal, ...r });

    // History, with nothing of it cached: the server has answered one case read (which reads the newest
    // revision), so every page's other revisions come from the database. The first page is also the first run
    // of the history code in the process; the next eleven pages, each new too, show the steady state.
    await (await fetch(`${server.url}${base}`, { headers: { cookie } })).text();
    const uncached: number[] = [];
    let errors = 0;
    for (let page = 0; page < 12; page++) {
      const query = page === 0 ? '' : `?before=${HISTORY + 1 - page * 20}`;
      const start = performance.now();
      const response = await fetch(`${server.url}${base}/revisions${query}`, { headers: { cookie } });
      await response.text();
      uncached.push(performance.now() - start);
      if (response.status !== 200) errors++;
    }
    const [first = Number.NaN, ...rest] = uncached;
    rest.sort((a, b) => a - b);
    figures.push(
      {
        storage,
        name: 'history page of 1 000 revisions, not cached: first request',
        requests: 1,
        perSecond: 0,
        p50: first,
        p95: first,
        errors,
        goal: 'p95 < 50 ms',
      },
      {
        storage,
        name: 'history page of 1 000 revisions, not cached: 11 more pages',
        requests: rest.length,
        perSecond: 0,
        p50: quantile(rest, 0.5),
        p95: quantile(rest, 0.95),
        errors: 0,
        goal: 'p95 < 50 ms',
      },
    );
    add(
      'history page 1, 50 connections',
      'p95 < 50 ms',
      await load(server.url, { connections: 50, cookie, paths: [`${base}/revisions`] }),
    );
    add(
      'case read, 200 connections',
      'p95 < 50 ms',
      await load(server.url, { connections: 200, cookie, paths: [base] }),
    );
    add(
      'mixed reads, 200 connections',
      'p95 reported',
      await load(server.url, {
        connections: 200,
        cookie,
        paths: [
          base,
          `${base}/people`,
          `${base}/model-choice`,
          `${base}/scenarios/administrative-tjenester/cost-sharing`,
          '/api/cases',
        ],
      }),
    );

    // Four clients looping 200 000-draw analyses with fresh seeds while health is measured.
    let running = true;
    let analyses = 0;
    const heavy = [1, 2, 3, 4].map(async (client) => {
      let seed = client * 1_000_000;
      while (running) {
        const response = await fetch(
          `${server.url}${base}/scenarios/administrative-tjenester/analysis?draws=200000&seed=${seed++}`,
          { headers: { cookie } },
        );
        await response.text();
        if (response.status === 200) analyses++;
        else await new Promise((resolve) => setTimeout(resolve, 200));
      }
    });
    add(
      'health while 4 clients run 200 000-draw analyses, 10 connections',
      'p95 < 20 ms',
      await load(server.url, { connections: 10, cookie, paths: ['/api/health'] }),
    );
    running = false;
    await Promise.all(heavy);
    figures.push({
      storage,
      name: '  (200 000-draw analyses completed meanwhile)',
      requests: analyses,
      perSecond: analyses / DURATION_S,
      p50: Number.NaN,
      p95: Number.NaN,
      errors: 0,
      goal: '',
    });
  } finally {
    await server.stop();
  }
  return figures;
}

/** Measures on PGlite and, with DATABASE_URL, on PostgreSQL. */
export async function serverBench(): Promise<ServerFigure[]> {
  const figures: ServerFigure[] = [];
  const dataDir = await mkdtemp(join(tmpdir(), 'flokk-bench-'));
  try {
    process.stderr.write('server bench on PGlite …\n');
    figures.push(...(await measureStorage('PGlite', dataDir, {}, { dataDir })));
  } finally {
    await rm(dataDir, { recursive: true, force: true });
  }
  const databaseUrl = process.env['DATABASE_URL'];
  if (databaseUrl) {
    const schema = `flokk_bench_${randomBytes(6).toString('hex')}`;
    const admin = await openNodePostgres(databaseUrl);
    await admin.query(`CREATE SCHEMA ${schema}`);
    try {
      const url = new URL(databaseUrl);
      url.searchParams.set('options', `-c search_path=${schema}`);
      process.stderr.write('server bench on PostgreSQL …\n');
      figures.push(
        ...(await measureStorage(
          'PostgreSQL',
          dataDir,
          { DATABASE_URL: url.toString() },
          { databaseUrl, searchPath: schema },
        )),
      );
    } finally {
      await admin.query(`DROP SCHEMA ${schema} CASCADE`);
      await admin.close();
    }
  }
  return figures;
}
