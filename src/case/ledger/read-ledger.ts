/**
 * The host's ledger export (CSV, or a sheet the workbook reader in `documents/spreadsheet/` has read) into
 * ledger lines through the user's column mapping, or every problem, each naming its row and the column by
 * its header in the file: «Rad 7, kolonne Beløp: Må være et tall, ikke «12,3,4»». Lines come back only when
 * there is no problem at all, so a refused file leaves nothing half-read to store.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { isBlank, type CellValue } from '../import/cells.ts';
import { IssueList, type ImportIssue } from '../import/sheet-table.ts';
import { csvRows, decodeCsv, detectDelimiter, type CsvDelimiter, type CsvEncoding } from './csv-rows.ts';
import { headerKey, mappedHeaders, type LedgerColumns, type LedgerField } from './ledger-columns.ts';
import { ledgerMessage } from './ledger-messages.ts';
import { readLedgerRow, type FieldPositions, type ReadLedgerLine, type RowProblem } from './ledger-row.ts';

export type { ReadLedgerLine } from './ledger-row.ts';

/** Most lines a ledger may have: a year of a large unit's accounts is well under this. */
export const MAX_LEDGER_LINES = 200_000;
/** Longest cell in a CSV ledger, in characters: a line's text is at most 500; more is not a ledger. */
export const MAX_LEDGER_CELL = 2_000;
/** Largest CSV ledger: 200 000 lines of a few hundred bytes each. */
export const MAX_LEDGER_CSV_BYTES = 64 * 1024 * 1024;

export type LedgerRead = { ok: true; lines: ReadLedgerLine[] } | { ok: false; issues: ImportIssue[] };

/** How a CSV file was read, to show beside the result. */
export interface CsvReading {
  encoding: CsvEncoding;
  delimiter: CsvDelimiter;
}

const DELIMITERS = { semicolon: ';', comma: ',', tab: '\t' } as const;

/** The mapped columns' positions in the header row, or `null` after reporting each one missing or doubled. */
function columnPositions(
  header: readonly CellValue[],
  columns: LedgerColumns,
  headerRow: number,
  sheet: string | null,
  issues: IssueList,
): Map<LedgerField, { at: number; header: string }> | null {
  const byKey = new Map<string, number[]>();
  header.forEach((cell, at) => {
    if (typeof cell !== 'string' && typeof cell !== 'number') return;
    const key = headerKey(String(cell));
    byKey.set(key, [...(byKey.get(key) ?? []), at]);
  });
  const positions = new Map<LedgerField, { at: number; header: string }>();
  let ok = true;
  for (const { field, header: name } of mappedHeaders(columns)) {
    const [at, ...more] = byKey.get(headerKey(name)) ?? [];
    if (at !== undefined && more.length === 0) {
      // Problems name the column as the file writes its header, which may differ from the mapping in case.
      positions.set(field, { at, header: String(header[at]).trim() });
    } else {
      ok = false;
      const code = at === undefined ? 'ledger_missing_column' : 'duplicate_column';
      const place = { sheet, row: headerRow, column: name };
      issues.add(place, code, ledgerMessage(code, issues.language, { value: String(headerRow) }));
    }
  }
  return ok ? positions : null;
}

function addProblem(issues: IssueList, sheet: string | null, row: number, header: string, p: RowProblem) {
  const message = ledgerMessage(p.code, issues.language, { value: p.quoted });
  issues.add({ sheet, row, column: header }, p.code, message);
}

/**
 * Reads rows of cells (row 1 first) through `columns`. `sheet` is the sheet's name for an .xlsx file and
 * `null` for a CSV file, whose problems then read «Rad 7, kolonne Beløp». Rows with every mapped cell empty
 * are gaps (a blank line, a subtotal's spacer) and are skipped.
 */
