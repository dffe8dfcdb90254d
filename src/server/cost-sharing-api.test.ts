import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostSharingView } from '../case/cost-sharing/comparison-view.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let reader: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

const path = (query: string) =>
  `/api/cases/${server.caseId}/scenarios/administrative-tjenester/cost-sharing${query}`;

describe('cost-sharing API', () => {
  it('gives a reader the comparison for an area, with the core check in the language asked for', async () => {
    const response = await reader.request('GET', path('?area=sentralbord&lang=en'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as CostSharingView & { revision: number; scopes: unknown[] };
    expect(body.revision).toBe(1);
    expect(body.scopes).toHaveLength(4);
    // Switchboard: alone 640 000, 800 000 and 640 000 kr; the median saving of triangular(0, 10 %, 20 %) is 10 %.
    expect(body.table.rows.at(-1)?.cost).toBeCloseTo(0.9 * 2_080_000, 4);
    const population = body.analysis?.allocations.find((r) => r.id === 'population');
    // Melhus pays 17 812 / 32 474 · 1 872 000 = 1 026 793 kr against 800 000 kr alone.
    expect(population?.core.aboveStandAlone[0]?.excess).toBeCloseTo(
      (17_812 / 32_474) * 1_872_000 - 800_000,
      4,
    );
    expect(population?.coreSentences).toContain('Melhus pays 0,2 mill. kr more than alone.');
    expect(body.analysis?.allocations.find((r) => r.id === 'nucleolus')?.core.inCore).toBe(true);
  });

  it('shares the package when no area is named, and answers 404 for an unknown area or scenario', async () => {
    const response = await reader.request('GET', path(''));
    expect(response.status).toBe(200);
    expect(((await response.json()) as CostSharingView).scope).toEqual({ kind: 'package' });
    expect((await reader.request('GET', path('?area=plan'))).status).toBe(404);
    const unknown = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/scenarios/finnes-ikke/cost-sharing`,
    );
    expect(unknown.status).toBe(404);
  });

  it('validates the query and names the field', async () => {
    const response = await reader.request('GET', path('?area=Ikke%20en%20id'));
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues[0]?.path).toBe('area');
  });
});
