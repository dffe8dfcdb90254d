/**
 * Writes an export of a case file: the same bundle and writers as the API, as a reader's view (like
 * `flokk show` and `flokk staff`). A case file has no revision, so the workbook states that it was made from
 * a file (revision 0) instead of a revision and a saved time.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exportBundle, exportNeedsSolver, type ExportSelection } from '../case/export/export-bundle.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { csvTable } from '../documents/spreadsheet/csv-table.ts';
import { xlsxWorkbook } from '../documents/spreadsheet/xlsx-workbook.ts';
import { loadLpSolver } from '../engine/games/lp-solver.ts';
import type { Language } from '../i18n/language.ts';
import { CommandFailedError } from './cli-errors.ts';
import { EXPORT_TEXT } from './commands/export-text.ts';

export interface ExportRequest {
  table: ExportSelection;
  format: 'xlsx' | 'csv';
  scenarioId: string | undefined;
  /** The joint unit and budget year of the operations tables. */
  unitId?: string | undefined;
  year?: number | undefined;
  /** The language of the tables. */
  language: Language;
  /** The language of messages. */
  messages: Language;
  now: Date;
}

export interface ExportFileRequest extends ExportRequest {
  out: string;
  cwd: string;
}

/** Writes the file and returns its size in bytes. */
export async function writeExportFile(document: CaseDocument, request: ExportFileRequest): Promise<number> {
  const bytes = await exportBytes(document, request);
  try {
    await writeFile(resolve(request.cwd, request.out), bytes);
  } catch (cause) {
    throw new CommandFailedError(EXPORT_TEXT[request.messages].cannotWrite(request.out), { cause });
  }
  return bytes.byteLength;
}

/** The export's bytes: the workbook, or one table as CSV. */
export async function exportBytes(document: CaseDocument, request: ExportRequest): Promise<Uint8Array> {
  const t = EXPORT_TEXT[request.messages];
  const selection = { table: request.table, scenarioId: request.scenarioId };
  const solver = exportNeedsSolver(document, selection) ? await loadLpSolver() : undefined;
  const stamp = {
    caseId: document.id,
    revision: 0,
    savedAt: request.now.toISOString(),
    exportedAt: request.now.toISOString(),
  };
  const bundle = exportBundle(
    document,
    { ...selection, unitId: request.unitId, year: request.year, language: request.language, role: 'reader' },
    stamp,
    solver,
  );
  const [first] = bundle?.tables ?? [];
  if (!bundle || !first) throw new CommandFailedError(t.nothing(request.table));
  return request.format === 'xlsx' ? await xlsxWorkbook(bundle) : new TextEncoder().encode(csvTable(first));
}
