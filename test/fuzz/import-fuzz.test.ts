/**
 * Hostile workbooks at the baseline import: random bytes, a real template with bytes flipped or cut short,
 * and a template whose cells hold hostile values. Through the API (preview and confirm) nothing gives a 5xx and
 * a refused import stores nothing; the CLI never exits 70; the importer itself never throws.
 */
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { runCliCapture } from '../../src/cli/run-cli.test-helpers.ts';
import { baselineTemplate } from '../../src/documents/spreadsheet/baseline-template.ts';
import { importBaselineWorkbook } from '../../src/documents/spreadsheet/import-baseline-workbook.ts';
import { startTestServer, type TestClient, type TestServer } from '../../src/server/test-support.ts';
import { listRevisions } from '../../src/storage/cases.ts';
import { FUZZ_RUNS, FUZZ_TIMEOUT_MS, hostileString, hostileNumber } from './hostile-values.ts';

vi.setConfig({ testTimeout: FUZZ_TIMEOUT_MS * 2 });

const XLSX = { 'content-type': 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const entry = { by: 'Fuzz', at: '2026-01-01T00:00:00.000Z' };
let server: TestServer;
let editor: TestClient;
let template: Uint8Array;

beforeAll(async () => {
  server = await startTestServer();
  editor = await server.signIn(server.emails.editor);
  template = await baselineTemplate(defaultCase(), 'nb');
});
afterAll(() => server.close());

/** The template with `count` bytes replaced at seeded places, or cut at `cut`. */
function mutatedBytes(flips: { at: number; value: number }[], cut: number | null): Uint8Array {
  const bytes = new Uint8Array(template);
  for (const flip of flips) bytes[flip.at % bytes.length] = flip.value;
  return cut === null ? bytes : bytes.subarray(0, cut % bytes.length);
}

/** The template with hostile values in seeded cells of «Grunnlag». */
async function hostileCells(cells: { row: number; column: number; value: unknown }[]): Promise<Uint8Array> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(Buffer.from(template) as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Grunnlag');
  for (const cell of cells) {
    const value = cell.value as ExcelJS.CellValue;
    if (sheet) sheet.getCell(1 + (cell.row % 14), 1 + (cell.column % 24)).value = value;
  }
  return new Uint8Array(await book.xlsx.writeBuffer());
}

const hostileCell = fc.oneof(
  hostileString,
  hostileNumber,
  fc.constantFrom<unknown>(
    null,
    true,
    { error: '#DIV/0!' },
    { formula: 'A1', result: { error: '#REF!' } },
    new Date(0),
  ),
);

const workbook = fc.oneof(
  fc.uint8Array({ maxLength: 2_000 }).map((bytes) => Promise.resolve(bytes)),
  fc
    .tuple(fc.array(fc.record({ at: fc.nat(), value: fc.nat(255) }), { maxLength: 20 }), fc.option(fc.nat()))
    .map(([flips, cut]) => Promise.resolve(mutatedBytes(flips, cut))),
  fc
    .array(fc.record({ row: fc.nat(), column: fc.nat(), value: hostileCell }), { minLength: 1, maxLength: 6 })
    .map((cells) => hostileCells(cells)),
);

describe('import fuzz', () => {
  it('the importer returns a result for any bytes, never throws', async () => {
    await fc.assert(
      fc.asyncProperty(workbook, async (made) => {
        const result = await importBaselineWorkbook(await made, defaultCase(), entry, 'nb');
        if (!result.ok) for (const issue of result.issues) expect(issue.text.length).toBeGreaterThan(0);
      }),
      { numRuns: FUZZ_RUNS },
    );
  });

  it('preview and confirm never answer 5xx, and a refused import stores nothing', async () => {
    const base = `/api/cases/${server.caseId}`;
    await fc.assert(
      fc.asyncProperty(workbook, async (made) => {
        const bytes = await made;
        const preview = await editor.request('POST', `${base}/import/baseline/preview`, bytes, XLSX);
        expect(preview.status).toBeLessThan(500);
        const before = (await listRevisions(server.db, server.caseId)).length;
        const saved = await editor.request('POST', `${base}/import/baseline`, bytes, XLSX);
        expect(saved.status).toBeLessThan(500);
        const after = (await listRevisions(server.db, server.caseId)).length;
        expect(after).toBe(saved.status === 201 ? before + 1 : before);
      }),
      { numRuns: Math.max(10, Math.floor(FUZZ_RUNS / 3)) },
    );
  });

  it('flokk import never exits 70', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'flokk-import-fuzz-'));
    await fc.assert(
      fc.asyncProperty(workbook, async (made) => {
        await writeFile(join(dir, 'bok.xlsx'), await made);
        const run = await runCliCapture(['import', '--default', '--baseline', 'bok.xlsx'], dir);
        expect(run.code, run.stderr).not.toBe(70);
      }),
      { numRuns: Math.max(10, Math.floor(FUZZ_RUNS / 3)) },
    );
  });
});
