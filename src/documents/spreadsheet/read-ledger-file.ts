/**
 * The host's ledger export in one call, for the server's compute job, the CLI and the benchmark: an .xlsx
 * file (recognised by the zip signature `PK\x03\x04` every .xlsx starts with) is read by the bounded workbook
 * reader and its first sheet taken, as accounting systems export one; anything else is read as CSV. Either
 * way the result is ledger lines or every problem with its row and column, never an exception.
 * @module
 */
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
 * Bounds of a ledger workbook: 200 000 lines of seven cells are about 60 MB of sheet XML and shared strings,
 * and a 200 000-line export from Excel is about 8 MB packed.
 */
export const LEDGER_WORKBOOK_LIMITS: WorkbookLimits = {
  maxBytes: 32 * 1024 * 1024,
  maxUnpackedBytes: 160 * 1024 * 1024,
  // Up to 100 rows of title above the header row, as the mapping allows.
  maxRows: MAX_LEDGER_LINES + 100 + 1,
};

function isZip(bytes: Uint8Array): boolean {
  return bytes[0] === 0x50 && bytes[1] === 0x4b && bytes[2] === 0x03 && bytes[3] === 0x04;
}

/** A whole file refused, with no row or column to name. */
function refused(code: string, message: string): LedgerRead {
  return { ok: false, issues: [{ sheet: null, row: null, column: null, code, message, text: message }] };
}

/** Reads a ledger export (.xlsx or CSV) through `columns`. */
export async function readLedgerFile(
  bytes: Uint8Array,
  columns: LedgerColumns,
  language: Language,
): Promise<LedgerRead> {
  if (!isZip(bytes)) return readLedgerCsv(bytes, columns, language);
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
  return readLedgerRows(sheet.rows, columns, language, sheet.name);
}
