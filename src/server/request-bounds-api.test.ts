/**
 * Single requests that used to crash the server (issue 11): every one is now a 4xx naming the field, and
 * nothing is stored.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { listRevisions } from '../storage/cases.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let reader: TestClient;
let editor: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  reader = await server.signIn(server.emails.reader);
  editor = await server.signIn(server.emails.editor);
});
afterAll(() => server.close());

type ErrorBody = { error: { code: string; message: string; issues?: { path: string; message: string }[] } };

async function errorOf(response: Response): Promise<ErrorBody['error']> {
  return ((await response.json()) as ErrorBody).error;
}

describe('query parameters at the edges of what the engine and the database take', () => {
  const analysis = () => `/api/cases/${server.caseId}/scenarios/administrative-tjenester/analysis`;

  it('refuses a negative seed with the parameter named, and takes the largest one', async () => {
    const negative = await reader.request('GET', `${analysis()}?seed=-1&draws=10`);
    expect(negative.status).toBe(400);
    expect((await errorOf(negative)).issues?.[0]?.path).toBe('seed');
    const largest = await reader.request('GET', `${analysis()}?seed=4294967295&draws=10`);
    expect(largest.status).toBe(200);
    const tooLarge = await reader.request('GET', `${analysis()}?seed=4294967296&draws=10`);
    expect(tooLarge.status).toBe(400);
  });

  it('refuses a revision number PostgreSQL cannot hold, on every route that takes one', async () => {
    for (const path of [
      `${analysis()}?draws=10&revision=2147483648`,
      `/api/cases/${server.caseId}/scenarios/administrative-tjenester/cost-sharing?revision=2147483648`,
      `/api/cases/${server.caseId}/model-choice?revision=2147483648`,
    ]) {
      const response = await reader.request('GET', path);
      expect(response.status, path).toBe(400);
      expect((await errorOf(response)).issues?.[0]?.path, path).toBe('revision');
    }
    const revision = await reader.request('GET', `/api/cases/${server.caseId}/revisions/2147483648`);
    expect(revision.status).toBe(404);
    const largest = await reader.request('GET', `/api/cases/${server.caseId}/revisions/2147483647`);
    expect(largest.status).toBe(404);
  });

  it('answers 404 for a scenario the case does not have, in JSON and CSV', async () => {
    for (const path of ['people?', 'export?table=departures&format=csv&']) {
      const response = await reader.request('GET', `/api/cases/${server.caseId}/${path}scenario=finnes-ikke`);
      expect(response.status, path).toBe(404);
    }
    const known = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/people?scenario=administrative-tjenester`,
    );
    expect(known.status).toBe(200);
  });
});

describe('texts and sizes', () => {
  async function saveWith(comment: string, note?: string) {
    const view = (await (await editor.request('GET', `/api/cases/${server.caseId}`)).json()) as {
      revision: { revision: number };
      document: { baseline: { notes?: string }[] };
    };
    const document = structuredClone(view.document);
    if (note !== undefined && document.baseline[0]) document.baseline[0].notes = note;
    return editor.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: view.revision.revision,
      comment,
      document,
    });
  }

  it('refuses a NUL byte, a lone surrogate and a bidi override in a revision comment, naming `comment`', async () => {
    const before = (await listRevisions(server.db, server.caseId)).length;
    for (const comment of ['før\u0000etter', 'halvt \uD800 tegn', 'snudd \u202Etxt.exe']) {
      const response = await saveWith(comment);
      expect(response.status, JSON.stringify(comment)).toBe(400);
      const error = await errorOf(response);
      expect(error.issues?.[0]?.path).toBe('comment');
      // A sentence for a person, not a message key.
      expect(error.issues?.[0]?.message).toMatch(/^[A-ZÆØÅ].* /);
    }
    expect((await listRevisions(server.db, server.caseId)).length).toBe(before);
  });

  it('answers 413 with a clear message for a body over the limit, before reading it, and stores nothing', async () => {
    const before = (await listRevisions(server.db, server.caseId)).length;
    const response = await saveWith('Stor', 'x'.repeat(5 * 1024 * 1024));
    expect(response.status).toBe(413);
    const error = await errorOf(response);
    expect(error.code).toBe('too_large');
    expect(error.message).toContain('for stor');
    expect((await listRevisions(server.db, server.caseId)).length).toBe(before);
    // Small forms have a small limit.
    const login = await server.anonymous.request('POST', '/api/auth/login', {
      email: 'a@b.no',
      password: 'p'.repeat(100_000),
    });
    expect(login.status).toBe(413);
  });
});

describe('a valid document with a scenario the engine cannot compute', () => {
  it('answers the analysis with 400 naming the field, never 500, and the CLI with exit 1', async () => {
    const view = (await (await editor.request('GET', `/api/cases/${server.caseId}`)).json()) as {
      revision: { revision: number };
      document: {
        participants: { population: unknown[] }[];
        scenarios: { areas: { costKey: unknown }[] }[];
      };
    };
    // Found by the soak: a municipality without population figures leaves the population key no date.
    const document = structuredClone(view.document);
    const first = document.participants[0];
    if (first) first.population = [];
    const area = document.scenarios[0]?.areas[0];
    if (area) area.costKey = { keyId: 'population' };
    const save = await editor.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: view.revision.revision,
      comment: 'Uten folketall for én kommune',
      document,
    });
    expect(save.status).toBe(201);
    const response = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/scenarios/administrative-tjenester/analysis?draws=10`,
    );
    expect(response.status).toBe(400);
    const error = await errorOf(response);
    expect(error.issues?.[0]?.path).toMatch(/^scenarios\[\d+\]\.areas\[\d+\]\.costKey/);
    expect(error.issues?.[0]?.message).toContain('folketall');

    const { runCli } = await import('../cli/main.ts');
    const { mkdtemp, writeFile, rm } = await import('node:fs/promises');
    const { join } = await import('node:path');
    const { tmpdir } = await import('node:os');
    const dir = await mkdtemp(join(tmpdir(), 'flokk-analyse-'));
    await writeFile(join(dir, 'sak.json'), JSON.stringify(document));
    const err: string[] = [];
    const code = await runCli(
      ['analyse', 'sak.json', '--scenario', 'administrative-tjenester', '--draws', '10'],
      { stdout: () => {}, stderr: (t) => err.push(t) },
      { env: {}, cwd: dir },
    );
    await rm(dir, { recursive: true, force: true });
    expect(code).toBe(1);
    expect(err.join('')).toMatch(/scenarios\[\d+\]\.areas/);
  });
});
