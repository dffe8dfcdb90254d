import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { ENGINE_VERSION } from '../engine/engine-version.ts';
import { listAnalysisResults } from '../storage/analysis-results.ts';
import { getRevision } from '../storage/cases.ts';
import { QueryError } from '../storage/query-error.ts';
import { checkAnalyses, type AnalysisCheck, type EngineOverrides } from './analysis-check.ts';
import { analysisRecordsSettled, recordAnalysis } from './analysis-record.ts';
import { inlineCompute } from './compute/compute-pool.ts';
import { loadedRevision } from './revision-cache.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

const SCENARIO = 'administrative-tjenester';

let server: TestServer;
let reader: TestClient;

/** The analyses the test has the API compute for each revision: two scenario analyses and two scopes of cost sharing. */
const READS = [
  `scenarios/${SCENARIO}/analysis?draws=2000&seed=11`,
  `scenarios/${SCENARIO}/analysis?draws=2000&seed=11&lang=en`,
  'scenarios/lonn-regnskap-lik-andel/analysis?draws=500',
  `scenarios/${SCENARIO}/cost-sharing?area=sentralbord`,
  `scenarios/${SCENARIO}/cost-sharing`,
];

async function saveEdit(owner: TestClient): Promise<void> {
  const view = (await (await owner.request('GET', `/api/cases/${server.caseId}`)).json()) as {
    document: CaseDocument;
    revision: { revision: number };
  };
  const document = structuredClone(view.document);
  const area = document.scenarios.find((s) => s.id === SCENARIO)?.areas[0];
  if (!area) throw new Error('default scenario changed');
  area.savingsShare = { ...area.savingsShare, distribution: { kind: 'fixed', value: 0.15 } };
  const save = await owner.request('POST', `/api/cases/${server.caseId}/revisions`, {
    baseRevision: view.revision.revision,
    comment: 'Fast innsparing i lønn og regnskap',
    document,
  });
  expect(save.status).toBe(201);
}

beforeAll(async () => {
  server = await startTestServer();
  reader = await server.signIn(server.emails.reader);
  await saveEdit(await server.signIn(server.emails.owner));
  for (const revision of [1, 2]) {
    for (const read of READS) {
      const separator = read.includes('?') ? '&' : '?';
      const response = await reader.request(
        'GET',
        `/api/cases/${server.caseId}/${read}${separator}revision=${revision}`,
      );
      expect(response.status, read).toBe(200);
    }
  }
  await analysisRecordsSettled();
});
afterAll(() => server.close());

const checkPath = (revision: number) => `/api/cases/${server.caseId}/revisions/${revision}/analysis-check`;

/** Recomputes revision `revision`'s stored results the way the route does, with a changed engine. */
async function checkWith(revision: number, overrides: EngineOverrides): Promise<AnalysisCheck[]> {
  const stored = await getRevision(server.db, server.caseId, revision);
  if (!stored) throw new Error(`revision ${revision} missing`);
  const { document } = loadedRevision(stored);
  return checkAnalyses(
    { db: server.db, compute: inlineCompute },
    { caseId: server.caseId, revision },
    document,
    {
      overrides,
    },
  );
}

