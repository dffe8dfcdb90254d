/**
 * The baseline template and its import through the API: round trip, five bad cells, roles, stale base, bytes
 * that are no workbook.
 */
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let editor: TestClient;
let reader: TestClient;
const base = () => `/api/cases/${server.caseId}`;
const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.signIn(server.emails.editor);
  reader = await server.signIn(server.emails.reader);
});
afterAll(() => server.close());

async function latestRevision(): Promise<number> {
  const response = await editor.request('GET', base());
  return ((await response.json()) as { revision: { revision: number } }).revision.revision;
}

async function template(client: TestClient): Promise<Uint8Array> {
  const response = await client.request('GET', `${base()}/import/baseline-template.xlsx`);
  expect(response.status).toBe(200);
  expect(response.headers.get('content-type')).toBe(XLSX['content-type']);
  return new Uint8Array(await response.arrayBuffer());
}

/** The template with `values` set in column `header` of the rows numbered by the keys. */
async function edited(bytes: Uint8Array, header: string, values: Record<number, ExcelJS.CellValue>) {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Grunnlag');
  if (!sheet) throw new Error('no sheet');
  const column = (sheet.getRow(1).values as unknown[]).map(String).indexOf(header);
  for (const [row, value] of Object.entries(values)) sheet.getRow(Number(row)).getCell(column).value = value;
  return new Uint8Array(await book.xlsx.writeBuffer());
}

describe('baseline import API', () => {
  it('round trip: preview lists exactly the three changed cells; confirming saves exactly one revision', async () => {
    const bytes = await edited(await template(editor), 'Årsverk', { 2: 6.3, 3: 6.5, 4: 5.5 });
    const before = await latestRevision();
    const preview = await editor.request('POST', `${base()}/import/baseline/preview`, bytes, XLSX);
    expect(preview.status).toBe(200);
    const body = (await preview.json()) as {
      baseRevision: number;
      changes: { field: string; beforeText: string; afterText: string }[];
      errors: unknown[];
    };
    expect(body.errors).toEqual([]);
    expect(body.baseRevision).toBe(before);
    expect(body.changes.map((c) => [c.field, c.beforeText, c.afterText])).toEqual([
      ['årsverk', '6,2', '6,3'],
      ['årsverk', '6,4', '6,5'],
      ['årsverk', '5,0', '5,5'],
    ]);
    expect(await latestRevision()).toBe(before);
    const saved = await editor.request(
      'POST',
      `${base()}/import/baseline?baseRevision=${before}&fileName=grunnlag.xlsx`,
      bytes,
      XLSX,
    );
    expect(saved.status).toBe(201);
    expect(((await saved.json()) as { revision: { comment: string } }).revision.comment).toBe(
      'Importert fra regneark',
    );
    expect(await latestRevision()).toBe(before + 1);
    // The same bytes against the old base: a stale base is a conflict, never a merge.
    const stale = await editor.request(
      'POST',
      `${base()}/import/baseline?baseRevision=${before}`,
      bytes,
      XLSX,
    );
    expect(stale.status).toBe(409);
    expect(await latestRevision()).toBe(before + 1);
  });

  it('five bad cells: 422 with five messages naming sheet, row and column; nothing saved', async () => {
    const bytes = await edited(await template(editor), 'Lønnskostnad (kr)', {
      2: 'mye',
      3: -5,
      5: 1.5,
      6: 'x',
      7: { formula: 'A1/0', result: { error: '#DIV/0!' } },
    });
    const before = await latestRevision();
    const preview = await editor.request('POST', `${base()}/import/baseline/preview`, bytes, XLSX);
    const errors = ((await preview.json()) as { errors: { sheet: string; row: number; column: string }[] })
      .errors;
    expect(errors.map((e) => [e.sheet, e.row, e.column])).toEqual(
      [2, 3, 5, 6, 7].map((row) => ['Grunnlag', row, 'Lønnskostnad (kr)']),
    );
    const saved = await editor.request(
      'POST',
      `${base()}/import/baseline?baseRevision=${before}`,
      bytes,
      XLSX,
    );
    expect(saved.status).toBe(422);
    const issues = ((await saved.json()) as { error: { issues: { message: string }[] } }).error.issues;
    expect(issues).toHaveLength(5);
    expect(issues[0]?.message).toBe(
      'Ark Grunnlag, rad 2, kolonne Lønnskostnad (kr): Må være et tall, ikke «mye»',
    );
    expect(await latestRevision()).toBe(before);
  });

  it("a reader's template withholds the ages of small groups; an editor's has them", async () => {
    const ageOf = async (client: TestClient) => {
      const book = new ExcelJS.Workbook();
      await book.xlsx.load(Buffer.from(await template(client)) as unknown as ArrayBuffer);
      const sheet = book.getWorksheet('Grunnlag');
      const column = (sheet?.getRow(1).values as unknown[]).map(String).indexOf('Alder (ett tall)');
      // Row 7: Melhus' switchboard, one person aged 30 in the saksframlegg.
      return sheet?.getRow(7).getCell(column).value ?? null;
    };
    expect(await ageOf(editor)).toBe(30);
    expect(await ageOf(reader)).toBeNull();
  });

  it('readers get the template but may not import', async () => {
    const bytes = await template(reader);
    const response = await reader.request('POST', `${base()}/import/baseline/preview`, bytes, XLSX);
    expect(response.status).toBe(403);
  });

  it('garbage, an empty body and the wrong content type are refused without a 500', async () => {
    const garbage = await editor.request(
      'POST',
      `${base()}/import/baseline/preview`,
      new Uint8Array([1, 2, 3, 4]),
      XLSX,
    );
    expect(garbage.status).toBe(200);
    expect(((await garbage.json()) as { errors: { code: string }[] }).errors[0]?.code).toBe('not_a_workbook');
    const empty = await editor.request('POST', `${base()}/import/baseline`, new Uint8Array(0), XLSX);
    expect(empty.status).toBe(422);
    const json = await editor.request('POST', `${base()}/import/baseline/preview`, { a: 1 });
    expect(json.status).toBe(400);
  });
});
