/**
 * Making a case as a copy or blank, and archiving it through the API: roles, the body named field by field.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

interface Summary {
  id: string;
  role: string;
  archivedAt: string | null;
}
interface Failure {
  error: { code: string; issues?: { path: string; message: string }[] };
}

let server: TestServer;
let owner: TestClient;
let editor: TestClient;
let reader: TestClient;
let outsider: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.signIn(server.emails.owner);
  editor = await server.signIn(server.emails.editor);
  reader = await server.signIn(server.emails.reader);
  outsider = await server.signIn(server.emails.outsider);
});
afterAll(() => server.close());

async function list(client: TestClient, query = ''): Promise<Summary[]> {
  return (await (await client.request('GET', `/api/cases${query}`)).json()) as Summary[];
}

describe('POST /api/cases', () => {
  it('refuses a reader of the case to copy (403), and an outsider learns nothing (404)', async () => {
    const body = { title: 'Kopi', copyOf: server.caseId };
    expect((await reader.request('POST', '/api/cases', body)).status).toBe(403);
    expect((await outsider.request('POST', '/api/cases', body)).status).toBe(404);
    expect((await outsider.request('POST', '/api/cases', { ...body, copyOf: 'finnes-ikke' })).status).toBe(
      404,
    );
  });

  it('names the field of a bad body (400)', async () => {
    const empty = await editor.request('POST', '/api/cases', { title: ' ', copyOf: server.caseId });
    expect(empty.status).toBe(400);
    expect(((await empty.json()) as Failure).error.issues?.[0]?.path).toBe('title');
    const noSource = await editor.request('POST', '/api/cases', { title: 'X' });
    expect(noSource.status).toBe(400);
    expect(((await noSource.json()) as Failure).error.issues?.[0]?.path).toBe('copyOf');
  });

  it('copies the case under a new title; the editor who made it is its owner; publication is not copied', async () => {
    const response = await editor.request('POST', '/api/cases', {
      title: 'Uten Melhus',
      copyOf: server.caseId,
    });
    expect(response.status).toBe(201);
    const body = (await response.json()) as {
      caseId: string;
      revision: { revision: number; comment: string };
    };
    expect(body.caseId).toBe('uten-melhus');
    expect(body.revision.revision).toBe(1);
    expect(body.revision.comment).toMatch(/^Ny sak «Uten Melhus» \(kopi av «.+»\)$/);
    expect(await list(editor)).toContainEqual(expect.objectContaining({ id: 'uten-melhus', role: 'owner' }));
    // The people who could see the source are not members of the copy.
    expect((await reader.request('GET', '/api/cases/uten-melhus')).status).toBe(404);
    const copy = (await (await editor.request('GET', '/api/cases/uten-melhus')).json()) as {
      document: CaseDocument;
    };
    const source = (await (await owner.request('GET', `/api/cases/${server.caseId}`)).json()) as {
      document: CaseDocument;
    };
    expect(copy.document.id).toBe('uten-melhus');
    expect(copy.document.title).toEqual({ nb: 'Uten Melhus' });
    expect(copy.document.scenarios).toEqual(source.document.scenarios);
    expect(copy.document.publication).toEqual({ baselineFigures: false });
    const again = await editor.request('POST', '/api/cases', { title: 'Uten Melhus', copyOf: server.caseId });
    expect(((await again.json()) as { caseId: string }).caseId).toBe('uten-melhus-2');
  });
});

describe('POST /api/cases with blank', () => {
  const blank = (participants: string[], from = server.caseId) => ({
    title: 'Tom start',
    blank: { from, participants },
  });
  async function issue(response: Response) {
    return ((await response.json()) as Failure).error.issues?.[0];
  }

  it('names the municipalities field when none, an unknown or a repeated one is chosen (400)', async () => {
    const none = await reader.request('POST', '/api/cases', blank([]));
    expect(none.status).toBe(400);
    expect(await issue(none)).toMatchObject({
      path: 'blank.participants',
      message: 'Kommuner i saken: velg minst én kommune',
    });
    const unknown = await reader.request('POST', '/api/cases', blank(['5028', '0301']));
    expect(unknown.status).toBe(400);
    expect(await issue(unknown)).toMatchObject({
      path: 'blank.participants',
      message: expect.stringMatching(/^Kommuner i saken: kommunenummer 0301 er ikke med i «.+»$/),
    });
    const twice = await reader.request('POST', '/api/cases', blank(['5028', '5028']));
    expect(twice.status).toBe(400);
    expect(await issue(twice)).toMatchObject({
      path: 'blank.participants',
      message: 'Kommuner i saken: kommunenummer 5028 er valgt to ganger',
    });
    const both = await reader.request('POST', '/api/cases', { ...blank(['5028']), copyOf: server.caseId });
    expect(both.status).toBe(400);
    expect((await issue(both))?.path).toBe('copyOf');
    expect((await outsider.request('POST', '/api/cases', blank(['5028']))).status).toBe(404);
  });

  it('lets a reader start a blank case with the chosen municipalities only; the reader is its owner', async () => {
    const response = await reader.request('POST', '/api/cases', blank(['5029', '5028']));
    expect(response.status).toBe(201);
    const body = (await response.json()) as { caseId: string; revision: { comment: string } };
    expect(body.caseId).toBe('tom-start');
    expect(body.revision.comment).toBe('Ny tom sak «Tom start»');
    expect(await list(reader)).toContainEqual(expect.objectContaining({ id: 'tom-start', role: 'owner' }));
    const made = (await (await reader.request('GET', '/api/cases/tom-start')).json()) as {
      document: CaseDocument;
    };
    expect(made.document.participants).toEqual([
      { municipalityNumber: '5029', name: 'Skaun', population: [] },
      { municipalityNumber: '5028', name: 'Melhus', population: [] },
    ]);
    expect(made.document.sources).toEqual([]);
    expect(made.document.serviceAreas).toEqual([]);
    expect(made.document.baseline).toEqual([]);
    expect(made.document.scenarios).toEqual([]);
  });

  it('answers every read of the blank case without a server error, though it has no figures', async () => {
    const reads = [
      '',
      '/revisions',
      '/revisions/1',
      '/revisions/1/analysis-check',
      '/revisions/1/effect',
      '/agreement-check',
      '/decision?municipality=5029',
      '/documents',
      '/members',
      '/model-choice',
      '/people',
      '/people.csv',
    ];
    const statuses = await Promise.all(
      reads.map(async (path) => [path, (await reader.request('GET', `/api/cases/tom-start${path}`)).status]),
    );
    expect(statuses.filter(([, status]) => Number(status) >= 500)).toEqual([]);
    expect(statuses.filter(([, status]) => status === 200).map(([path]) => path)).toEqual(
      expect.arrayContaining(['', '/revisions', '/documents', '/members', '/model-choice', '/people']),
    );
  });
});

describe('archiving', () => {
  it('lets only an owner archive; the case leaves the list, stays readable, and comes back', async () => {
    const path = `/api/cases/${server.caseId}`;
    expect((await editor.request('POST', `${path}/archive`)).status).toBe(403);
    expect((await owner.request('POST', `${path}/archive`)).status).toBe(200);
    expect((await list(reader)).map((c) => c.id)).not.toContain(server.caseId);
    const archived = await list(reader, '?archived=true');
    expect(archived.map((c) => c.id)).toEqual([server.caseId]);
    expect(archived[0]?.archivedAt).toMatch(/^\d{4}-\d{2}-\d{2}T/);
    expect((await reader.request('GET', path)).status).toBe(200);
    expect((await reader.request('GET', '/api/cases?archived=maybe')).status).toBe(400);
    expect((await owner.request('POST', `${path}/unarchive`)).status).toBe(200);
    expect((await list(reader)).map((c) => c.id)).toContain(server.caseId);
  });
});
