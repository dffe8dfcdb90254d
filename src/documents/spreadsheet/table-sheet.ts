/**
 * One export table as a worksheet: the title on the first line, the header row bold and frozen with an
 * autofilter, real numbers with a Norwegian number format per column, `..` (right-aligned text) where a
 * figure is missing, and the table's notes under it.
 * @module
 */
import type { Cell, Worksheet } from 'exceljs';
import type { ExportCell, ExportColumn, ExportTable } from '../../case/export/export-table.ts';
import { MISSING_CELL, NUMBER_FORMATS, isoDate } from './cell-text.ts';

/** The header row: one blank line under the title. */
export const HEADER_ROW = 3;

const MIN_WIDTH = 8;
const MAX_WIDTH = 60;

function isNumeric(column: ExportColumn): boolean {
  return column.format !== 'text';
}

/** Writes one cell. Texts are always plain text values: exceljs writes a formula only when given one. */
function writeCell(cell: Cell, value: ExportCell, column: ExportColumn): void {
  const numFmt = NUMBER_FORMATS[column.format];
  if (value === null || (typeof value === 'number' && !Number.isFinite(value))) {
    cell.value = MISSING_CELL;
    cell.alignment = { horizontal: 'right' };
    return;
  }
  if (column.format === 'date' && typeof value === 'string') {
    const date = isoDate(value);
    cell.value = date ?? value;
    if (date && numFmt) cell.numFmt = numFmt;
    cell.alignment = { horizontal: 'right' };
    return;
  }
  cell.value = value;
  if (typeof value === 'number' && numFmt) cell.numFmt = numFmt;
  // A withheld «:» or a word in a numeric column lines up with the numbers.
  if (typeof value === 'string' && isNumeric(column)) cell.alignment = { horizontal: 'right' };
}

/** A width that fits the header and the longest value as shown (about one character per unit). */
function columnWidth(table: ExportTable, index: number): number {
  const column = table.columns[index];
  if (!column) return MIN_WIDTH;
  const lengths = table.rows.map((row) => {
    const value = row[index];
    if (typeof value === 'number') return Math.abs(value).toFixed(0).length * 1.35 + 3;
    return (value ?? MISSING_CELL).length;
  });
  const longestWord = Math.max(...column.header.split(/\s+/).map((word) => word.length));
  const widest = Math.max(Math.min(column.header.length, 24), longestWord, ...lengths) + 2;
  return Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, Math.ceil(widest)));
}

export function writeTableSheet(sheet: Worksheet, table: ExportTable): void {
  const title = sheet.getCell(1, 1);
  title.value = table.title;
  title.font = { bold: true, size: 13 };

  const header = sheet.getRow(HEADER_ROW);
  table.columns.forEach((column, index) => {
    const cell = header.getCell(index + 1);
    cell.value = column.header;
    cell.font = { bold: true };
    cell.alignment = { wrapText: true, vertical: 'bottom', horizontal: isNumeric(column) ? 'right' : 'left' };
    cell.border = { bottom: { style: 'thin' } };
  });

  table.rows.forEach((row, rowIndex) => {
    const sheetRow = sheet.getRow(HEADER_ROW + 1 + rowIndex);
    table.columns.forEach((column, index) =>
      writeCell(sheetRow.getCell(index + 1), row[index] ?? null, column),
    );
  });

  table.columns.forEach((_, index) => {
    sheet.getColumn(index + 1).width = columnWidth(table, index);
  });
  if (table.columns.length > 0) {
    sheet.views = [{ state: 'frozen', ySplit: HEADER_ROW, xSplit: 0 }];
    sheet.autoFilter = {
      from: { row: HEADER_ROW, column: 1 },
      to: { row: HEADER_ROW + table.rows.length, column: table.columns.length },
    };
  }

  const notesStart = HEADER_ROW + table.rows.length + 2;
  table.notes.forEach((note, index) => {
    const cell = sheet.getCell(notesStart + index, 1);
    cell.value = note;
    cell.font = { italic: true };
  });
}