describe('recorded analysis results', () => {
  it('stores one fingerprint per revision, analysis and parameters (the language changes no figure)', async () => {
    for (const revision of [1, 2]) {
      const stored = await listAnalysisResults(server.db, server.caseId, revision);
      expect(stored.map((r) => [r.kind, r.parametersKey]).sort()).toEqual([
        ['cost-sharing', `{"area":"sentralbord","scenarioId":"${SCENARIO}"}`],
        ['cost-sharing', `{"area":null,"scenarioId":"${SCENARIO}"}`],
        ['scenario-analysis', `{"draws":2000,"scenarioId":"${SCENARIO}","seed":11}`],
        ['scenario-analysis', '{"draws":500,"scenarioId":"lonn-regnskap-lik-andel","seed":20260610}'],
      ]);
      expect(stored.every((r) => r.engineVersion === ENGINE_VERSION)).toBe(true);
    }
    // Revision 2 changed a savings share, so its analysis differs from revision 1's.
    const hashes = async (revision: number) =>
      (await listAnalysisResults(server.db, server.caseId, revision)).map((r) => r.hash);
    expect(await hashes(2)).not.toEqual(await hashes(1));
  });

  it('recomputes every stored hash from its revision and gets the same hash', async () => {
    for (const revision of [1, 2]) {
      const response = await reader.request('GET', checkPath(revision));
      expect(response.status).toBe(200);
      const body = (await response.json()) as {
        revision: number;
        engineVersion: string;
        results: AnalysisCheck[];
      };
      expect(body.revision).toBe(revision);
      expect(body.engineVersion).toBe(ENGINE_VERSION);
      expect(body.results).toHaveLength(4);
      for (const result of body.results) {
        expect(result).toMatchObject({
          status: 'same',
          moved: [],
          message: 'Dette er tallene som ble vist.',
        });
        expect(result.recomputed?.hash).toBe(result.stored.hash);
      }
    }
  });

  it('names the figures a changed engine constant moves, and only those', async () => {
    // R-109/21's 4 % replaced by 5 %: every discounted figure moves, no yearly cash flow does.
    const checks = await checkWith(1, {
      discountSchedule: [{ fromYear: 0, rate: 0.05 }],
      engineVersion: 'test+engine.2',
    });
    const analysis = checks.find(
      (c) => c.kind === 'scenario-analysis' && c.parameters['scenarioId'] === SCENARIO,
    );
    expect(analysis?.status).toBe('moved');
    expect(analysis?.message).toBe(
      `${analysis?.moved.length} tall er endret: de ble vist med motorversjon ${ENGINE_VERSION} og regnes nå med test+engine.2.`,
    );
    const moved = new Set(analysis?.moved.map((m) => m.figure));
    const id = (rest: string) => `scenario:${SCENARIO}/${rest}`;
    for (const who of ['5027', '5028', '5029', 'total']) {
      expect(moved, who).toContain(id(`npv/${who}`));
      expect(moved, who).toContain(id(`monte-carlo/npv/p90/${who}`));
    }
    expect(moved).toContain(id('socio-economic/npv'));
    expect([...moved].filter((figure) => /\/(net|budget|zero-alternative)\//.test(figure))).toEqual([]);
    const npv = analysis?.moved.find((m) => m.figure === id('npv/total'));
    expect(npv?.after).toBeLessThan(npv?.before as number);
    // Coalition costs and shares are yearly kroner: not discounted, so the same figures.
    const sharing = checks.filter((c) => c.kind === 'cost-sharing');
    expect(sharing.map((c) => c.status)).toEqual(['same_figures', 'same_figures']);
  });

  it('says when figures moved under the same engine version: a change nobody marked', async () => {
    const checks = await checkWith(2, { discountSchedule: [{ fromYear: 0, rate: 0.03 }] });
    const analysis = checks.find(
      (c) => c.kind === 'scenario-analysis' && c.parameters['scenarioId'] === SCENARIO,
    );
    expect(analysis?.status).toBe('moved');
    expect(analysis?.message).toContain(`med samme motorversjon (${ENGINE_VERSION})`);
    expect(checks.filter((c) => c.kind === 'cost-sharing').map((c) => c.status)).toEqual(['same', 'same']);
  });

  it('is for the case’s members only, and a revision that does not exist is not found', async () => {
    const outsider = await server.signIn(server.emails.outsider);
    expect([403, 404]).toContain((await outsider.request('GET', checkPath(1))).status);
    expect((await reader.request('GET', checkPath(99))).status).toBe(404);
    expect((await reader.request('GET', checkPath(0))).status).toBe(404);
  });

  it('is described in the OpenAPI document with its answer', async () => {
    const response = await server.anonymous.request('GET', '/api/openapi.json');
    const doc = (await response.json()) as { paths: Record<string, Record<string, unknown>> };
    const check = doc.paths['/api/cases/{caseId}/revisions/{revision}/analysis-check']?.['get'];
    expect(JSON.stringify(check)).toContain('same_figures');
  });

  it('logs a recording that fails instead of failing anything', async () => {
    const read = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/scenarios/${SCENARIO}/cost-sharing`,
    );
    const body = await read.text();
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    try {
      // Revision 99 does not exist, so the database refuses the row.
      const ref = { caseId: server.caseId, revision: 99 };
      const deps = { db: server.db, now: () => new Date() };
      recordAnalysis(deps, ref, 'cost-sharing', { scenarioId: SCENARIO, area: null }, body);
      await analysisRecordsSettled();
      expect(logged).toHaveBeenCalledWith(
        'Recording an analysis result failed',
        'cost-sharing',
        ref,
        expect.any(QueryError),
      );
    } finally {
      logged.mockRestore();
    }
  });
});
