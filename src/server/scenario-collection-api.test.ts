/**
 * Creating, copying and deleting scenarios through the API: roles, the body named field by field, conflicts.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

interface View {
  revision: { revision: number; comment: string };
  document: CaseDocument;
}
interface Failure {
  error: { code: string; issues?: { path: string; message: string }[] };
}

let server: TestServer;
let owner: TestClient;
let editor: TestClient;
let reader: TestClient;
const cases = () => `/api/cases/${server.caseId}`;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.signIn(server.emails.owner);
  editor = await server.signIn(server.emails.editor);
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

/** The newest revision as an owner sees it (a reader's view withholds personal data, so it cannot be saved back). */
async function latest(): Promise<View> {
  return (await (await owner.request('GET', cases())).json()) as View;
}

describe('POST /api/cases/:caseId/scenarios', () => {
  it('refuses a reader with 403 and saves nothing', async () => {
    const response = await reader.request('POST', `${cases()}/scenarios`, { baseRevision: 1, name: 'X' });
    expect(response.status).toBe(403);
    expect((await latest()).revision.revision).toBe(1);
  });

  it('names the field of a bad body (400)', async () => {
    const empty = await editor.request('POST', `${cases()}/scenarios`, { baseRevision: 1, name: '  ' });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Failure).error.issues).toEqual([
      expect.objectContaining({ path: 'name', message: 'Må fylles ut' }),
    ]);
    const noBase = await editor.request('POST', `${cases()}/scenarios`, { name: 'X' });
    expect(noBase.status).toBe(400);
    expect(((await noBase.json()) as Failure).error.issues?.[0]?.path).toBe('baseRevision');
  });

  it('copies a scenario as a new revision with a comment in words', async () => {
    const response = await editor.request('POST', `${cases()}/scenarios`, {
      baseRevision: 1,
      name: 'Uten Melhus',
      copyOf: 'administrative-tjenester',
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      scenarioId: string;
      revision: { revision: number; comment: string };
    };
    expect(body.scenarioId).toBe('uten-melhus');
    expect(body.revision).toMatchObject({
      revision: 2,
      comment: 'Nytt scenario «Uten Melhus» (kopi av «Felles enhet for administrative tjenester»)',
    });
    const view = await latest();
    const copy = view.document.scenarios.find((s) => s.id === 'uten-melhus');
    const source = view.document.scenarios.find((s) => s.id === 'administrative-tjenester');
    expect(copy?.areas).toEqual(source?.areas);
  });

  it('answers 409 for a stale base revision, and 404 for an unknown scenario to copy', async () => {
    const stale = await editor.request('POST', `${cases()}/scenarios`, { baseRevision: 1, name: 'Y' });
    expect(stale.status).toBe(409);
    const unknown = await editor.request('POST', `${cases()}/scenarios`, {
      baseRevision: 2,
      name: 'Y',
      copyOf: 'finnes-ikke',
    });
    expect(unknown.status).toBe(404);
    expect((await latest()).revision.revision).toBe(2);
  });

  it('creates a blank scenario in English with an English comment', async () => {
    const response = await owner.request('POST', `${cases()}/scenarios?lang=en`, {
      baseRevision: 2,
      name: 'Tomt',
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as { scenarioId: string; revision: { comment: string } };
    expect(body).toMatchObject({ scenarioId: 'tomt', revision: { comment: 'New scenario «Tomt»' } });
    expect((await latest()).document.scenarios.find((s) => s.id === 'tomt')?.areas).toEqual([]);
  });
});

describe('DELETE /api/cases/:caseId/scenarios/:scenarioId', () => {
  it('refuses a reader with 403, and a stale base with 409', async () => {
    const path = `${cases()}/scenarios/uten-melhus`;
    expect((await reader.request('DELETE', path, { baseRevision: 3 })).status).toBe(403);
    expect((await editor.request('DELETE', path, { baseRevision: 2 })).status).toBe(409);
    expect((await editor.request('DELETE', path, { baseRevision: 'tre' })).status).toBe(400);
  });

  it('deletes the scenario as a new revision', async () => {
    const response = await editor.request('DELETE', `${cases()}/scenarios/uten-melhus`, { baseRevision: 3 });
    expect(response.status).toBe(200);
    const view = await latest();
    expect(view.revision).toMatchObject({ revision: 4, comment: 'Slettet scenario «Uten Melhus»' });
    expect(view.document.scenarios.map((s) => s.id)).not.toContain('uten-melhus');
    expect(
      (await editor.request('DELETE', `${cases()}/scenarios/uten-melhus`, { baseRevision: 4 })).status,
    ).toBe(404);
  });

  it('refuses (422) while an agreement refers to the scenario, naming it', async () => {
    const view = await latest();
    const document = structuredClone(view.document);
    document.agreementTerms = [
      { modelId: document.legalModels[0]!.id, scenarioId: 'tomt', name: 'Utkast' } as never,
    ];
    const saved = await owner.request('POST', `${cases()}/revisions`, {
      baseRevision: 4,
      comment: 'avtale',
      document,
    });
    expect(saved.status, await saved.clone().text()).toBe(201);
    const response = await editor.request('DELETE', `${cases()}/scenarios/tomt`, { baseRevision: 5 });
    expect(response.status).toBe(422);
    const issues = ((await response.json()) as Failure).error.issues ?? [];
    expect(issues[0]?.path).toBe('agreementTerms[0].scenarioId');
    expect(issues[0]?.message).toContain('avtalevilkårene «Utkast»');
  });
});
