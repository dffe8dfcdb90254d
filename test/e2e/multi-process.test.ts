/**
 * Several Flokk processes on one PostgreSQL behave as one server (issue 12): a session started through one
 * process is valid in the other, a save made through one is read through the other at once, and sign-in
 * attempts are counted across both. Needs a PostgreSQL server (DATABASE_URL, as CI sets it); each run gets
 * a schema of its own.
 */
import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openNodePostgres } from '../../src/storage/drivers/node-postgres.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const databaseUrl = process.env['DATABASE_URL'] ?? '';
const PASSWORD = 'flerprosess-test-passord-2026';

describe.skipIf(!databaseUrl)('two server processes, one database', () => {
  const schema = `flokk_mp_${randomBytes(6).toString('hex')}`;
  let first: FlokkProcess;
  let second: FlokkProcess;

  beforeAll(async () => {
    const admin = await openNodePostgres(databaseUrl);
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.close();
    const url = new URL(databaseUrl);
    url.searchParams.set('options', `-c search_path=${schema}`);
    const env = { DATABASE_URL: url.toString(), FLOKK_OWNER_PASSWORD: PASSWORD };
    // One after the other: the first creates the schema and the owner, the second finds them.
    first = await startFlokk('/nonexistent-data-dir', env);
    second = await startFlokk('/nonexistent-data-dir', env);
  });

  afterAll(async () => {
    await Promise.all([first?.stop(), second?.stop()]);
    const admin = await openNodePostgres(databaseUrl);
    await admin.query(`DROP SCHEMA IF EXISTS ${schema} CASCADE`);
    await admin.close();
  });

  it('shares sessions and saves between the processes', async () => {
    const login = await fetch(`${first.url}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'eier@flokk.local', password: PASSWORD }),
    });
    expect(login.status).toBe(200);
    const cookie = login.headers
      .getSetCookie()
      .map((c) => c.split(';')[0])
      .join('; ');
    const { csrfToken } = (await login.json()) as { csrfToken: string };

    // The session made through the first process is valid in the second.
    const me = await fetch(`${second.url}/api/auth/me`, { headers: { cookie } });
    expect(me.status).toBe(200);

    const cases = (await (await fetch(`${second.url}/api/cases`, { headers: { cookie } })).json()) as {
      id: string;
    }[];
    const caseId = cases[0]?.id ?? '';
    const before = (await (
      await fetch(`${second.url}/api/cases/${caseId}`, { headers: { cookie } })
    ).json()) as {
      revision: { revision: number };
      document: { summary?: { nb: string } };
    };

    // A save through the second process …
    const save = await fetch(`${second.url}/api/cases/${caseId}/revisions`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' },
      body: JSON.stringify({
        baseRevision: before.revision.revision,
        comment: 'Lagret gjennom prosess to',
        document: { ...before.document, summary: { nb: 'Endret gjennom prosess to' } },
      }),
    });
    expect(save.status).toBe(201);

    // … is what the first process serves next, although it had the older revision in its cache.
    const after = (await (
      await fetch(`${first.url}/api/cases/${caseId}`, { headers: { cookie } })
    ).json()) as {
      revision: { revision: number; comment: string };
      document: { summary?: { nb: string } };
    };
    expect(after.revision.revision).toBe(before.revision.revision + 1);
    expect(after.revision.comment).toBe('Lagret gjennom prosess to');
    expect(after.document.summary?.nb).toBe('Endret gjennom prosess to');

    // Signing out through the first process ends the session in the second.
    const logout = await fetch(`${first.url}/api/auth/logout`, {
      method: 'POST',
      headers: { cookie, 'x-csrf-token': csrfToken },
    });
    expect(logout.status).toBe(204);
    expect((await fetch(`${second.url}/api/auth/me`, { headers: { cookie } })).status).toBe(401);
  });

  it('counts wrong passwords across both processes', async () => {
    const attempt = (server: FlokkProcess) =>
      fetch(`${server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ email: 'eier@flokk.local', password: 'feil-passord-feil-passord' }),
      });
    const statuses: number[] = [];
    for (let i = 0; i < 12; i++) statuses.push((await attempt(i % 2 === 0 ? first : second)).status);
    // The account allows a few free attempts in all, not per process; after them both answer 429.
    expect(statuses.filter((s) => s === 401).length).toBeLessThanOrEqual(5);
    expect(statuses.at(-1)).toBe(429);
  });
});
