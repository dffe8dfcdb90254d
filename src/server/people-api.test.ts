/**
 * The people API at the privacy boundary: readers never receive the ages or departures of a group under
 * 5 persons, nor a total that would give them back; editors and owners see what they entered.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PeopleView } from '../case/people/people-view.ts';
import { startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function people(role: 'reader' | 'editor' | 'owner'): Promise<PeopleView> {
  const client = await server.signIn(server.emails[role]);
  const response = await client.request('GET', `/api/cases/${server.caseId}/people?lang=nb`);
  expect(response.status).toBe(200);
  return (await response.json()) as PeopleView;
}

describe('GET /api/cases/:caseId/people', () => {
  it('withholds ages of small groups from a reader, with secondary suppression', async () => {
    const view = await people('reader');
    const body = JSON.stringify(view);
    // The switchboard's single ages (51, 30, 40) and the archive's ranges are withheld.
    for (const fragment of ['"value":51', '"value":30', '"value":40', '"min":32', '"min":25', '"min":27'])
      expect(body).not.toContain(fragment);
    const switchboard = view.workforce.areas.find((a) => a.areaId === 'sentralbord');
    expect(switchboard?.joint?.years).toBeNull();
    expect(view.suppressed).toEqual(
      expect.arrayContaining(['workforce.areas[1].groups[0]', 'workforce.areas[1].joint']),
    );
    expect(body).toContain('"min":59');
  });

  it.each(['editor', 'owner'] as const)('gives the %s the data as entered', async (role) => {
    const view = await people(role);
    expect(view.suppressed).toEqual([]);
    const switchboard = view.workforce.areas.find((a) => a.areaId === 'sentralbord');
    expect(switchboard?.groups[0]?.ages).toEqual({ kind: 'single', value: 51 });
  });

  it('lists the missing switchboard inputs instead of inventing them', async () => {
    const view = await people('reader');
    expect(view.switchboard.sizing).toBeNull();
    expect(view.switchboard.missing).toContain('people.switchboard.ahtSeconds');
    expect(view.switchboard.today.map((t) => t.fte)).toEqual([0.8, 1, 0.8]);
  });
});

describe('GET /api/cases/:caseId/people.csv (moved to the departures export)', () => {
  it('points at the departures table, which withholds small groups from a reader and not from an editor', async () => {
    const reader = await server.signIn(server.emails.reader);
    const moved = await reader.request('GET', `/api/cases/${server.caseId}/people.csv`);
    expect(moved.status).toBe(308);
    const location = moved.headers.get('location') ?? '';
    expect(location).toBe(`/api/cases/${server.caseId}/export?table=departures&format=csv`);
    const get = async (role: 'reader' | 'editor') => {
      const client = role === 'reader' ? reader : await server.signIn(server.emails[role]);
      const response = await client.request('GET', location);
      expect(response.status).toBe(200);
      expect(response.headers.get('content-type')).toContain('text/csv');
      return response.text();
    };
    const switchboard2026 = /^Sentralbord;Midtre Gauldal;2026;(.*)$/m;
    expect(switchboard2026.exec(await get('reader'))?.[1]).toBe(':;:;:;:;:;:;:;:');
    expect(switchboard2026.exec(await get('editor'))?.[1]).not.toContain(':');
  });
});

describe('GET /api/erlang', () => {
  it('gives 14 agents for the published example', async () => {
    const client = await server.signIn(server.emails.reader);
    const response = await client.request(
      'GET',
      '/api/erlang?calls=100&interval=30&aht=180&serviceLevel=0.8&targetSeconds=20&shrinkage=0.3',
    );
    expect(response.status).toBe(200);
    const result = (await response.json()) as { agents: number; staff: number };
    expect([result.agents, result.staff]).toEqual([14, 20]);
  });

  it('names the field of a bad query', async () => {
    const client = await server.signIn(server.emails.reader);
    const response = await client.request(
      'GET',
      '/api/erlang?calls=100&interval=30&aht=0&serviceLevel=0.8&targetSeconds=20',
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toContain('aht');
  });
});
