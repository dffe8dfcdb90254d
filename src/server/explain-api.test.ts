import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ExplainedFigure } from '../case/explain/explained-figure.ts';
import { ENGINE_VERSION } from '../engine/engine-version.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let reader: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

interface ExplainBody {
  caseId: string;
  revision: number;
  savedAt: string;
  engineVersion: string;
  figure: ExplainedFigure;
}

const explain = (figure: string, query = '') =>
  reader.request('GET', `/api/cases/${server.caseId}/explain?figure=${encodeURIComponent(figure)}${query}`);

describe('explain API', () => {
  it("explains Melhus' NPV with the same value as the analysis, and names the revision", async () => {
    const response = await explain('scenario:administrative-tjenester/npv/5028');
    expect(response.status).toBe(200);
    const body = (await response.json()) as ExplainBody;
    const analysis = (await (
      await reader.request(
        'GET',
        `/api/cases/${server.caseId}/scenarios/administrative-tjenester/analysis?draws=100`,
      )
    ).json()) as { summary: { perMunicipality: Record<string, { npv: number }> } };
    expect(body.figure.value).toBe(analysis.summary.perMunicipality['5028']?.npv);
    expect(body.revision).toBe(1);
    expect(body.engineVersion).toBe(ENGINE_VERSION);
    expect(Number.isNaN(Date.parse(body.savedAt))).toBe(false);
    expect(body.figure.label).toBe('Netto nåverdi for Melhus');
  });

  it('gives a leaf its field, source and where it is edited, in the language asked for', async () => {
    const response = await explain(
      'scenario:administrative-tjenester/baseline/lonn-regnskap-fakturering/5028/central/labourCost',
      '&lang=en',
    );
    const body = (await response.json()) as ExplainBody;
    expect(body.figure.field?.provenance.kind).toBe('source');
    expect(body.figure.field?.path).toMatch(/^baseline\[\d+\]\.labourCost$/);
    expect(body.figure.field?.label).toMatch(/^Melhus, .*: labour cost$/);
    expect(body.figure.field?.edit?.href).toBe(`/saker/${server.caseId}/grunnlag`);
  });

  it('answers 404 for a figure the case does not have and 400 for a malformed id', async () => {
    expect((await explain('scenario:administrative-tjenester/npv/9999')).status).toBe(404);
    const malformed = await explain('<script>');
    expect(malformed.status).toBe(400);
    const body = (await malformed.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues[0]?.path).toBe('figure');
  });
});
