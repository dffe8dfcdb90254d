/**
 * The host's ledger export in one call, for the server's compute job, the CLI and the benchmark: an .xlsx
 * file (recognised by the zip signature `PK\x03\x04` every .xlsx starts with) is read by the bounded workbook
 * reader and its first sheet taken, as accounting systems export one; anything else is read as CSV. Either
 * way the result is ledger lines or every problem with its row and column, never an exception.
 * @module
 */
import type { CellValue } from '../../case/import/cells.ts';
import type { LedgerColumns } from '../../case/ledger/ledger-columns.ts';
import { ledgerMessage } from '../../case/ledger/ledger-messages.ts';
import {
  MAX_LEDGER_LINES,
  readLedgerCsv,
  readLedgerRows,
  type LedgerRead,
} from '../../case/ledger/read-ledger.ts';
import type { Language } from '../../i18n/language.ts';
import { readWorkbook, type WorkbookLimits } from './read-workbook.ts';

/**
 * Bounds of a ledger workbook, measured with exports written by exceljs: 20 000 lines of seven cells unpack to
 * 5,4 MB, so 200 000 lines are about 55 MB unpacked and 7 MB packed. exceljs holds the whole sheet in memory
 * (about 450 MB and 2,7 s for 100 000 lines on the development machine), so the unpacked bound, not the row
 * bound, is what keeps a hostile file small: 96 MB leaves room for Excel's more verbose XML and no more.
 */
export const LEDGER_WORKBOOK_LIMITS: WorkbookLimits = {
  maxBytes: 16 * 1024 * 1024,
  maxUnpackedBytes: 96 * 1024 * 1024,
  // Up to 100 rows of title above the header row, as the mapping allows.
  maxRows: MAX_LEDGER_LINES + 100 + 1,
};

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A whole file refused, with no row or column to name. */
function refused(code: string, message: string): Extract<LedgerRead, { ok: false }> {
  return { ok: false, issues: [{ sheet: null, row: null, column: null, code, message, text: message }] };
}

/** True for an .xlsx file (a zip); anything else is read as CSV. */
export function isLedgerWorkbook(bytes: Uint8Array): boolean {
  return isZip(bytes);
}

/** The first sheet of a ledger workbook as rows of cells, or the whole file refused. */
export async function readLedgerSheet(
  bytes: Uint8Array,
  language: Language,
): Promise<{ ok: true; name: string; rows: CellValue[][] } | Extract<LedgerRead, { ok: false }>> {
  if (bytes.byteLength > LEDGER_WORKBOOK_LIMITS.maxBytes) {
    const value = String(LEDGER_WORKBOOK_LIMITS.maxBytes / 1024 / 1024);
    return refused('ledger_file_too_large', ledgerMessage('ledger_file_too_large', language, { value }));
  }
  const read = await readWorkbook(bytes, LEDGER_WORKBOOK_LIMITS);
  if (!read.ok) {
    const value = String(LEDGER_WORKBOOK_LIMITS.maxUnpackedBytes / 1024 / 1024);
    return refused(read.code, ledgerMessage(read.code, language, { value }));
  }
  const sheet = read.sheets[0];
  if (sheet === undefined) {
    return refused('not_a_workbook', ledgerMessage('not_a_workbook', language));
  }
  return { ok: true, name: sheet.name, rows: sheet.rows };
}

/** Reads a ledger export (.xlsx or CSV) through `columns`. */
export async function readLedgerFile(
  bytes: Uint8Array,
  columns: LedgerColumns,
  language: Language,
): Promise<LedgerRead> {
  if (!isZip(bytes)) return readLedgerCsv(bytes, columns, language);
  const sheet = await readLedgerSheet(bytes, language);
  if (!sheet.ok) return sheet;
  return readLedgerRows(sheet.rows, columns, language, sheet.name);
}
