import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { listRevisions } from '../storage/cases.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

interface CaseViewJson {
  revision: { revision: number; authorName: string; comment: string };
  document: CaseDocument;
  suppressed: string[];
  totals: {
    areaId: string;
    scope: string;
    fte: { value: number | null };
    labourCost: { value: number | null };
  }[];
  totalChecks: unknown[];
}

let server: TestServer;
let editor: TestClient;
let owner: TestClient;
let reader: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.signIn(server.emails.editor);
  owner = await server.signIn(server.emails.owner);
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

async function latest(client: TestClient): Promise<CaseViewJson> {
  const response = await client.request('GET', `/api/cases/${server.caseId}`);
  expect(response.status).toBe(200);
  return (await response.json()) as CaseViewJson;
}

function rowIndex(doc: CaseDocument, areaId: string, municipalityNumber: string): number {
  return doc.baseline.findIndex(
    (r) => r.areaId === areaId && r.municipalityNumber === municipalityNumber && r.scope === 'central',
  );
}

describe('cases API', () => {
  it('serves the default case with totals computed from the rows equal to the documents', async () => {
    const view = await latest(owner);
    const central = Object.fromEntries(
      view.totals
        .filter((t) => t.scope === 'central')
        .map((t) => [t.areaId, [t.fte.value, t.labourCost.value]]),
    );
    // The documents' TOTALT rows are 17,6 / 14 800 000 kr, 2,6 / 2 080 000 kr and 7,9 / 6 420 000 kr. The rows of
    // the archive table sum to 1 360 000 + 2 960 000 + 2 000 000 = 6 320 000 kr, so Flokk reports that one.
    expect(central).toEqual({
      'lonn-regnskap-fakturering': [17.6, 14_800_000],
      sentralbord: [2.6, 2_080_000],
      'arkiv-postmottak': [7.9, 6_320_000],
    });
    expect(view.totalChecks).toEqual([
      {
        code: 'documented_total_mismatch',
        areaId: 'arkiv-postmottak',
        scope: 'central',
        field: 'labourCost',
        documented: 6_420_000,
        computed: 6_320_000,
        difference: -100_000,
      },
    ]);
  });

  it('withholds ages of small groups from readers but not from editors', async () => {
    const asReader = await latest(reader);
    const asEditor = await latest(editor);
    const switchboard = rowIndex(asReader.document, 'sentralbord', '5027');
    const payroll = rowIndex(asReader.document, 'lonn-regnskap-fakturering', '5029');
    expect(asReader.suppressed).toContain(`baseline[${switchboard}].ages`);
    expect(asReader.document.baseline[switchboard]?.ages).toBeNull();
    expect(asReader.document.baseline[payroll]?.ages).toEqual({ kind: 'range', min: 59, max: 66 });
    expect(asEditor.suppressed).toEqual([]);
    expect(asEditor.document.baseline[switchboard]?.ages).toEqual({ kind: 'single', value: 51 });
  });

  it('saves an edit as a new revision, keeps the old one, and shows what changed', async () => {
    const view = await latest(editor);
    const index = rowIndex(view.document, 'sentralbord', '5029');
    const document = structuredClone(view.document);
    const row = document.baseline[index];
    if (!row) throw new Error('row missing');
    row.fte = 0.9 as typeof row.fte;
    // A changed figure no longer matches the saksframlegg it cited: the editor's own value.
    row.sources.fte = { entered: { by: 'Test editor', at: '2026-12-03T12:00:00.000Z' } };
    const save = await editor.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: view.revision.revision,
      comment: 'Rettet årsverk for sentralbord i Skaun',
      document,
    });
    expect(save.status).toBe(201);
    const { revision } = (await save.json()) as { revision: { revision: number } };
    expect(revision.revision).toBe(view.revision.revision + 1);

    const after = await latest(reader);
    expect(after.document.baseline[index]?.fte).toBe(0.9);
    expect(after.revision.comment).toBe('Rettet årsverk for sentralbord i Skaun');
    const old = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/revisions/${view.revision.revision}`,
    );
    expect(((await old.json()) as CaseViewJson).document.baseline[index]?.fte).toBe(0.8);

    const history = (
      (await (await reader.request('GET', `/api/cases/${server.caseId}/revisions`)).json()) as {
        items: { revision: number; changes: { path: string; before: unknown; after: unknown }[] }[];
      }
    ).items;
    expect(history[0]?.revision).toBe(revision.revision);
    expect(history[0]?.changes).toContainEqual({
      path: `baseline[${index}].fte`,
      before: 0.8,
      after: 0.9,
      label: 'Skaun, Sentralbord: årsverk',
      beforeText: '0,8',
      afterText: '0,9',
    });
    expect(history[0]?.changes.every((c) => c.path.startsWith(`baseline[${index}].`))).toBe(true);
  });

  it('refuses a changed labour cost that keeps its old source with 422 naming the field, and saves nothing', async () => {
    const view = await latest(editor);
    const index = rowIndex(view.document, 'lonn-regnskap-fakturering', '5028');
    const document = structuredClone(view.document);
    const row = document.baseline[index];
    if (!row) throw new Error('row missing');
    row.labourCost = 5_300_000 as typeof row.labourCost;
    const count = (await listRevisions(server.db, server.caseId)).length;
    const url = `/api/cases/${server.caseId}/revisions`;
    const kept = await editor.request('POST', url, {
      baseRevision: view.revision.revision,
      comment: 'Ny lønnskostnad',
      document,
    });
    expect(kept.status).toBe(422);
    const body = (await kept.json()) as {
      error: { code: string; issues: { path: string; code: string; message: string }[] };
    };
    expect(body.error.code).toBe('validation');
    expect(body.error.issues).toEqual([
      {
        path: `baseline[${index}].labourCost`,
        code: 'source_not_updated',
        message: 'Oppgi ny kilde for tallet eller merk det som egen verdi',
        label: expect.stringMatching(/^Melhus, .*: lønnskostnad$/) as unknown as string,
      },
    ]);
    expect((await listRevisions(server.db, server.caseId)).length).toBe(count);

    // Marked as own value, with a name and time the client made up: the server records its own.
    row.sources.labourCost = { entered: { by: 'Noen andre', at: '2000-01-01T00:00:00.000Z' } };
    const before = Date.now();
    const own = await editor.request('POST', url, {
      baseRevision: view.revision.revision,
      comment: 'Ny lønnskostnad, egen verdi',
      document,
    });
    expect(own.status).toBe(201);
    const stored = (await latest(reader)).document.baseline[index];
    expect(stored?.labourCost).toBe(5_300_000);
    const source = stored?.sources.labourCost;
    if (!source || !('entered' in source)) throw new Error('own value missing');
    expect(source.entered.by).toBe('Test editor');
    expect(Date.parse(source.entered.at)).toBeGreaterThanOrEqual(before - 1000);
  });

  it('refuses a save against a stale revision with 409 naming the newer revision, and stores nothing', async () => {
    const view = await latest(editor);
    const first = await editor.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: view.revision.revision,
      comment: 'Første lagring',
      document: view.document,
    });
    expect(first.status).toBe(201);
    const count = (await listRevisions(server.db, server.caseId)).length;
    const second = await owner.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: view.revision.revision,
      comment: 'Andre lagring, samme utgangspunkt',
      document: view.document,
    });
    expect(second.status).toBe(409);
    const body = (await second.json()) as {
      error: { code: string; latestRevision: number; message: string };
    };
    expect(body.error.code).toBe('conflict');
    expect(body.error.latestRevision).toBe(view.revision.revision + 1);
    expect(body.error.message).toContain(String(view.revision.revision + 1));
    expect((await listRevisions(server.db, server.caseId)).length).toBe(count);
  });

  it('names the invalid field and stores nothing', async () => {
    const view = await latest(editor);
    const document = structuredClone(view.document) as unknown as { baseline: { fte: unknown }[] };
    const row = document.baseline[2];
    if (!row) throw new Error('row missing');
    row.fte = -1;
    const count = (await listRevisions(server.db, server.caseId)).length;
    const response = await editor.request('POST', `/api/cases/${server.caseId}/revisions?lang=en`, {
      baseRevision: view.revision.revision,
      comment: 'Ugyldig',
      document,
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as {
      error: { code: string; issues: { path: string; message: string; label: string }[] };
    };
    expect(body.error.code).toBe('validation');
    expect(body.error.issues.map((i) => i.path)).toEqual(['baseline[2].fte']);
    expect(body.error.issues[0]?.label).toBe('Skaun, Payroll, accounting and invoicing: FTE');
    expect((await listRevisions(server.db, server.caseId)).length).toBe(count);
  });

  it('rejects malformed JSON, a missing comment and a foreign case id with field names', async () => {
    const view = await latest(editor);
    const url = `/api/cases/${server.caseId}/revisions`;
    const malformed = await editor.request('POST', url, '{"baseRevision": 1,');
    expect(malformed.status).toBe(400);
    const noComment = await editor.request('POST', url, {
      baseRevision: view.revision.revision,
      comment: ' ',
      document: view.document,
    });
    expect(
      ((await noComment.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path,
    ).toBe('comment');
    const foreign = await editor.request('POST', url, {
      baseRevision: view.revision.revision,
      comment: 'Feil sak',
      document: { ...view.document, id: 'en-annen-sak' },
    });
    expect(((await foreign.json()) as { error: { issues: { path: string }[] } }).error.issues[0]?.path).toBe(
      'id',
    );
  });

  it('gives the public view without baseline figures or persons', async () => {
    const response = await server.anonymous.request('GET', `/api/public/cases/${server.caseId}`);
    expect(response.status).toBe(200);
    const text = await response.text();
    const view = JSON.parse(text) as Record<string, unknown>;
    expect(view).not.toHaveProperty('baseline');
    expect(text).not.toContain('labourCost');
    expect(text).not.toContain('members');
    expect((view['milestones'] as unknown[]).length).toBeGreaterThan(5);
  });

  it('describes every route in the OpenAPI document', async () => {
    const response = await server.anonymous.request('GET', '/api/openapi.json');
    const doc = (await response.json()) as {
      openapi: string;
      paths: Record<string, Record<string, unknown>>;
    };
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths)).toContain('/api/cases/{caseId}/revisions');
    const save = doc.paths['/api/cases/{caseId}/revisions']?.['post'] as {
      responses: Record<string, unknown>;
    };
    expect(Object.keys(save.responses)).toEqual(expect.arrayContaining(['201', '400', '401', '403', '409']));
  });
});

describe('scenario analysis API', () => {
  it('gives the same Monte Carlo figures as the engine for the same seed', async () => {
    const { analyseScenario } = await import('../case/scenario/analyse-scenario.ts');
    const { loadDocument } = await import('./case-view.ts');
    const { getLatestRevision } = await import('../storage/cases.ts');
    const response = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/scenarios/administrative-tjenester/analysis?draws=400&seed=5`,
    );
    expect(response.status).toBe(200);
    const body = (await response.json()) as { monteCarlo: unknown };
    const stored = await getLatestRevision(server.db, server.caseId);
    if (!stored) throw new Error('no revision');
    const local = analyseScenario(loadDocument(stored), 'administrative-tjenester', { draws: 400, seed: 5 });
    expect(body.monteCarlo).toEqual(JSON.parse(JSON.stringify(local?.monteCarlo)));
  });

  it('validates the query and refuses huge runs with the field named', async () => {
    const response = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/scenarios/administrative-tjenester/analysis?draws=5000000`,
    );
    expect(response.status).toBe(400);
    const body = (await response.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues[0]?.path).toBe('draws');
    // `lang` picks the language of messages on every route and is not an input of the analysis.
    const english = await reader.request(
      'GET',
      `/api/cases/${server.caseId}/scenarios/administrative-tjenester/analysis?draws=10&lang=en`,
    );
    expect(english.status).toBe(200);
    const missing = await reader.request('GET', `/api/cases/${server.caseId}/scenarios/finnes-ikke/analysis`);
    expect(missing.status).toBe(404);
  });
});

describe('history in pages', () => {
  it('gives the newest 20 first and the rest page by page, each revision once, with a working link to the next', async () => {
    const start = await latest(editor);
    let base = start.revision.revision;
    for (let i = 0; i < 22; i++) {
      const save = await editor.request('POST', `/api/cases/${server.caseId}/revisions`, {
        baseRevision: base,
        comment: `Side ${i}`,
        document: { ...start.document, summary: { nb: `Versjon ${i}` } },
      });
      expect(save.status).toBe(201);
      base++;
    }
    type Page = { items: { revision: number; changes: { path: string }[] }[]; older: number | null };
    const seen: number[] = [];
    let before: number | null | undefined;
    let pages = 0;
    do {
      const query = before === undefined ? '' : `?before=${before}`;
      const page = (await (
        await reader.request('GET', `/api/cases/${server.caseId}/revisions${query}`)
      ).json()) as Page;
      if (pages === 0) expect(page.items).toHaveLength(20);
      seen.push(...page.items.map((item) => item.revision));
      before = page.older;
      pages++;
    } while (before !== null && pages < 10);
    expect(seen).toEqual(Array.from({ length: base }, (_, i) => base - i));
    // Each entry compares with the revision before it, across page boundaries too.
    const twentyFirst = (await (
      await reader.request('GET', `/api/cases/${server.caseId}/revisions?before=${base - 19}&limit=1`)
    ).json()) as Page;
    expect(twentyFirst.items[0]?.revision).toBe(base - 20);
    expect(twentyFirst.items[0]?.changes.map((change) => change.path)).toContain('summary.nb');
    const invalid = await reader.request('GET', `/api/cases/${server.caseId}/revisions?limit=1000`);
    expect(invalid.status).toBe(400);
  });
});
