/**
 * Inside the documents: owner-only parts of a save are refused to editors, and a reader's view of the history
 * never shows a trait of a group under 5 persons, however the rows were added, changed or deleted. Together
 * with `access.test.ts` (every route × role) this is the role matrix of issue 11.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { listRevisions } from '../storage/cases.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let owner: TestClient;
let editor: TestClient;
let reader: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.signIn(server.emails.owner);
  editor = await server.signIn(server.emails.editor);
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

async function latest(client: TestClient) {
  const response = await client.request('GET', `/api/cases/${server.caseId}`);
  return (await response.json()) as { revision: { revision: number }; document: CaseDocument };
}

async function save(client: TestClient, change: (document: CaseDocument) => void, comment = 'Endring') {
  const view = await latest(editor);
  const document = structuredClone(view.document);
  change(document);
  return client.request('POST', `/api/cases/${server.caseId}/revisions`, {
    baseRevision: view.revision.revision,
    comment,
    document,
  });
}

type BaselineRow = CaseDocument['baseline'][number];

describe('owner-only fields inside a document save', () => {
  it('refuses an editor who publishes the baseline, stores nothing, and keeps the public page free of figures', async () => {
    const before = (await listRevisions(server.db, server.caseId)).length;
    const response = await save(editor, (d) => {
      d.publication = { ...d.publication, baselineFigures: true };
    });
    expect(response.status).toBe(403);
    const body = (await response.json()) as { error: { code: string; message: string } };
    expect(body.error.code).toBe('forbidden');
    expect(body.error.message).toContain('Publisering på den offentlige statussiden');
    expect((await listRevisions(server.db, server.caseId)).length).toBe(before);
    const publicPage = await server.anonymous.request('GET', `/api/public/cases/${server.caseId}`);
    expect(await publicPage.text()).not.toContain('14 800 000');
  });

  it('refuses an editor who changes the public contact address', async () => {
    const response = await save(editor, (d) => {
      d.publication = { ...d.publication, contact: { url: 'https://example.org/flokk' } };
    });
    expect(response.status).toBe(403);
  });

  it('lets an editor save other changes while the publication is unchanged', async () => {
    const response = await save(editor, (d) => {
      d.summary = { nb: 'Oppdatert sammendrag' };
    });
    expect(response.status).toBe(201);
  });

  it('lets the owner change the publication', async () => {
    const response = await save(owner, (d) => {
      d.publication = { ...d.publication, contact: { organisation: 'Prosjektet' } };
    });
    expect(response.status).toBe(201);
    expect((await latest(reader)).document.publication.contact?.organisation).toBe('Prosjektet');
  });
});

describe("a reader's history after small groups were added, changed and deleted", () => {
  // A group of 3 persons: its age bands are personal data and must never reach a reader.
  const smallGroup: BaselineRow = {
    areaId: 'sentralbord',
    municipalityNumber: '5028',
    scope: 'decentral',
    budgetYear: 2024,
    fte: 2.5,
    headcount: 3,
    labourCost: 1_900_000,
    ages: {
      kind: 'bands',
      bands: [
        { from: 24, to: 34, count: 1 },
        { from: 61, to: 70, count: 2 },
      ],
    },
  } as unknown as BaselineRow;

  it('shows that rows changed but no age of a group under 5, as withheld (":"), while the editor sees them', async () => {
    expect((await save(editor, (d) => d.baseline.push(smallGroup), 'La til rad')).status).toBe(201);
    const changedAges = save(
      editor,
      (d) => {
        const row = d.baseline.at(-1);
        if (row) row.ages = { kind: 'range', min: 27, max: 69 } as BaselineRow['ages'];
      },
      'Endret alder',
    );
    expect((await changedAges).status).toBe(201);
    // Deleting a row in the middle shifts every later row: a position-based diff then carries whole rows.
    const middle = (await latest(editor)).document.baseline.findIndex((r) => r.ages !== null);
    expect((await save(editor, (d) => d.baseline.splice(middle, 1), 'Slettet rad')).status).toBe(201);
    expect(
      (await save(editor, (d) => d.baseline.splice(d.baseline.length - 1, 1), 'Slettet den lille')).status,
    ).toBe(201);

    const history = await (await reader.request('GET', `/api/cases/${server.caseId}/revisions`)).text();
    for (const age of ['24', '34', '61', '70', '27', '69']) {
      expect(history, `age ${age} leaked`).not.toMatch(new RegExp(`"(from|to|min|max|value)":${age}\\b`));
    }
    // The history's words are made from the same redacted documents: no age there either.
    expect(history).not.toMatch(/27–69|24–34|61–70/);
    // The reader still sees that the small group's row was added and deleted, with its ages withheld.
    const entries = (JSON.parse(history) as { items: unknown[] }).items as {
      comment: string;
      changes: { path: string; before: unknown; after: unknown }[];
    }[];
    const added = entries.find((e) => e.comment === 'La til rad');
    expect(JSON.stringify(added?.changes)).toContain('"ages":":"');
    const changed = entries.find((e) => e.comment === 'Endret alder');
    expect(changed?.changes).toEqual([]);

    const asEditor = await (await editor.request('GET', `/api/cases/${server.caseId}/revisions`)).text();
    expect(asEditor).toMatch(/"min":27/);
  });
});
