/**
 * The settlement statement through the documents API: refused (422) while the case cannot settle the year,
 * naming in words what is missing; 400 naming an unknown or missing unit, year or municipality; and once the
 * settlement is recorded (`settledCase`), 201 with Melhus' statement as DOCX and PDF, whose bytes are the ones
 * listed and whose text gives the answer first.
 */
import { createHash } from 'node:crypto';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { settledCase } from '../case/operations/settled-case.fixture.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

const STATEMENT = {
  kind: 'settlement-statement',
  municipality: '5028',
  unitId: 'administrative-tjenester',
  year: 2027,
  format: 'docx',
  language: 'nb',
};

interface Meta {
  id: string;
  revision: number;
  sha256: string;
  fileName: string;
  municipality: string | null;
  unitId: string | null;
  year: number | null;
}
type ErrorBody = { error: { message: string; issues: { path: string; code: string; message: string }[] } };

let server: TestServer;
let owner: TestClient;
let reader: TestClient;
const documentsPath = () => `/api/cases/${server.caseId}/documents`;

beforeAll(async () => {
  server = await startTestServer();
  owner = await server.signIn(server.emails.owner);
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

describe('settlement statement through the documents API', () => {
  it('refuses the default case’s 2027 statement with 422, naming the surplus policy in words, not a path', async () => {
    const refused = await owner.request('POST', documentsPath(), STATEMENT);
    expect(refused.status).toBe(422);
    const body = (await refused.json()) as ErrorBody;
    expect(body.error.issues).toMatchObject([{ code: 'no_surplus_policy' }]);
    expect(body.error.message).toBe(
      'Årsoppgjøret for 2027 kan ikke lages ennå: det er ikke bestemt hva som skjer med et overskudd (Drift av samarbeidet: felles enhet for administrative tjenester, overskudd).',
    );
    expect(body.error.message).not.toMatch(/operations\.|\[\d+\]/);
    const nn = (await (
      await owner.request('POST', `${documentsPath()}?lang=nn`, STATEMENT)
    ).json()) as ErrorBody;
    expect(nn.error.message).toMatch(/^Årsoppgjeret for 2027 kan ikkje lagast enno: det er ikkje bestemt/);
  });

  it('names an unknown or missing unit, year or municipality with 400', async () => {
    const cases: [Record<string, unknown>, string, string][] = [
      [{ ...STATEMENT, unitId: 'ikt' }, 'unitId', 'Ukjent unitId: «ikt»'],
      [{ ...STATEMENT, unitId: undefined }, 'unitId', 'unitId må oppgis for dette dokumentet'],
      [{ ...STATEMENT, year: 2031 }, 'year', 'Ukjent year: «2031»'],
      [{ ...STATEMENT, year: undefined }, 'year', 'year må oppgis for dette dokumentet'],
      [{ ...STATEMENT, municipality: '5001' }, 'municipality', 'Ukjent municipality: «5001»'],
      [{ ...STATEMENT, scenarioId: 'administrative-tjenester' }, 'scenarioId', 'scenarioId brukes ikke'],
      [
        { kind: 'saksframlegg', municipality: '5028', format: 'docx', language: 'nb', year: 2027 },
        'year',
        'year brukes ikke',
      ],
    ];
    for (const [body, path, message] of cases) {
      const response = await owner.request('POST', documentsPath(), body);
      expect(response.status, path).toBe(400);
      const error = (await response.json()) as ErrorBody;
      expect(error.error.issues[0]?.path).toBe(path);
      expect(error.error.message).toContain(message);
    }
    // A year the body's schema bounds (2000–2100) never reaches the case.
    expect((await owner.request('POST', documentsPath(), { ...STATEMENT, year: 1999 })).status).toBe(400);
    expect((await reader.request('POST', documentsPath(), STATEMENT)).status).toBe(403);
  });

  it('generates Melhus’ statement as DOCX and PDF once the settlement is recorded', async () => {
    const view = (await (await owner.request('GET', `/api/cases/${server.caseId}`)).json()) as {
      revision: { revision: number };
      document: CaseDocument;
    };
    const saved = await owner.request('POST', `/api/cases/${server.caseId}/revisions`, {
      baseRevision: view.revision.revision,
      comment: 'Årsoppgjør 2027 registrert (testdata)',
      document: settledCase(view.document),
    });
    expect(saved.status).toBe(201);
    const revision = ((await saved.json()) as { revision: { revision: number } }).revision.revision;

    const created = await owner.request('POST', documentsPath(), STATEMENT);
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: Meta };
    expect(document).toMatchObject({
      revision,
      municipality: '5028',
      unitId: 'administrative-tjenester',
      year: 2027,
      fileName: `arsoppgjor-2027-melhus-r${revision}.docx`,
    });
    const file = await reader.request('GET', `${documentsPath()}/${document.id}/file`);
    const bytes = new Uint8Array(await file.arrayBuffer());
    expect(createHash('sha256').update(bytes).digest('hex')).toBe(document.sha256);
    const xml = strFromU8(unzipSync(bytes)['word/document.xml'] ?? new Uint8Array());
    // The fixture's hand calculation (settlement-statement.test.ts): Melhus owes 82 275 kr.
    expect(xml).toContain('Melhus skal betale 82');
    expect(xml).toContain('275 kr for 2027.');

    // Asking again gives the stored one; another year of the same unit is not it.
    const again = await owner.request('POST', documentsPath(), STATEMENT);
    expect(again.status).toBe(200);
    expect(((await again.json()) as { document: Meta }).document.id).toBe(document.id);

    const pdf = await owner.request('POST', documentsPath(), { ...STATEMENT, format: 'pdf', language: 'nn' });
    expect(pdf.status).toBe(201);
    const pdfMeta = ((await pdf.json()) as { document: Meta }).document;
    expect(pdfMeta.fileName).toBe(`arsoppgjor-2027-melhus-r${revision}.pdf`);
    const pdfBytes = new Uint8Array(
      await (await reader.request('GET', `${documentsPath()}/${pdfMeta.id}/file`)).arrayBuffer(),
    );
    expect(strFromU8(pdfBytes.subarray(0, 5))).toBe('%PDF-');
    expect(createHash('sha256').update(pdfBytes).digest('hex')).toBe(pdfMeta.sha256);
  });

  it('generates the unit’s benefit report for a year, and names a municipality it does not use', async () => {
    const report = {
      kind: 'benefit-report',
      unitId: 'administrative-tjenester',
      year: 2027,
      format: 'pdf',
      language: 'nb',
    };
    const created = await owner.request('POST', documentsPath(), report);
    expect(created.status).toBe(201);
    const { document } = (await created.json()) as { document: Meta };
    expect(document).toMatchObject({ municipality: null, unitId: 'administrative-tjenester', year: 2027 });
    expect(document.fileName).toMatch(/^gevinstrapport-2027-administrative-tjenester-r\d+\.pdf$/);
    const refused = await owner.request('POST', documentsPath(), { ...report, municipality: '5028' });
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as ErrorBody).error.issues[0]?.path).toBe('municipality');
    const noUnit = await owner.request('POST', documentsPath(), { ...report, unitId: 'ikt' });
    expect(((await noUnit.json()) as ErrorBody).error.message).toBe('Ukjent unitId: «ikt»');
  });
});
