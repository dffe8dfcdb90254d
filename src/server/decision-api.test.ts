import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DecisionSummary } from '../case/decision/decision-summary.ts';
import { analyseScenario } from '../case/scenario/analyse-scenario.ts';
import { defaultCase } from '../case/default-case/default-case.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let reader: TestClient;
let outsider: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  reader = await server.signIn(server.emails.reader);
  outsider = await server.signIn(server.emails.outsider);
});
afterAll(() => server.close());

const path = (query: string) => `/api/cases/${server.caseId}/decision?${query}`;

describe('GET /api/cases/:caseId/decision', () => {
  it("gives a reader Melhus' summary of the first scenario, with the analysis' own NPV", async () => {
    const response = await reader.request('GET', path('municipality=5028&lang=nb'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as DecisionSummary & { revision: number };
    expect(body.revision).toBe(1);
    expect(body.scenario.id).toBe('administrative-tjenester');
    expect(body.municipality).toEqual({ number: '5028', name: 'Melhus' });
    expect(body.decided).toBe(false);
    const npv = analyseScenario(defaultCase(), 'administrative-tjenester')?.summary.perMunicipality['5028']
      ?.npv;
    expect(body.npv.value).toBe(npv);
    expect(body.netOverPeriod).toBe(12618909);
  });

  it('answers a chosen scenario', async () => {
    const response = await reader.request('GET', path('municipality=5029&scenario=lonn-regnskap-lik-andel'));
    expect(response.status).toBe(200);
    const body = (await response.json()) as DecisionSummary;
    expect(body.scenario.id).toBe('lonn-regnskap-lik-andel');
    expect(body.municipality.name).toBe('Skaun');
  });

  it.each([
    ['municipality=melhus', 'municipality'],
    ['municipality=0301', 'Kommune'],
    ['', 'municipality'],
    ['municipality=5028&scenario=no-such', 'Scenario'],
    ['municipality=5028&revision=0', 'revision'],
  ])('refuses %s with a 400 naming the field', async (query, field) => {
    const response = await reader.request('GET', path(`${query}&lang=nb`));
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain(field);
  });

  it('is closed to someone who is not a member of the case', async () => {
    const response = await outsider.request('GET', path('municipality=5028'));
    expect([403, 404]).toContain(response.status);
  });
});