export function readLedgerRows(
  rows: readonly (readonly CellValue[])[],
  columns: LedgerColumns,
  language: Language,
  sheet: string | null = null,
): LedgerRead {
  const issues = new IssueList(language);
  const headerRow = columns.headerRow;
  const header = rows[headerRow - 1];
  if (header === undefined) {
    issues.add(
      { sheet, row: null, column: null },
      'ledger_no_header_row',
      ledgerMessage('ledger_no_header_row', language, { value: String(headerRow) }),
    );
    return { ok: false, issues: issues.all() };
  }
  const positions = columnPositions(header, columns, headerRow, sheet, issues);
  if (positions === null) return { ok: false, issues: issues.all() };
  const places = [...positions.values()];
  const at: FieldPositions = Object.fromEntries([...positions].map(([field, p]) => [field, p.at]));
  const lines: ReadLedgerLine[] = [];
  for (let r = headerRow; r < rows.length; r++) {
    const cells = rows[r] as readonly CellValue[];
    if (places.every((p) => isBlank(cells[p.at]))) continue;
    if (lines.length >= MAX_LEDGER_LINES) {
      const value = MAX_LEDGER_LINES.toLocaleString('nb-NO');
      issues.add(
        { sheet, row: null, column: null },
        'ledger_too_many_lines',
        ledgerMessage('ledger_too_many_lines', language, { value }),
      );
      break;
    }
    const { line, problems } = readLedgerRow(r + 1, cells, at, columns);
    for (const p of problems) addProblem(issues, sheet, r + 1, positions.get(p.field)?.header ?? p.field, p);
    if (line) lines.push(line);
  }
  if (issues.items.length === 0 && lines.length === 0)
    issues.add(
      { sheet, row: null, column: null },
      'ledger_no_lines',
      ledgerMessage('ledger_no_lines', language),
    );
  return issues.items.length > 0 ? { ok: false, issues: issues.all() } : { ok: true, lines };
}

/**
 * Reads a CSV ledger export: the encoding detected (see `decodeCsv`), the separator the mapping's or the
 * header row's (see `detectDelimiter`), then `readLedgerRows`.
 */
export function readLedgerCsv(
  bytes: Uint8Array,
  columns: LedgerColumns,
  language: Language,
): LedgerRead & { reading?: CsvReading } {
  const issues = new IssueList(language);
  if (bytes.byteLength > MAX_LEDGER_CSV_BYTES) {
    const value = String(MAX_LEDGER_CSV_BYTES / 1024 / 1024);
    issues.add(
      { sheet: null, row: null, column: null },
      'ledger_file_too_large',
      ledgerMessage('ledger_file_too_large', language, { value }),
    );
    return { ok: false, issues: issues.all() };
  }
  const { text, encoding } = decodeCsv(bytes);
  const delimiter =
    columns.delimiter === 'auto' ? detectDelimiter(text, columns.headerRow) : DELIMITERS[columns.delimiter];
  // The header rows and one row past the limit, so the reader can say the file is too long.
  const maxRows = columns.headerRow + MAX_LEDGER_LINES + 1;
  const { rows, problem } = csvRows(text, delimiter, { maxRows, maxCell: MAX_LEDGER_CELL });
  const reading = { encoding, delimiter };
  if (problem?.code === 'unclosed_quote' || problem?.code === 'cell_too_long') {
    const code = problem.code === 'unclosed_quote' ? 'ledger_unclosed_quote' : 'text_too_long';
    const column =
      problem.code === 'cell_too_long' ? columnName(rows, columns.headerRow, problem.column) : null;
    issues.add(
      { sheet: null, row: problem.row, column },
      code,
      ledgerMessage(code, language, { value: MAX_LEDGER_CELL.toLocaleString('nb-NO') }),
    );
    return { ok: false, issues: issues.all(), reading };
  }
  return { ...readLedgerRows(rows, columns, language), reading };
}

/** The header of the `column`-th field (1-based), or its number where the header row has none. */
function columnName(rows: readonly string[][], headerRow: number, column: number): string {
  const header = rows[headerRow - 1]?.[column - 1]?.trim();
  return header !== undefined && header !== '' ? header.slice(0, 40) : String(column);
}
