import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CostSharingView } from '../case/cost-sharing/comparison-view.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
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

describe('cost-sharing API with a typed cost game that some methods cannot use (issue 11)', () => {
  const provenance = { placeholder: { toBeSetBy: 'Test' } };
  let revision = 0;

  beforeAll(async () => {
    const latest = (await (await editor.request('GET', `/api/cases/${server.caseId}`)).json()) as {
      revision: { revision: number };
      document: CaseDocument;
    };
    // As the editor's browser sends it: plain JSON, checked by the server.
    const document = {
      ...structuredClone(latest.document),
      costGames: [
        // Midtre Gauldal costs nothing alone: the proportional nucleolus has no relative excess for it.
        {
          id: 'sentralbord-null',
          scenarioId: 'administrative-tjenester',
          areaId: 'sentralbord',
          provenance,
          costs: [{ coalition: ['5027'], cost: 0 }],
        },
        // 1 kr alone beside a total of 100 000 000 000 kr: too far apart for the LP methods with cost ratios.
        {
          id: 'arkiv-stor',
          scenarioId: 'administrative-tjenester',
          areaId: 'arkiv-postmottak',
          provenance,
          costs: [
            { coalition: ['5027'], cost: 1 },
            { coalition: ['5027', '5028', '5029'], cost: 100_000_000_000 },
          ],
        },
      ],
    };
    const save = await editor.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: latest.revision.revision,
      comment: 'Egne kostnadstall',
      document,
    });
    expect(save.status).toBe(201);
    revision = ((await save.json()) as { revision: { revision: number } }).revision.revision;
  });

  it('answers 200 with the proportional nucleolus unavailable and the reason in words', async () => {
    const response = await reader.request('GET', path(`?area=sentralbord&revision=${revision}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as CostSharingView;
    expect(body.table.rows[0]).toMatchObject({ members: ['5027'], cost: 0, origin: 'typed' });
    expect(body.analysis?.unavailableMethods).toEqual([
      expect.objectContaining({
        id: 'proportional-nucleolus',
        reason: 'zero_standalone_costs',
        reasonText: 'Kan ikke beregnes: metoden krever at hver kommune har en kostnad alene over 0.',
      }),
    ]);
    const ids = body.analysis?.allocations.map((r) => r.id);
    expect(ids).toContain('nucleolus');
    expect(ids).not.toContain('proportional-nucleolus');
    expect(body.netEffect?.perAllocation['nucleolus']).toBeDefined();
  });

  it('answers 200 for a huge typed cost, naming the methods that cannot be computed reliably', async () => {
    const response = await reader.request('GET', path(`?area=arkiv-postmottak&revision=${revision}&lang=en`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as CostSharingView;
    expect(body.analysis?.unavailableMethods.map((m) => [m.id, m.reason])).toEqual([
      ['proportional-nucleolus', 'numerical'],
      ['equal-profit', 'numerical'],
    ]);
    expect(body.analysis?.unavailableMethods[0]?.reasonText).toMatch(
      /^Cannot be computed: the costs are too large/,
    );
    expect(body.analysis?.allocations.find((r) => r.id === 'shapley')?.amounts).toHaveLength(3);
  });

  it('answers 200 for the package, which adds both typed tables', async () => {
    const response = await reader.request('GET', path(`?revision=${revision}`));
    expect(response.status).toBe(200);
    const body = (await response.json()) as CostSharingView;
    expect(body.analysis?.allocations.map((r) => r.id)).toContain('nucleolus');
  });
});
