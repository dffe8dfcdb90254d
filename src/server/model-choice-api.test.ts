import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ModelChoiceAnalysis } from '../case/model-choice/analyse-model-choice.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let reader: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

describe('GET /api/cases/:caseId/model-choice', () => {
  it('gives a reader the matrix and an empty choice per criteria set for the default case', async () => {
    const response = await reader.request('GET', `/api/cases/${server.caseId}/model-choice?lang=nb`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as ModelChoiceAnalysis & { revision: number };
    expect(body.revision).toBe(1);
    const ko = body.matrix.models.find((m) => m.modelId === 'kommunalt-oppgavefellesskap');
    // Kommuneloven § 19-1 second para.: the KO prepares, each municipality decides.
    expect(ko?.cells.find((c) => c.areaId === 'byggesak')?.verdict).toBe('conditional');
    // The route carries the procurement and staff-transfer columns (issue 14).
    const purchase = body.matrix.models.find((m) => m.modelId === 'kjop-av-tjenester');
    expect(purchase?.procurement.verdict).toBe('onlyIfConditionsHold');
    expect(ko?.staffTransfer.chapter16.value).toBe('applies');
    expect(body.staffTransfers).toEqual([]);
    expect(body.sets.map((s) => s.status)).toEqual(['noSession', 'noSession', 'noSession']);
  });

  it('refuses a bad seed with a validation error naming the field', async () => {
    const response = await reader.request('GET', `/api/cases/${server.caseId}/model-choice?seed=-1`);
    expect(response.status).toBe(400);
    expect(JSON.stringify(await response.json())).toContain('seed');
  });

  it('ranks for the areas chosen in ?areas, and names an unknown area or a malformed list (400)', async () => {
    const path = `/api/cases/${server.caseId}/model-choice`;
    const chosen = await reader.request('GET', `${path}?areas=lonn-regnskap-fakturering,byggesak,byggesak`);
    expect(chosen.status).toBe(200);
    const body = (await chosen.json()) as ModelChoiceAnalysis;
    expect(body.sets.map((s) => s.package.areaIds)).toEqual([
      ['byggesak', 'lonn-regnskap-fakturering'],
      ['byggesak', 'lonn-regnskap-fakturering'],
      ['byggesak', 'lonn-regnskap-fakturering'],
    ]);
    const unknown = await reader.request('GET', `${path}?areas=byggesak,finnes-ikke`);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { issues: unknown[] } }).error.issues).toEqual([
      expect.objectContaining({
        path: 'areas',
        message: 'Tjenesteområder: saken har ikke noe område «finnes-ikke»',
      }),
    ]);
    const malformed = await reader.request('GET', `${path}?areas=,,`);
    expect(malformed.status).toBe(400);
    expect(JSON.stringify(await malformed.json())).toContain('areas');
  });
});
