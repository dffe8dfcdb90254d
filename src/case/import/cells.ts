/**
 * A workbook as plain data, and how one cell is read: the workbook reader (`documents/spreadsheet/`) turns
 * the file into these grids, so everything after it is pure and runs the same in the server, the CLI and a
 * test. A figure's cell may be empty or `..` (no figure, as SSB writes it); a number may be a real number or
 * Norwegian text such as «5 200 000» or «6,4».
 * @module
 */
import { MISSING } from '../../i18n/format.ts';

/** One cell: empty, a number, text, yes/no, or the error a formula gives (`#DIV/0!`). */
export type CellValue = null | number | string | boolean | { error: string };

/** One sheet: its name and its rows from row 1 (the header), each a list of cells from column A. */
export interface SheetGrid {
  name: string;
  rows: CellValue[][];
}

/** What reading a cell gave: the value, or the code of the problem and the cell's text to quote. */
export type CellRead<T> = { ok: true; value: T } | { ok: false; code: string; quoted: string };

/** Longest text a cell's value is quoted with in a message. */
const QUOTE_CHARS = 40;

/** The cell's text for a message, shortened. */
export function quote(cell: CellValue): string {
  const text = cellText(cell);
  return text.length > QUOTE_CHARS ? `${text.slice(0, QUOTE_CHARS)}…` : text;
}

function cellText(cell: CellValue): string {
  if (cell === null) return '';
  if (typeof cell === 'object') return cell.error;
  return String(cell);
}

/** True for a cell with nothing in it (or only spaces). */
export function isBlank(cell: CellValue | undefined): boolean {
  return cell === undefined || cell === null || (typeof cell === 'string' && cell.trim() === '');
}

/** `..` or empty: the sources give no figure. */
function isMissing(cell: CellValue | undefined): boolean {
  return isBlank(cell) || (typeof cell === 'string' && cell.trim() === MISSING);
}

// «5 200 000», «6,4», «-3», «1 200 kr»; spaces of any kind as thousands separators.
const NORWEGIAN_NUMBER = /^-?\d+(,\d+)?$/;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

/**
 * A number written as text, trimmed, with a trailing «kr» dropped and the typographic minus (U+2212)
 * as `-`; what is left is for the caller to parse by its own rules (Norwegian or as a column mapping says).
 * @example numberText(' −1 200 kr ') // → '-1 200'
 */
export function numberText(text: string): string {
  return text
    .trim()
    .replace(/\s*kr$/i, '')
    .replace(/\u2212/g, '-');
}

/**
 * A number, or `null` where the cell is empty or `..`.
 * @example readNumber('5 200 000') // → { ok: true, value: 5200000 }
 * @example readNumber('sju') // → { ok: false, code: 'not_a_number', quoted: 'sju' }
 */
export function readNumber(cell: CellValue | undefined): CellRead<number | null> {
  if (cell === undefined || isMissing(cell)) return { ok: true, value: null };
  if (typeof cell === 'number')
    return Number.isFinite(cell)
      ? { ok: true, value: cell }
      : { ok: false, code: 'not_a_number', quoted: quote(cell) };
  if (cell === null || typeof cell === 'object')
    return { ok: false, code: 'formula_error', quoted: quote(cell) };
  if (typeof cell === 'boolean') return { ok: false, code: 'not_a_number', quoted: quote(cell) };
  const compact = numberText(cell).replace(/[\s\u00a0\u202f]/g, '');
  if (NORWEGIAN_NUMBER.test(compact)) return { ok: true, value: Number(compact.replace(',', '.')) };
  if (PLAIN_NUMBER.test(compact)) return { ok: true, value: Number(compact) };
  return { ok: false, code: 'not_a_number', quoted: quote(cell) };
}

/** Text, trimmed, or `undefined` for an empty cell; a number reads as its digits (a kommunenummer typed as 5029). */
export function readText(cell: CellValue | undefined, max: number): CellRead<string | undefined> {
  if (cell === undefined || isBlank(cell)) return { ok: true, value: undefined };
  if (typeof cell === 'object' && cell !== null)
    return { ok: false, code: 'formula_error', quoted: quote(cell) };
  const text = String(cell).trim();
  if (text.length > max) return { ok: false, code: 'text_too_long', quoted: String(max) };
  return { ok: true, value: text };
}

/**
 * A time of day as minutes after midnight: «08:00», «8.30», or Excel's time (a fraction of a day).
 * @example readTime('08:30') // → { ok: true, value: 510 }
 */
export function readTime(cell: CellValue | undefined): CellRead<number | null> {
  if (cell === undefined || isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === 'object' && cell !== null)
    return { ok: false, code: 'formula_error', quoted: quote(cell) };
  if (typeof cell === 'number' && cell >= 0 && cell < 1) return { ok: true, value: Math.round(cell * 1440) };
  const match = /^(\d{1,2})[:.](\d{2})$/.exec(String(cell).trim());
  const hours = Number(match?.[1]);
  const minutes = Number(match?.[2]);
  if (!match || hours > 24 || minutes > 59 || hours * 60 + minutes > 1440)
    return { ok: false, code: 'not_a_time', quoted: quote(cell) };
  return { ok: true, value: hours * 60 + minutes };
}

/** Minutes after midnight as «08:30». */
export function formatTime(minutes: number): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;
}
