/**
 * Filling the participants' population from the reference data through the API: preview, one revision, the
 * source set, nothing saved when nothing changes, roles and stale saves refused.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedReferenceData } from '../case/reference/reference-data.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

interface FillAnswer {
  availableYears: number[];
  changes: { municipalityNumber: string; referenceDate: string; before: number | null; after: number }[];
  missing: { municipalityNumber: string; year: number }[];
  revision: { revision: number; comment: string } | null;
}

let server: TestServer;
let editor: TestClient;
let reader: TestClient;
const fill = () => `/api/cases/${server.caseId}/population/fill`;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.signIn(server.emails.editor);
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

async function latest(): Promise<{
  revision: { revision: number; comment: string };
  document: CaseDocument;
}> {
  return (await (await editor.request('GET', `/api/cases/${server.caseId}`)).json()) as never;
}

describe('POST /api/cases/:caseId/population/fill', () => {
  it('previews without saving', async () => {
    const response = await editor.request('POST', fill(), { baseRevision: 1, years: [2026], preview: true });
    expect(response.status).toBe(200);
    const answer = (await response.json()) as FillAnswer;
    expect(answer.availableYears).toEqual([2026, 2025, 2024]);
    expect(answer.changes.map((c) => [c.municipalityNumber, c.before, c.after])).toEqual([
      ['5027', null, 6088],
      ['5028', null, 17828],
      ['5029', null, 8574],
    ]);
    expect(answer.revision).toBeNull();
    expect((await latest()).revision.revision).toBe(1);
  });

  it('refuses readers, and bad years naming the field', async () => {
    expect((await reader.request('POST', fill(), { baseRevision: 1, years: [2026] })).status).toBe(403);
    const bad = await editor.request('POST', fill(), { baseRevision: 1, years: [1800] });
    expect(bad.status).toBe(400);
    expect(JSON.stringify(await bad.json())).toContain('years');
  });

  it('saves one revision with the figures and the source, and none when nothing would change', async () => {
    const response = await editor.request('POST', fill(), { baseRevision: 1, years: [2026] });
    expect(response.status).toBe(201);
    const answer = (await response.json()) as FillAnswer;
    expect(answer.revision).toMatchObject({
      revision: 2,
      comment: 'Folketall 1. januar 2026 fra SSB (tabell 07459)',
    });
    const { document } = await latest();
    const skaun = document.participants.find((p) => p.municipalityNumber === '5029');
    expect(skaun?.population.find((f) => f.referenceDate === '2026-01-01')).toEqual({
      value: 8574,
      referenceDate: '2026-01-01',
      source: { document: 'ssb-07459', locator: 'Tabell 07459: folkemengde 1. januar 2026' },
    });
    const again = await editor.request('POST', fill(), { baseRevision: 2, years: [2026] });
    expect(again.status).toBe(200);
    expect(((await again.json()) as FillAnswer).revision).toBeNull();
    expect((await latest()).revision.revision).toBe(2);
  });

  it('refuses a fill over a newer save (409)', async () => {
    const response = await editor.request('POST', fill(), { baseRevision: 1, years: [2024] });
    expect(response.status).toBe(409);
    expect((await latest()).revision.revision).toBe(2);
  });
});

describe('with refreshed reference data', () => {
  let refreshed: TestServer;
  beforeAll(async () => {
    const shipped = shippedReferenceData();
    refreshed = await startTestServer({
      referenceData: {
        ...shipped,
        municipalities: shipped.municipalities.map((m) =>
          m.number === '5028' ? { ...m, population: { ...m.population, 2025: 17_900 } } : m,
        ),
      },
    });
  });
  afterAll(() => refreshed.close());

  it('answers from the server’s reference data and replaces a differing figure for the same date', async () => {
    const client = await refreshed.signIn(refreshed.emails.editor);
    const response = await client.request('POST', `/api/cases/${refreshed.caseId}/population/fill`, {
      baseRevision: 1,
      years: [2025],
      preview: true,
    });
    const answer = (await response.json()) as FillAnswer;
    expect(answer.changes).toEqual([
      {
        municipalityNumber: '5028',
        name: 'Melhus',
        referenceDate: '2025-01-01',
        before: 17812,
        after: 17900,
      },
    ]);
  });
});
