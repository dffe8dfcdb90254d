/**
 * The effect of a saved change through the API: each scenario's NPV before and after, for readers and up.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../case/default-case/default-case.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { scenarioNpv, type ChangeEffect, type ScenarioNpv } from '../case/scenario/change-effect.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let editor: TestClient;
let reader: TestClient;
const cases = () => `/api/cases/${server.caseId}`;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.signIn(server.emails.editor);
  reader = await server.signIn(server.emails.reader);
  const latest = (await (await editor.request('GET', cases())).json()) as { document: CaseDocument };
  const document = structuredClone(latest.document);
  const row = document.baseline.find(
    (r) =>
      r.municipalityNumber === '5028' && r.areaId === 'lonn-regnskap-fakturering' && r.scope === 'central',
  );
  if (!row) throw new Error('no Melhus payroll row');
  // 5 200 000 → 6 200 000: Melhus' payroll costs a million more today, so sharing it saves more.
  row.labourCost = 6_200_000 as never;
  row.sources.labourCost = { entered: { by: 'x', at: '2026-01-01T00:00:00.000Z' } };
  const saved = await editor.request('POST', `${cases()}/revisions`, {
    baseRevision: 1,
    comment: 'Ny lønnskostnad for Melhus',
    document,
  });
  expect(saved.status).toBe(201);
});
afterAll(() => server.close());

type Body = ChangeEffect & { from: number; revision: number };

const moved = (s: { before: ScenarioNpv | null; after: ScenarioNpv | null }) =>
  (s.after?.total ?? 0) - (s.before?.total ?? 0);

describe('GET /revisions/:revision/effect', () => {
  it('compares revision 2 with revision 1 by default: the payroll scenarios gain, shared out to the municipalities', async () => {
    const response = await reader.request('GET', `${cases()}/revisions/2/effect`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as Body;
    expect([body.from, body.revision]).toEqual([1, 2]);
    expect(body.scenarios.map((s) => s.scenarioId)).toEqual(defaultCase().scenarios.map((s) => s.id));
    // «Before» is revision 1, the default case, as the case layer computes it.
    const first = body.scenarios[0];
    expect(first?.before).toEqual(scenarioNpv(defaultCase(), first?.scenarioId ?? ''));
    for (const scenario of body.scenarios) {
      expect(moved(scenario), scenario.scenarioId).toBeGreaterThan(0);
      const perMunicipality = Object.keys(scenario.after?.perMunicipality ?? {}).reduce(
        (sum, id) =>
          sum + (scenario.after?.perMunicipality[id] ?? 0) - (scenario.before?.perMunicipality[id] ?? 0),
        0,
      );
      expect(perMunicipality).toBeCloseTo(moved(scenario), -1);
    }
    expect(body.municipalities.map((m) => m.municipalityNumber).sort()).toEqual(['5027', '5028', '5029']);
  });

  it('shows nothing moved against the same revision, and answers 304 to a repeat with its ETag', async () => {
    const response = await reader.request('GET', `${cases()}/revisions/2/effect?from=2`);
    const body = (await response.json()) as Body;
    for (const scenario of body.scenarios) expect(scenario.after).toEqual(scenario.before);
    const etag = response.headers.get('etag') ?? '';
    const again = await reader.request('GET', `${cases()}/revisions/2/effect?from=2`, undefined, {
      'if-none-match': etag,
    });
    expect(again.status).toBe(304);
  });

  it('says which revision does not exist, rejects a malformed ?from, and asks a stranger to sign in', async () => {
    const missingFrom = await reader.request('GET', `${cases()}/revisions/2/effect?from=99`);
    expect(missingFrom.status).toBe(404);
    expect(JSON.stringify(await missingFrom.json())).toContain('Saken har ingen revisjon 99.');
    expect((await reader.request('GET', `${cases()}/revisions/99/effect`)).status).toBe(404);
    expect((await reader.request('GET', `${cases()}/revisions/2/effect?from=abc`)).status).toBe(400);
    expect((await reader.request('GET', `${cases()}/revisions/2/effect?from=0`)).status).toBe(400);
    expect((await server.anonymous.request('GET', `${cases()}/revisions/2/effect`)).status).toBe(401);
  });
});
