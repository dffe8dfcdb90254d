/**
 * Reads derived from a revision: computed once, answered with an ETag (304 when the client has it), compressed
 * when the client accepts it, and never stale: a new revision is a new answer at once.
 */
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let editor: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.signIn(server.emails.editor);
});
afterAll(() => server.close());

const casePath = () => `/api/cases/${server.caseId}`;

describe('cached reads', () => {
  it('answers 304 to a client that has the current answer, and 200 with a new ETag after a save', async () => {
    const first = await editor.request('GET', casePath());
    const etag = first.headers.get('etag') ?? '';
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect(first.headers.get('cache-control')).toBe('private, no-cache');
    const again = await editor.request('GET', casePath(), undefined, { 'if-none-match': etag });
    expect(again.status).toBe(304);
    expect(await again.text()).toBe('');

    const view = (await first.json()) as { revision: { revision: number }; document: unknown };
    const save = await editor.request('POST', `${casePath()}/revisions`, {
      baseRevision: view.revision.revision,
      comment: 'Ny revisjon',
      document: view.document,
    });
    expect(save.status).toBe(201);
    const after = await editor.request('GET', casePath(), undefined, { 'if-none-match': etag });
    expect(after.status).toBe(200);
    expect(after.headers.get('etag')).not.toBe(etag);
    expect(((await after.json()) as { revision: { revision: number } }).revision.revision).toBe(
      view.revision.revision + 1,
    );
  });

  it('gives readers and editors different answers (and ETags) for the same revision', async () => {
    const reader = await server.signIn(server.emails.reader);
    const asReader = await reader.request('GET', casePath());
    const asEditor = await editor.request('GET', casePath());
    expect(asReader.headers.get('etag')).not.toBe(asEditor.headers.get('etag'));
    expect(((await asReader.json()) as { suppressed: string[] }).suppressed.length).toBeGreaterThan(0);
    expect(((await asEditor.json()) as { suppressed: string[] }).suppressed).toEqual([]);
  });

  it('compresses with brotli or gzip as the client accepts, to the same JSON', async () => {
    const plain = await (await editor.request('GET', casePath())).text();
    const br = await editor.request('GET', casePath(), undefined, { 'accept-encoding': 'gzip, br' });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(br.headers.get('vary')).toBe('Accept-Encoding');
    const brBytes = Buffer.from(await br.arrayBuffer());
    expect(brotliDecompressSync(brBytes).toString('utf8')).toBe(plain);
    expect(brBytes.byteLength).toBeLessThan(plain.length / 4);
    const gz = await editor.request('GET', casePath(), undefined, { 'accept-encoding': 'gzip, br;q=0' });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(Buffer.from(await gz.arrayBuffer())).toString('utf8')).toBe(plain);
  });

  it('computes an analysis once per revision and parameters', async () => {
    const path = `${casePath()}/scenarios/administrative-tjenester/analysis?draws=300&seed=3`;
    const before = server.results.stats();
    const first = await (await editor.request('GET', path)).text();
    const second = await (await editor.request('GET', path)).text();
    expect(second).toBe(first);
    const after = server.results.stats();
    expect(after.misses - before.misses).toBe(1);
    expect(after.hits - before.hits).toBe(1);
  });
});
