/**
 * Documents through the API: generate Melhus' saksframlegg from revision 1, list it, download it and check its
 * SHA-256; generating it again returns the stored one; readers cannot generate; unknown options are named.
 */
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AgreementCase } from '../case/agreement/agreement-terms.ts';
import { filledCase } from '../case/agreement/filled-case.fixture.ts';
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

describe('agreement check and final agreement', () => {
  const MODEL = 'vertskommune-administrativ';
  const AGREEMENT = { kind: 'agreement', model: MODEL, format: 'pdf', language: 'nb' };
  const checkPath = (query: string) => `/api/cases/${server.caseId}/agreement-check?${query}`;

  interface Check {
    revision: number;
    model: string;
    points: { id: string; paragraph: string; label: string; status: string; section?: string }[];
    final: boolean;
  }

  it('lists every point of § 20-4 for the default vertskommune draft, with the missing ones', async () => {
    const response = await reader.request('GET', checkPath(`model=${MODEL}&revision=1`));
    expect(response.status).toBe(200);
    const check = (await response.json()) as Check;
    expect(check).toMatchObject({ revision: 1, model: MODEL, final: false });
    expect(check.points.map((p) => p.paragraph)).toEqual(
      'abcdefghi'.split('').map((letter) => `kommuneloven § 20-4 tredje ledd bokstav ${letter}`),
    );
    expect(check.points.some((p) => p.status === 'missing')).toBe(true);
    expect(check.points.filter((p) => p.status === 'present').every((p) => p.section)).toBe(true);

    const again = await reader.request('GET', checkPath(`model=${MODEL}&revision=1`), undefined, {
      'if-none-match': response.headers.get('etag') ?? '',
    });
    expect(again.status).toBe(304);
    const unknown = await reader.request('GET', checkPath('model=interkommunalt-avtale'));
    expect(unknown.status).toBe(400);
    expect(JSON.stringify(await unknown.json())).toContain('"path":"model"');
  });

  it('refuses to mark the incomplete draft final with 422, naming each missing point with its paragraph', async () => {
    const check = (await (
      await reader.request('GET', checkPath(`model=${MODEL}&revision=1`))
    ).json()) as Check;
    const refused = await owner.request('POST', documentsPath(), { ...AGREEMENT, revision: 1, final: true });
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as {
      error: { message: string; issues: { path: string; code: string }[] };
    };
    expect(body.error.issues).toMatchObject([{ path: 'final', code: 'agreement_incomplete' }]);
    for (const point of check.points.filter((p) => p.status === 'missing'))
      expect(body.error.message).toContain(`${point.label} (${point.paragraph})`);
    const nn = await owner.request('POST', `${documentsPath()}?lang=nn`, {
      ...AGREEMENT,
      revision: 1,
      final: true,
    });
    expect(((await nn.json()) as { error: { message: string } }).error.message).toMatch(
      /^Utkastet kan ikkje/,
    );
  });

  it('accepts final for a case whose terms fill every point, and lists it as final', async () => {
    const view = (await (await owner.request('GET', `/api/cases/${server.caseId}`)).json()) as {
      revision: { revision: number };
      document: AgreementCase;
    };
    const saved = await owner.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: view.revision.revision,
      comment: 'Avtalevilkår fastsatt',
      document: filledCase(MODEL, view.document),
    });
    expect(saved.status).toBe(201);
    const revision = ((await saved.json()) as { revision: { revision: number } }).revision.revision;

    const check = (await (await reader.request('GET', checkPath(`model=${MODEL}`))).json()) as Check;
    expect(check).toMatchObject({ revision, final: true });
    expect(check.points.every((p) => p.status === 'present')).toBe(true);

    const created = await owner.request('POST', documentsPath(), { ...AGREEMENT, final: true });
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: Meta & { final: boolean } };
    expect(document).toMatchObject({ revision, model: MODEL, final: true });
    const draft = await owner.request('POST', documentsPath(), AGREEMENT);
    expect(draft.status).toBe(201);
    const list = (await (await reader.request('GET', documentsPath())).json()) as {
      items: (Meta & { final: boolean })[];
    };
    expect(list.items.find((d) => d.id === document.id)?.final).toBe(true);
    expect(list.items.filter((d) => d.revision === revision).map((d) => d.final)).toEqual([false, true]);
  });
});
