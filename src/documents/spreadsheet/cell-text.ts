/**
 * What the spreadsheet writers share about cells: the symbol for a figure the sources do not give, which
 * texts a spreadsheet would take for a formula, and the Excel number format of each column format.
 * @module
 */
import type { ExportFormat } from '../../case/export/export-table.ts';
import { MISSING } from '../../i18n/format.ts';

/** Written where a cell is `null` (or not a finite number): SSB's `..`, never 0. */
export const MISSING_CELL = MISSING;

/**
 * A text Excel or LibreOffice would run as a formula when a CSV is opened (`=`, `+`, `-`, `@`, or a tab or
 * carriage return before one of them): OWASP's list for CSV injection.
 */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * The Excel number format of a column. Excel shows the `,` grouping and `.` decimal of a format code with the
 * reader's own separators, so a Norwegian Excel shows `#,##0.0` as «1 234,5» and `0.0 %` as «12,5 %».
 */
export const NUMBER_FORMATS: Record<ExportFormat, string | undefined> = {
  text: undefined,
  integer: '#,##0',
  decimal1: '#,##0.0',
  decimal2: '#,##0.00',
  nok: '#,##0',
  thousandNok: '#,##0',
  millionNok: '#,##0.0',
  percent: '0.0 %',
  year: '0',
  date: 'dd.mm.yyyy',
};

/** A `YYYY-MM-DD` (or ISO timestamp) text as the UTC date Excel stores; `null` when it is not one. */
export function isoDate(value: string): Date | null {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (!match) return null;
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3])));
  return Number.isNaN(date.getTime()) ? null : date;
}
