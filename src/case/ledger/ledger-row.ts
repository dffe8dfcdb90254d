/**
 * One row of a ledger export read into a ledger line, every cell checked: the dimensions as text the engine
 * accepts (at most 64 characters, no control characters), the amount to whole øre, the period as a date or
 * accounting period. Every unreadable cell is a problem of its own, so one pass names them all.
 * @module
 */
import type { LedgerLine } from '../../engine/operations/ledger-mapping.ts';
import { TEXT_LIMITS, textProblem } from '../schema/text.ts';
import { quote, readText, type CellRead, type CellValue } from '../import/cells.ts';
import { MAX_ORE, readOre } from '../import/ore-cell.ts';
import type { LedgerColumns, LedgerField } from './ledger-columns.ts';

/** A ledger line as read: the engine's fields, its row in the file, the exact amount in øre, and its text and period. */
export interface ReadLedgerLine extends LedgerLine {
  /** The row number as a spreadsheet shows it. */
  row: number;
  /** The amount in whole øre; `amount` is the same in kroner (øre / 100). */
  ore: number;
  text?: string;
  /** `YYYY-MM-DD` for a date, `YYYY-MM` for a month, `P1`–`P13` for a period number (13: the closing period). */
  period?: string;
}

/** A cell that could not be read: its column's path in the mapping, the problem and the value to quote. */
export interface RowProblem {
  field: LedgerField;
  code: string;
  quoted: string;
}

/** The engine's limit on a dimension (ledger-mapping.ts). */
const MAX_DIMENSION = 64;
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;
const PLAIN = /^[\u0020-\u007e\u00c0-\u00ff]*$/;

/**
 * Text a person could have typed (the case's own rule: no lone surrogates, bidirectional overrides or
 * invisible-only text, which storage and screens would mangle); a dimension (`line` false) also has no tab or
 * line break, since the engine matches it as a code.
 */
function textCell(cell: CellValue | undefined, max: number, line = false): CellRead<string | undefined> {
  const read = readText(cell, max);
  if (!read.ok || read.value === undefined) return read;
  if (!line && CONTROL.test(read.value)) return { ok: false, code: 'ledger_control_character', quoted: '' };
  // Printable ASCII and Latin-1 letters (the whole of nearly every ledger) can have none of textProblem's problems.
  const problem = PLAIN.test(read.value) ? null : textProblem(read.value);
  return problem === null ? read : { ok: false, code: problem, quoted: '' };
}

const pad = (n: number) => String(n).padStart(2, '0');

/** A real calendar date between 1900 and 2100, by arithmetic (a Date per ledger line would cost more than the rest). */
function validDate(year: number, month: number, day: number): boolean {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1) return false;
  const leap = year % 4 === 0 && (year % 100 !== 0 || year % 400 === 0);
  const days = month === 2 ? (leap ? 29 : 28) : [4, 6, 9, 11].includes(month) ? 30 : 31;
  return day <= days;
}

/** A date (31.03.2027, 2027-03-31), a month (2027-03, 202703) or a period number (1–13). */
function readPeriod(cell: CellValue | undefined): CellRead<string | undefined> {
  const read = readText(cell, TEXT_LIMITS.name);
  if (!read.ok || read.value === undefined) return read;
  const value = read.value;
  const refused = { ok: false as const, code: 'ledger_not_a_period', quoted: quote(value) };
  let m = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(value) ?? null;
  if (m) {
    const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? { ok: true, value: `${y}-${pad(mo)}-${pad(d)}` } : refused;
  }
  m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (m) {
    const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return validDate(y, mo, d) ? { ok: true, value } : refused;
  }
  m = /^(\d{4})-?(\d{2})$/.exec(value);
  if (m) {
    const [y, mo] = [Number(m[1]), Number(m[2])];
    return validDate(y, mo, 1) ? { ok: true, value: `${y}-${pad(mo)}` } : refused;
  }
  m = /^\d{1,2}$/.exec(value);
  if (m && Number(value) >= 1 && Number(value) <= 13) return { ok: true, value: `P${Number(value)}` };
  return refused;
}

/** Which cell of a row holds each mapped field (its index in the row). */
export type FieldPositions = Partial<Record<RowProblem['field'], number>>;

