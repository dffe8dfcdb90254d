/**
 * The benchmark and profile API: SSB's figures with their tables, `..` as null with the fetch command, and the
 * profile's staff ages withheld for readers exactly as in the people view.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BenchmarkView } from '../case/reference/benchmark.ts';
import type { CooperationProfile } from '../case/reference/cooperation-profile.ts';
import { startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function get<T>(role: 'reader' | 'editor', path: string): Promise<T> {
  const client = await server.signIn(server.emails[role]);
  const response = await client.request('GET', `/api/cases/${server.caseId}/${path}`);
  expect(response.status).toBe(200);
  return (await response.json()) as T;
}

describe('GET /api/cases/:caseId/benchmarks', () => {
  it('gives groups 1, 7, 1 and Melhus’ administration per inhabitant 2023–2025 with table 12362', async () => {
    const view = await get<BenchmarkView>('reader', 'benchmarks?lang=nn');
    expect(view.municipalities.map((m) => m.kostraGroup?.number)).toEqual([1, 7, 1]);
    expect(view.municipalities[1]?.kostraGroup?.description).toMatch(/^Gruppe 7: mellomstore kommunar/);
    const fgk1b = view.municipalities[1]?.indicators.find((i) => i.code === 'FGK1b');
    expect(fgk1b?.years.map((y) => [y.year, y.municipality.value, y.municipality.source?.table])).toEqual([
      [2023, 5144, '12362'],
      [2024, 5478, '12362'],
      [2025, 5519, '12362'],
    ]);
    expect(view.municipalities[2]?.indicators[0]?.years[0]?.municipality.value).toBeNull();
    expect(view.missing.fetchCommand).toBe('flokk ssb update');
  });

  it('words the groups in the language asked for with ?language', async () => {
    const view = await get<BenchmarkView>('reader', 'benchmarks?language=en');
    expect(view.municipalities[0]?.kostraGroup?.description).toMatch(/^Group 1: small municipalities/);
    expect(view.municipalities[0]?.indicators[0]?.label).toBe(
      'Administration, total (functions 120, 121, 130)',
    );
  });

  it('refuses a revision that is not a number, naming the parameter', async () => {
    const client = await server.signIn(server.emails.reader);
    const response = await client.request('GET', `/api/cases/${server.caseId}/benchmarks?revision=x`);
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('revision');
  });
});

describe('GET /api/cases/:caseId/profile', () => {
  it('gives a reader 32 490 inhabitants and withholds the switchboard’s ages', async () => {
    const profile = await get<CooperationProfile>('reader', 'profile');
    expect(profile.population).toBe(32_490);
    const body = JSON.stringify(profile.ages);
    for (const fragment of ['"value":51', '"value":30', '"value":40', '"min":32'])
      expect(body).not.toContain(fragment);
    expect(body).toContain('"min":59');
    expect(profile.withheldAgeGroups).toBe(6);
  });

  it('gives an editor the ages as entered', async () => {
    const profile = await get<CooperationProfile>('editor', 'profile');
    expect(profile.withheldAgeGroups).toBe(0);
    expect(JSON.stringify(profile.ages)).toContain('"value":51');
  });
});
