import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { isApiError } from './api-error.ts';
import {
  createDocument,
  documentFileUrl,
  getAgreementCheck,
  listDocuments,
  type DocumentMeta,
} from './documents-api.ts';
import { setApiLanguage, setCsrfToken } from './http-client.ts';

// A stub of the documents API: the server side is built to the same contract on its own branch.

const META: DocumentMeta = {
  id: 'd1',
  caseId: 'skaun-melhus-midtre-gauldal',
  revision: 1,
  kind: 'saksframlegg',
  municipality: '5028',
  model: null,
  scenarioId: null,
  format: 'docx',
  language: 'nb',
  generatorVersion: '1.0.0',
  sha256: 'a'.repeat(64),
  size: 23_456,
  fileName: 'saksframlegg-melhus-r1.docx',
  createdBy: 'Eier',
  createdAt: '2026-12-03T12:00:00.000Z',
  final: false,
  unitId: null,
  year: null,
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });

let calls: { url: string; init: RequestInit }[];

function stubFetch(answer: Response) {
  calls = [];
  vi.stubGlobal('fetch', (url: string, init: RequestInit) => {
    calls.push({ url, init });
    return Promise.resolve(answer);
  });
}

beforeEach(() => {
  setCsrfToken('token-1');
  setApiLanguage('nb');
});

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
});

describe('documents API client', () => {
  it('lists the documents newest first as the server gives them', async () => {
    stubFetch(json(200, { items: [META] }));
    await expect(listDocuments('skaun-melhus-midtre-gauldal')).resolves.toEqual([META]);
    expect(calls[0]?.url).toBe('/api/cases/skaun-melhus-midtre-gauldal/documents?lang=nb');
  });

  it('makes a document with the CSRF token and gives back its meta', async () => {
    stubFetch(json(201, { document: META }));
    const body = {
      kind: 'saksframlegg',
      municipality: '5028',
      format: 'docx',
      language: 'nb',
      revision: 1,
    } as const;
    await expect(createDocument('skaun-melhus-midtre-gauldal', body)).resolves.toEqual(META);
    const init = calls[0]?.init;
    expect(init?.method).toBe('POST');
    expect(init?.headers).toMatchObject({ 'X-CSRF-Token': 'token-1', 'Content-Type': 'application/json' });
    expect(JSON.parse(String(init?.body))).toEqual(body);
  });

  it('reads the agreement check for the model, revision and language', async () => {
    const check = {
      revision: 2,
      model: 'vertskommune-administrativ',
      scenarioId: null,
      points: [],
      final: true,
    };
    stubFetch(json(200, check));
    const query = { model: 'vertskommune-administrativ', revision: 2, language: 'nn' } as const;
    await expect(getAgreementCheck('sak', query)).resolves.toEqual(check);
    expect(calls[0]?.url).toBe(
      '/api/cases/sak/agreement-check?model=vertskommune-administrativ&revision=2&language=nn&lang=nb',
    );
  });

  it('gives the server’s validation issues as an ApiError', async () => {
    const issues = [
      { path: 'revision', code: 'not_found', message: 'Revisjon 9 finnes ikke.', label: 'Revisjon' },
    ];
    stubFetch(json(400, { error: { code: 'validation', message: 'Ugyldige data', issues } }));
    const failure: unknown = await createDocument('c', {
      kind: 'summary',
      format: 'pdf',
      language: 'nn',
    }).catch((error: unknown) => error);
    expect(isApiError(failure) && failure.code).toBe('validation');
    expect(isApiError(failure) && failure.issues).toEqual([
      { path: 'revision', code: 'not_found', message: 'Revisjon 9 finnes ikke.' },
    ]);
  });

  it('downloads the file from its own address', () => {
    expect(documentFileUrl('a b', 'd/1')).toBe('/api/cases/a%20b/documents/d%2F1/file');
  });
});