function cellOf(cells: readonly CellValue[], at: FieldPositions, field: RowProblem['field']) {
  const i = at[field];
  return i === undefined ? undefined : cells[i];
}

function readAmountCell(
  cells: readonly CellValue[],
  at: FieldPositions,
  field: 'amount' | 'debit' | 'credit',
  columns: LedgerColumns,
  problems: RowProblem[],
): CellRead<number | null> {
  const got = readOre(cellOf(cells, at, field), columns);
  if (!got.ok) problems.push({ field, code: got.code, quoted: got.quoted });
  return got;
}

/** The amount in øre from the mapped column or columns, or the problems. */
function readAmount(
  cells: readonly CellValue[],
  at: FieldPositions,
  columns: LedgerColumns,
  problems: RowProblem[],
): number | undefined {
  if (columns.amount.kind === 'signed') {
    const amount = readAmountCell(cells, at, 'amount', columns, problems);
    if (amount.ok && amount.value === null)
      problems.push({ field: 'amount', code: 'ledger_required', quoted: '' });
    return amount.ok && amount.value !== null ? amount.value : undefined;
  }
  const debit = readAmountCell(cells, at, 'debit', columns, problems);
  const credit = readAmountCell(cells, at, 'credit', columns, problems);
  if (!debit.ok || !credit.ok) return undefined;
  if (debit.value === null && credit.value === null) {
    problems.push({ field: 'debit', code: 'ledger_debit_or_credit', quoted: '' });
    return undefined;
  }
  const ore = (debit.value ?? 0) - (credit.value ?? 0);
  if (Math.abs(ore) > MAX_ORE) {
    problems.push({ field: 'debit', code: 'amount_out_of_range', quoted: (ore / 100).toFixed(2) });
    return undefined;
  }
  return ore;
}

/** A text field's value, or `undefined` after recording its problem (or its absence, when `required`). */
function take(
  problems: RowProblem[],
  field: RowProblem['field'],
  read: CellRead<string | undefined>,
  required: boolean,
): string | undefined {
  if (!read.ok) problems.push({ field, code: read.code, quoted: read.quoted });
  else if (read.value === undefined && required)
    problems.push({ field, code: 'ledger_required', quoted: '' });
  return read.ok ? read.value : undefined;
}

/**
 * Reads one row: `cells` are the row's cells, `at` the index of each mapped field's column. Plain functions
 * and no closures per row, since 200 000 rows would otherwise make as many short-lived functions.
 * @example readLedgerRow(7, ['10100', '1200', '1200', '1 234,50'], { account: 0, responsibility: 1, function: 2, amount: 3 }, columns)
 *   // → { line: { row: 7, account: '10100', …, ore: 123450, amount: 1234.5 }, problems: [] }
 */
export function readLedgerRow(
  row: number,
  cells: readonly CellValue[],
  at: FieldPositions,
  columns: LedgerColumns,
): { line: ReadLedgerLine | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const account = take(problems, 'account', textCell(cellOf(cells, at, 'account'), MAX_DIMENSION), true);
  const responsibility = take(
    problems,
    'responsibility',
    textCell(cellOf(cells, at, 'responsibility'), MAX_DIMENSION),
    true,
  );
  const fn = take(problems, 'function', textCell(cellOf(cells, at, 'function'), MAX_DIMENSION), true);
  const project = columns.project
    ? take(problems, 'project', textCell(cellOf(cells, at, 'project'), MAX_DIMENSION), false)
    : undefined;
  const text = columns.text
    ? take(problems, 'text', textCell(cellOf(cells, at, 'text'), TEXT_LIMITS.line, true), false)
    : undefined;
  const period = columns.period
    ? take(problems, 'period', readPeriod(cellOf(cells, at, 'period')), false)
    : undefined;
  const ore = readAmount(cells, at, columns, problems);
  if (
    problems.length > 0 ||
    account === undefined ||
    responsibility === undefined ||
    fn === undefined ||
    ore === undefined
  )
    return { line: null, problems };
  const line: ReadLedgerLine = { row, account, responsibility, function: fn, ore, amount: ore / 100 };
  if (project !== undefined) line.project = project;
  if (text !== undefined) line.text = text;
  if (period !== undefined) line.period = period;
  return { line, problems };
}
