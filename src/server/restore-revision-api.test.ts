/**
 * Restoring a revision through the API, and the history in people's words.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

interface View {
  revision: { revision: number; comment: string };
  document: CaseDocument;
}
interface Change {
  path: string;
  before: unknown;
  after: unknown;
  label: string;
  beforeText: string;
  afterText: string;
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

async function view(client: TestClient, path: string): Promise<View> {
  const response = await client.request('GET', path);
  expect(response.status).toBe(200);
  return (await response.json()) as View;
}

/** Saves `edit` of the newest document as the next revision. */
async function save(client: TestClient, comment: string, edit: (document: CaseDocument) => void) {
  const latest = await view(client, cases());
  const document = structuredClone(latest.document);
  edit(document);
  const response = await client.request('POST', `${cases()}/revisions`, {
    baseRevision: latest.revision.revision,
    comment,
    document,
  });
  expect(response.status).toBe(201);
}

/** The central payroll row of Melhus (5028). */
function melhusPayroll(document: CaseDocument) {
  const row = document.baseline.find(
    (r) =>
      r.municipalityNumber === '5028' && r.areaId === 'lonn-regnskap-fakturering' && r.scope === 'central',
  );
  if (!row) throw new Error('no Melhus payroll row');
  return row;
}

describe('restore a revision', () => {
  it('saves revision 1 again as a new revision, after two edits, and reads the history in words', async () => {
    expect((await view(owner, cases())).revision.revision).toBe(1);
    await save(editor, 'Ny lønnskostnad for Melhus', (document) => {
      const row = melhusPayroll(document);
      row.labourCost = 6_200_000 as never;
      // A changed figure is the editor's own value (the server records who and when).
      row.sources.labourCost = { entered: { by: 'x', at: '2026-01-01T00:00:00.000Z' } };
    });
    await save(editor, 'Nytt årsverk for Melhus', (document) => {
      const row = melhusPayroll(document);
      row.fte = 7 as never;
      row.sources.fte = { entered: { by: 'x', at: '2026-01-01T00:00:00.000Z' } };
    });

    const response = await editor.request('POST', `${cases()}/revisions/1/restore?lang=nn`, {
      baseRevision: 3,
    });
    expect(response.status).toBe(201);
    const { revision } = (await response.json()) as { revision: { revision: number; comment: string } };
    expect(revision.revision).toBe(4);
    expect(revision.comment).toBe('Gjenopprettar revisjon 1');

    const restored = await view(reader, `${cases()}/revisions/4`);
    const first = await view(reader, `${cases()}/revisions/1`);
    expect(restored.document).toEqual(first.document);
    expect(restored.revision.comment).toBe('Gjenopprettar revisjon 1');
    // The revisions in between are kept as they were.
    expect(melhusPayroll((await view(reader, `${cases()}/revisions/3`)).document).fte).toBe(7);

    const words: Record<string, string> = {
      nb: 'Melhus, Lønn, regnskap og fakturering: lønnskostnad',
      nn: 'Melhus, Løn, rekneskap og fakturering: lønnskostnad',
      en: 'Melhus, Payroll, accounting and invoicing: labour cost',
    };
    for (const language of ['nb', 'nn', 'en'] as const) {
      const page = await reader.request('GET', `${cases()}/revisions?before=3&limit=1&lang=${language}`);
      const { items } = (await page.json()) as { items: { revision: number; changes: Change[] }[] };
      expect(items[0]?.revision).toBe(2);
      const [change] = items[0]?.changes ?? [];
      expect(change).toMatchObject({ before: 5_200_000, after: 6_200_000, label: words[language] });
      expect(change?.path).toMatch(/^baseline\[\d+\]\.labourCost$/);
      expect(change?.label).not.toContain('baseline[');
      expect(change?.beforeText).toBe('5\u00a0200\u00a0000 kr');
      expect(change?.afterText).toBe('6\u00a0200\u00a0000 kr');
    }
  });

  it('words the comment in the request language', async () => {
    const response = await owner.request('POST', `${cases()}/revisions/2/restore?lang=en`, {});
    expect(response.status).toBe(201);
    expect(((await response.json()) as { revision: { comment: string } }).revision.comment).toBe(
      'Restores revision 2',
    );
    const bokmål = await owner.request('POST', `${cases()}/revisions/1/restore`, {});
    expect(((await bokmål.json()) as { revision: { comment: string } }).revision.comment).toBe(
      'Gjenoppretter revisjon 1',
    );
  });

  it('refuses readers (403) and stores nothing', async () => {
    const before = (await view(owner, cases())).revision.revision;
    const response = await reader.request('POST', `${cases()}/revisions/1/restore`, {});
    expect(response.status).toBe(403);
    expect((await view(owner, cases())).revision.revision).toBe(before);
  });

  it('answers 404 with a clear message for a revision that does not exist', async () => {
    const response = await editor.request('POST', `${cases()}/revisions/99/restore`, {});
    expect(response.status).toBe(404);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error).toEqual({
      code: 'not_found',
      message: 'Saken har ingen revisjon 99. Ingenting er lagret.',
    });
    const english = await editor.request('POST', `${cases()}/revisions/0/restore?lang=en`, {});
    expect(english.status).toBe(404);
    expect(((await english.json()) as { error: { message: string } }).error.message).toBe(
      'The case has no revision 0. Nothing was saved.',
    );
  });

  it('refuses a restore against a stale revision with 409', async () => {
    const response = await editor.request('POST', `${cases()}/revisions/1/restore`, { baseRevision: 2 });
    expect(response.status).toBe(409);
  });
});
