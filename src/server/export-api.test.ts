/**
 * The export API: files as the role may see them (a reader never gets the ages of a group under 5 persons),
 * named by case, revision and table; clear 400s and 404s.
 */
import { EXPORT_TABLE_IDS } from '../case/export/export-table.ts';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestServer } from './test-support.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

async function get(role: 'reader' | 'editor' | 'owner', query: string): Promise<Response> {
  const client = await server.signIn(server.emails[role]);
  return client.request('GET', `/api/cases/${server.caseId}/export?${query}`);
}

async function workbookOf(response: Response): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(await response.arrayBuffer());
  return workbook;
}

/** Every text of the first sheet, one line per row. */
function sheetText(workbook: ExcelJS.Workbook): string {
  const lines: string[] = [];
  workbook.worksheets[0]?.eachRow((row) => lines.push((row.values as unknown[]).join('|')));
  return lines.join('\n');
}

describe('GET /api/cases/:caseId/export', () => {
  it('gives the baseline as XLSX with its file name, numbers and the Kilder sheet', async () => {
    const response = await get('reader', 'table=baseline&format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(
      'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    );
    expect(response.headers.get('content-disposition')).toMatch(
      new RegExp(`^attachment; filename="flokk-${server.caseId}-r\\d+-baseline\\.xlsx"$`),
    );
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Grunnlag', 'Kilder']);
    // Midtre Gauldal, lønn, regnskap og fakturering: 5 500 000 kr in the saksframlegg, stored as a number.
    const cell = workbook.worksheets[0]?.getRow(4).getCell(7);
    expect(cell?.value).toBe(5_500_000);
    expect(cell?.numFmt).toBe('#,##0');
  });

  it('withholds the ages of small groups from a reader, not from an editor', async () => {
    const reader = sheetText(await workbookOf(await get('reader', 'table=baseline&format=xlsx')));
    const editor = sheetText(await workbookOf(await get('editor', 'table=baseline&format=xlsx')));
    // The switchboard in Melhus: one person aged 51 (1,0 årsverk).
    expect(editor).toContain('51 år');
    expect(reader).not.toContain('51 år');
    expect(reader).toMatch(/Melhus\|Sentralbord\|Sentral enhet\|2025\|1\|\.\.\|800000\|\.\.\|:\|/);
    // What everyone may see stays: 59–66 år (Skaun, 5 årsverk).
    expect(reader).toContain('59–66 år');
  });

  it('gives one table as CSV that Norwegian Excel opens, in the chosen language', async () => {
    const response = await get('reader', 'table=baseline&format=csv&language=en');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toMatch(/-baseline\.csv"$/);
    const bytes = new Uint8Array(await response.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = new TextDecoder().decode(bytes.slice(3));
    const [header, first] = text.split('\r\n');
    expect(header?.startsWith('Municipality;Service area;Scope;Budget year;FTE;Persons;')).toBe(true);
    expect(first?.split(';').slice(0, 8)).toEqual([
      'Midtre Gauldal',
      'Payroll, accounting and invoicing',
      'Central unit',
      '2025',
      '6,2',
      '..',
      '5500000',
      '..',
    ]);
  });

  it('gives the whole case as a workbook', async () => {
    const response = await get('owner', 'table=all&format=xlsx');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/-all\.xlsx"$/);
    const workbook = await workbookOf(response);
    expect(workbook.worksheets.at(-1)?.name).toBe('Kilder');
  });

  it('names the parameter of a bad request', async () => {
    const badTable = await get('reader', 'table=nope&format=xlsx');
    expect(badTable.status).toBe(400);
    expect(JSON.stringify(await badTable.json())).toContain('"path":"table"');
    const badFormat = await get('reader', 'table=baseline&format=pdf');
    expect(badFormat.status).toBe(400);
    expect(JSON.stringify(await badFormat.json())).toContain('"path":"format"');
    const allCsv = await get('reader', 'table=all&format=csv');
    expect(allCsv.status).toBe(400);
    const body = JSON.stringify(await allCsv.json());
    expect(body).toContain('"path":"format"');
    expect(body).toContain('Excel-arbeidsbok');
  });

  it('answers 404 for an unknown scenario or revision', async () => {
    expect((await get('reader', 'table=baseline&format=xlsx&scenario=finnes-ikke')).status).toBe(404);
    expect((await get('reader', 'table=baseline&format=xlsx&revision=999')).status).toBe(404);
  });

  it('exports every table of the default case, the model ranking as CSV with readable headers', async () => {
    const ranking = await get('reader', 'table=model-ranking&format=csv');
    expect(ranking.status).toBe(200);
    const bytes = new Uint8Array(await ranking.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const header = new TextDecoder().decode(bytes).split('\r\n')[0] ?? '';
    expect(header.split(';').length).toBeGreaterThan(2);
    expect(header).not.toMatch(/\d{4}|_/);
    const whole = await get('reader', 'table=all&format=xlsx');
    expect(whole.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(await whole.arrayBuffer());
    // One sheet per table the default case has — every table but the a-konto lines, which wait for an a-konto
    // calendar the default case does not set («Kilder» says so); the settlement's sheet says none is recorded —
    // then «Kilder».
    expect(workbook.worksheets).toHaveLength(EXPORT_TABLE_IDS.length - 1 + 1);
    expect(workbook.getWorksheet('Driftsbudsjett')).toBeDefined();
    expect(workbook.getWorksheet('A-konto')).toBeUndefined();
    expect(workbook.getWorksheet('Gevinster')).toBeDefined();
    expect(workbook.worksheets.slice(0, 3).map((s) => s.name)).toEqual([
      'Grunnlag',
      'Samarbeidsprofil',
      'KOSTRA-sammenligning',
    ]);
    expect(workbook.worksheets.at(-1)?.name).toBe('Kilder');
  });
});
