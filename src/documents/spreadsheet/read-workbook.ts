/**
 * An uploaded .xlsx file as plain grids of cells (`SheetGrid`), bounded: the file's size, what it unpacks to
 * (`zip-guard.ts`), the number of sheets, rows and columns read. Formulas give their cached result, or their
 * error (`#DIV/0!`) for the importer to report; Excel's times of day come back as fractions of a day. Anything
 * that is not a readable workbook is `not_a_workbook`, never an exception.
 * @module
 */
import ExcelJS from 'exceljs';
import type { CellValue, SheetGrid } from '../../case/import/cells.ts';
import { MAX_SHEET_ROWS } from '../../case/import/import-workbook.ts';
import { MAX_UNPACKED_BYTES, checkZip } from './zip-guard.ts';

/** Largest upload: a template of 10 000 baseline rows is about 1 MB. */
export const MAX_WORKBOOK_BYTES = 8 * 1024 * 1024;
const MAX_SHEETS = 30;
const MAX_COLUMNS = 80;
/** Excel's own limit on the text of a cell. */
const MAX_CELL_CHARS = 32_767;

/** How much of an upload is read: the baseline template's bounds unless a caller (the ledger) sets its own. */
export interface WorkbookLimits {
  /** Largest file, in bytes. */
  maxBytes: number;
  /** Most bytes the archive may unpack to (`zip-guard.ts`). */
  maxUnpackedBytes: number;
  /** Most rows read per sheet; one more is read, so the importer can say the sheet is too long. */
  maxRows: number;
}

const BASELINE_LIMITS: WorkbookLimits = {
  maxBytes: MAX_WORKBOOK_BYTES,
  maxUnpackedBytes: MAX_UNPACKED_BYTES,
  maxRows: MAX_SHEET_ROWS + 1,
};

export type WorkbookRead =
  { ok: true; sheets: SheetGrid[] } | { ok: false; code: 'not_a_workbook' | 'workbook_too_large' };

/** Excel counts days from 1899-12-30; a «date» on that day is a time of day. */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function fromDate(date: Date): CellValue {
  const time = date.getTime();
  if (Number.isNaN(time)) return { error: '#VALUE!' };
  const days = (time - EXCEL_EPOCH) / 86_400_000;
  if (days >= 0 && days < 1) return days;
  return date.toISOString().slice(0, 10);
}

function text(value: string): string {
  return value.length > MAX_CELL_CHARS ? value.slice(0, MAX_CELL_CHARS) : value;
}

/** One cell's value as plain data. */
function cellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (typeof value === 'string') return text(value);
  if (value instanceof Date) return fromDate(value);
  if ('error' in value) return { error: String(value.error) };
  if ('richText' in value) return text(value.richText.map((part) => part.text).join(''));
  if ('formula' in value || 'sharedFormula' in value) {
    const result = (value as { result?: unknown }).result;
    // A formula without a stored result was never calculated: there is no figure to read.
    if (result === undefined) return { error: '#N/A' };
    return cellValue(result as ExcelJS.CellValue);
  }
  if ('text' in value && typeof value.text === 'string') return text(value.text);
  return { error: '#VALUE!' };
}

function sheetGrid(worksheet: ExcelJS.Worksheet, maxRows: number): SheetGrid {
  const rows: CellValue[][] = [];
  // One row past the limit is enough for the importer to say the sheet is too long.
  const last = Math.min(worksheet.actualRowCount > 0 ? worksheet.rowCount : 0, maxRows + 1);
  for (let r = 1; r <= last; r++) {
    const row = worksheet.findRow(r);
    const cells: CellValue[] = [];
    if (row) {
      const width = Math.min(row.cellCount, MAX_COLUMNS);
      for (let c = 1; c <= width; c++) cells.push(cellValue(row.getCell(c).value));
    }
    rows.push(cells);
  }
  return { name: worksheet.name, rows };
}

/** Reads `bytes` as an .xlsx workbook. */
export async function readWorkbook(
  bytes: Uint8Array,
  limits: WorkbookLimits = BASELINE_LIMITS,
): Promise<WorkbookRead> {
  if (bytes.byteLength > limits.maxBytes) return { ok: false, code: 'workbook_too_large' };
  const zip = checkZip(bytes, limits.maxUnpackedBytes);
  if (zip !== 'ok') return { ok: false, code: zip };
  const workbook = new ExcelJS.Workbook();
  try {
    // exceljs' typings ask for a Node Buffer; a view on the same bytes is one.
    await workbook.xlsx.load(
      Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) as unknown as ArrayBuffer,
    );
  } catch {
    return { ok: false, code: 'not_a_workbook' };
  }
  if (workbook.worksheets.length === 0) return { ok: false, code: 'not_a_workbook' };
  return {
    ok: true,
    sheets: workbook.worksheets.slice(0, MAX_SHEETS).map((sheet) => sheetGrid(sheet, limits.maxRows)),
  };
}
