import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedReferenceData } from '../../case/reference/reference-data.ts';
import { SSB_API_BASE } from '../../case/reference/ssb-tables.ts';
import { runCli } from '../main.ts';
import type { CliRun } from '../run-cli.test-helpers.ts';

const FIXTURES = new URL('../../../test/fixtures/ssb/', import.meta.url);
const index = JSON.parse(readFileSync(new URL('index.json', FIXTURES), 'utf8')) as Record<string, string>;

let dir = '';
let server: Server;
let base = '';
/** Paths and queries the fake SSB was asked for, in order. */
const requested: string[] = [];
/** What the fake SSB answers instead of the recorded answer, when set. */
let failWith: number | null = null;

/** A local stand-in for SSB's API: answers each recorded query with its recorded answer, anything else 404. */
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-ssb-'));
  server = createServer((request, response) => {
    const url = request.url ?? '';
    requested.push(url);
    const file = index[`${SSB_API_BASE}${decodeURI(url)}`];
    if (failWith !== null || !file) {
      response.writeHead(failWith ?? 404, { 'content-type': 'application/json' });
      response.end('{"title":"not found"}');
      return;
    }
    response.writeHead(200, { 'content-type': 'application/json; charset=utf-8' });
    response.end(readFileSync(new URL(file, FIXTURES)));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((done) => server.close(done));
  await rm(dir, { recursive: true, force: true });
});

async function run(argv: string[], env: Record<string, string> = {}, pauses: number[] = []): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    {
      env: { FLOKK_SSB_API: base, ...env },
      cwd: dir,
      sleep: async (ms) => {
        pauses.push(ms);
      },
    },
  );
  return { code, stdout: out.join(''), stderr: err.join('') };
}

describe('flokk ssb update (against a local server with the recorded answers)', () => {
  it('fetches sequentially with a pause, and writes a dataset with the shipped figures', async () => {
    requested.length = 0;
    failWith = null;
    const pauses: number[] = [];
    const result = await run(['ssb', 'update', '--out', 'ref.json'], {}, pauses);
    expect(result.stderr).toBe('');
    expect(result.code).toBe(0);
    expect(result.stdout).toContain('Henter 20 tabelluttrekk fra SSB');
    expect(result.stdout).toContain('Folketall: 0 nye, 0 endret, 0 mangler hos SSB (..).');
    expect(requested).toHaveLength(20);
    // One pause between each two requests, of SSB's 2.5 s.
    expect(pauses).toEqual(Array<number>(19).fill(2_500));
    const written = JSON.parse(await readFile(join(dir, 'ref.json'), 'utf8')) as Record<string, unknown>;
    const shipped = shippedReferenceData();
    expect(written['municipalities']).toEqual(shipped.municipalities);
    expect((written['kostraIndicators'] as unknown[]).length).toBe(shipped.kostraIndicators.length);
    expect(written['queries']).toHaveLength(20);
    expect(typeof written['retrievedAt']).toBe('string');
  });

  it('writes to reference-data.json in FLOKK_DATA_DIR by default, and show reads it back', async () => {
    failWith = null;
    const env = { FLOKK_DATA_DIR: 'store' };
    expect((await run(['ssb', 'update'], env)).code).toBe(0);
    await stat(join(dir, 'store', 'reference-data.json'));
    const shown = await run(['ssb', 'show', '5028'], env);
    expect(shown.code).toBe(0);
    expect(shown.stdout).toContain('Melhus (5028), Trøndelag – KOSTRA-gruppe 7');
    expect(shown.stdout).toContain(
      'Folketall 1. januar: 2024: 17\u00a0560 · 2025: 17\u00a0812 · 2026: 17\u00a0828',
    );
    // FGK1b per inhabitant 2023–2025 as shipped; 301 (not in the data) as .., never 0.
    expect(shown.stdout).toMatch(
      /FGK1b Administrasjon \(120, 121, 130\)\s+5\u00a0144\s+5\u00a0478\s+5\u00a0519/,
    );
    expect(shown.stdout).toMatch(/301\s+Plansaksbehandling\s+\.\.\s+\.\.\s+\.\./);
    expect(shown.stdout).toContain('Kilde: Statistisk sentralbyrå (SSB)');
    expect(shown.stdout).toContain('hentet fra SSB 20');
  });

  it('says SSB cannot be reached, exits 69 and writes nothing when offline', async () => {
    const result = await run(['ssb', 'update', '--out', 'offline.json'], {
      FLOKK_SSB_API: 'http://127.0.0.1:9',
    });
    expect(result.code).toBe(69);
    expect(result.stderr).toContain('Fikk ikke kontakt med SSB (127.0.0.1:9)');
    await expect(stat(join(dir, 'offline.json'))).rejects.toThrow();
  });

  it('exits 69 when SSB is down or rate limits, and 2 when it refuses the query; nothing is written', async () => {
    failWith = 503;
    const down = await run(['ssb', 'update', '--out', 'down.json', '--lang', 'en']);
    expect(down).toMatchObject({ code: 69 });
    expect(down.stderr).toContain('SSB is not answering now (HTTP 503)');
    failWith = 429;
    expect((await run(['ssb', 'update', '--out', 'down.json'])).code).toBe(69);
    failWith = 400;
    const refused = await run(['ssb', 'update', '--out', 'down.json'], {});
    expect(refused.code).toBe(2);
    expect(refused.stderr).toContain('SSB avviste spørringen (HTTP 400)');
    failWith = null;
    await expect(stat(join(dir, 'down.json'))).rejects.toThrow();
  });

  it('asks for years the recordings do not have and gets 404: a clear error, not a crash', async () => {
    failWith = null;
    const result = await run(['ssb', 'update', '--out', 'y.json', '--years', '2019-2020']);
    expect(result.code).toBe(2);
    expect(result.stderr).toContain('HTTP 404');
  });

  it('refuses bad arguments with usage errors', async () => {
    expect((await run(['ssb'])).code).toBe(2);
    expect((await run(['ssb', 'fetch'])).stderr).toContain('Ukjent underkommando: fetch');
    expect((await run(['ssb', 'update', '--years', '2025-2023'])).stderr).toContain('Ugyldig --years');
    expect((await run(['ssb', 'update', '--years', '1900'])).code).toBe(2);
    expect((await run(['ssb', 'show', '50'])).stderr).toContain('Ugyldig kommunenummer «50»');
    const unknown = await run(['ssb', 'show', '9999']);
    expect(unknown).toMatchObject({ code: 2 });
    expect(unknown.stderr).toContain('ingen kommune med nummer 9999');
  });

  it('shows the shipped data, saying so, when the file is invalid', async () => {
    await writeFile(join(dir, 'bad.json'), '{"municipalities": []}');
    const result = await run(['ssb', 'show', '5029', '--out', 'bad.json']);
    expect(result.code).toBe(0);
    expect(result.stderr).toContain('er ugyldig');
    expect(result.stdout).toContain('Skaun (5029)');
    expect(result.stdout).toContain('Tallene som følger med Flokk');
  });
});
