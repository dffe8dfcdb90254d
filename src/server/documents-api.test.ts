/**
 * Documents through the API: generate Melhus' saksframlegg from revision 1, list it, download it and check its
 * SHA-256; generating it again returns the stored one; readers cannot generate; unknown options are named.
 */
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

const MELHUS = { kind: 'saksframlegg', municipality: '5028', format: 'docx', language: 'nb', revision: 1 };

interface Meta {
  id: string;
  revision: number;
  sha256: string;
  size: number;
  fileName: string;
  createdBy: string;
  municipality: string | null;
  scenarioId: string | null;
}

let server: TestServer;
let owner: TestClient;
let reader: TestClient;
let ownerName: string;
const documentsPath = () => `/api/cases/${server.caseId}/documents`;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.signIn(server.emails.owner);
  reader = await server.signIn(server.emails.reader);
  const me = (await (await owner.request('GET', '/api/auth/me')).json()) as { user: { displayName: string } };
  ownerName = me.user.displayName;
});
afterAll(() => server.close());

describe('documents API', () => {
  it('generates, lists and hands out Melhus’ saksframlegg with the SHA-256 it lists', async () => {
    const created = await owner.request('POST', documentsPath(), MELHUS);
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: Meta };
    expect(document).toMatchObject({
      revision: 1,
      municipality: '5028',
      scenarioId: 'administrative-tjenester',
      fileName: 'saksframlegg-melhus-r1.docx',
      createdBy: ownerName,
    });

    const list = (await (await reader.request('GET', documentsPath())).json()) as { items: Meta[] };
    expect(list.items).toEqual([document]);

    const file = await reader.request('GET', `${documentsPath()}/${document.id}/file`);
    expect(file.status).toBe(200);
    expect(file.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    );
    expect(file.headers.get('content-disposition')).toBe(
      'attachment; filename="saksframlegg-melhus-r1.docx"',
    );
    const bytes = new Uint8Array(await file.arrayBuffer());
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    expect(sha256).toBe(document.sha256);
    expect(file.headers.get('x-flokk-sha256')).toBe(sha256);
    expect(bytes.byteLength).toBe(document.size);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    expect(xml).toContain('Kommunedirektørens innstilling');
  });

  it('returns the stored document when the same one is generated again', async () => {
    const first = (await (await owner.request('POST', documentsPath(), MELHUS)).json()) as { document: Meta };
    const again = await owner.request('POST', documentsPath(), MELHUS);
    expect(again.status).toBe(200);
    const { document } = (await again.json()) as { document: Meta };
    expect([document.id, document.sha256]).toEqual([first.document.id, first.document.sha256]);
    const list = (await (await reader.request('GET', documentsPath())).json()) as { items: Meta[] };
    expect(list.items).toHaveLength(1);
  });

  it('refuses a reader, and names an unknown municipality, a missing model and an unknown revision', async () => {
    expect((await reader.request('POST', documentsPath(), MELHUS)).status).toBe(403);

    const unknown = await owner.request('POST', documentsPath(), { ...MELHUS, municipality: '9999' });
    expect(unknown.status).toBe(400);
    const body = (await unknown.json()) as { error: { issues: { path: string }[] } };
    expect(body.error.issues.map((i) => i.path)).toEqual(['municipality']);

    const agreement = { kind: 'agreement', format: 'docx', language: 'nb' };
    const noModel = await owner.request('POST', documentsPath(), agreement);
    expect(noModel.status).toBe(400);
    expect(JSON.stringify(await noModel.json())).toContain('"path":"model"');

    const badFormat = await owner.request('POST', documentsPath(), { ...MELHUS, format: 'odt' });
    expect(badFormat.status).toBe(400);
    expect(JSON.stringify(await badFormat.json())).toContain('"path":"format"');

    const noRevision = await owner.request('POST', documentsPath(), { ...MELHUS, revision: 99 });
    expect(noRevision.status).toBe(404);
    expect(JSON.stringify(await noRevision.json())).toContain('Saken har ingen revisjon 99');

    const noFile = await reader.request(
      'GET',
      `${documentsPath()}/00000000-0000-0000-0000-000000000000/file`,
    );
    expect(noFile.status).toBe(404);
    expect(JSON.stringify(await noFile.json())).toContain('Saken har ikke dette dokumentet');
  });
});
