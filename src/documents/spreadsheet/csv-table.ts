/**
 * One export table as CSV the way a Norwegian Excel opens it by double-click: UTF-8 with a byte-order mark
 * (without it Excel reads the text as Windows-1252 and «Årsverk» breaks), `;` between fields (Norwegian
 * Excel's list separator, since `,` is the decimal sign), CRLF line ends, decimal comma and no thousands
 * separator (a space would make Excel read the number as text), `..` where a figure is missing, quotes as
 * RFC 4180 says. The headers are the table's readable ones; no title or notes, so every line is a row.
 * @module
 */
import type { ExportCell, ExportFormat, ExportTable } from '../../case/export/export-table.ts';
import { MISSING_CELL, looksLikeFormula } from './cell-text.ts';

const BOM = '\uFEFF';
const SEPARATOR = ';';
const LINE_END = '\r\n';

/** `1234,5`: full precision without an exponent or grouping, decimal comma. */
function csvNumber(value: number, format: ExportFormat): string {
  if (!Number.isFinite(value)) return MISSING_CELL;
  // A share is stored 0–1; the header says «(%)», so the CSV states the percentage (Excel's cell format does this in XLSX).
  const shown = format === 'percent' ? value * 100 : value;
  const text = shown.toLocaleString('en-US', { useGrouping: false, maximumFractionDigits: 10 });
  return (text === '-0' ? '0' : text).replace('.', ',');
}

/** RFC 4180: a field with the separator, a quote or a line break is quoted, its quotes doubled. */
function quoted(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A text cell; one Excel would run as a formula gets an apostrophe first, so it stays text. */
function csvText(text: string): string {
  return quoted(looksLikeFormula(text) ? `'${text}` : text);
}

function csvCell(cell: ExportCell, format: ExportFormat): string {
  if (cell === null) return MISSING_CELL;
  return typeof cell === 'number' ? csvNumber(cell, format) : csvText(cell);
}

/**
 * The table as CSV text, starting with the byte-order mark.
 * @example csvTable({ columns: [{ header: 'Årsverk', format: 'decimal1' }], rows: [[1234.5], [null]], … })
 *   // → '\uFEFFÅrsverk\r\n1234,5\r\n..\r\n'
 */
export function csvTable(table: ExportTable): string {
  const header = table.columns.map((column) => csvText(column.header)).join(SEPARATOR);
  const rows = table.rows.map((row) =>
    table.columns.map((column, index) => csvCell(row[index] ?? null, column.format)).join(SEPARATOR),
  );
  return BOM + [header, ...rows].map((line) => line + LINE_END).join('');
}
