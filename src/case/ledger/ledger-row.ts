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
import type { LedgerColumns } from './ledger-columns.ts';

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
  field:
    'account' | 'responsibility' | 'function' | 'project' | 'text' | 'period' | 'amount' | 'debit' | 'credit';
  code: string;
  quoted: string;
}

/** The engine's limit on a dimension (ledger-mapping.ts). */
const MAX_DIMENSION = 64;
// eslint-disable-next-line no-control-regex -- control characters are what is refused
const CONTROL = /[\u0000-\u001f\u007f-\u009f]/;

/**
 * Text a person could have typed (the case's own rule: no lone surrogates, bidirectional overrides or
 * invisible-only text, which storage and screens would mangle); a dimension (`line` false) also has no tab or
 * line break, since the engine matches it as a code.
 */
function textCell(cell: CellValue | undefined, max: number, line = false): CellRead<string | undefined> {
  const read = readText(cell, max);
  if (!read.ok || read.value === undefined) return read;
  if (!line && CONTROL.test(read.value)) return { ok: false, code: 'ledger_control_character', quoted: '' };
  const problem = textProblem(read.value);
  return problem === null ? read : { ok: false, code: problem, quoted: '' };
}

const pad = (n: number) => String(n).padStart(2, '0');

function validDate(year: number, month: number, day: number): boolean {
  const date = new Date(Date.UTC(year, month - 1, day));
  return year >= 1900 && year <= 2100 && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
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

/** The amount in øre from the mapped column or columns, or the problems. */
function readAmount(
  cell: (field: RowProblem['field']) => CellValue | undefined,
  columns: LedgerColumns,
  problems: RowProblem[],
): number | undefined {
  const format = { decimal: columns.decimal, thousands: columns.thousands };
  const read = (field: 'amount' | 'debit' | 'credit') => {
    const got = readOre(cell(field), format);
    if (!got.ok) problems.push({ field, code: got.code, quoted: got.quoted });
    return got;
  };
  if (columns.amount.kind === 'signed') {
    const amount = read('amount');
    if (amount.ok && amount.value === null)
      problems.push({ field: 'amount', code: 'ledger_required', quoted: '' });
    return amount.ok && amount.value !== null ? amount.value : undefined;
  }
  const debit = read('debit');
  const credit = read('credit');
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

/**
 * Reads one row; `cell(field)` gives the cell of the field's mapped column.
 * @example readLedgerRow(7, cellOf, columns) // → { line: { row: 7, account: '10100', …, ore: 123450, amount: 1234.5 }, problems: [] }
 */
export function readLedgerRow(
  row: number,
  cell: (field: RowProblem['field']) => CellValue | undefined,
  columns: LedgerColumns,
): { line: ReadLedgerLine | null; problems: RowProblem[] } {
  const problems: RowProblem[] = [];
  const take = (
    field: RowProblem['field'],
    read: CellRead<string | undefined>,
    required: boolean,
  ): string | undefined => {
    if (!read.ok) problems.push({ field, code: read.code, quoted: read.quoted });
    else if (read.value === undefined && required)
      problems.push({ field, code: 'ledger_required', quoted: '' });
    return read.ok ? read.value : undefined;
  };
  const account = take('account', textCell(cell('account'), MAX_DIMENSION), true);
  const responsibility = take('responsibility', textCell(cell('responsibility'), MAX_DIMENSION), true);
  const fn = take('function', textCell(cell('function'), MAX_DIMENSION), true);
  const project = columns.project
    ? take('project', textCell(cell('project'), MAX_DIMENSION), false)
    : undefined;
  const text = columns.text ? take('text', textCell(cell('text'), TEXT_LIMITS.line, true), false) : undefined;
  const period = columns.period ? take('period', readPeriod(cell('period')), false) : undefined;
  const ore = readAmount(cell, columns, problems);
  if (
    problems.length > 0 ||
    account === undefined ||
    responsibility === undefined ||
    fn === undefined ||
    ore === undefined
  )
    return { line: null, problems };
  return {
    line: {
      row,
      account,
      responsibility,
      function: fn,
      ...(project === undefined ? {} : { project }),
      ore,
      amount: ore / 100,
      ...(text === undefined ? {} : { text }),
      ...(period === undefined ? {} : { period }),
    },
    problems,
  };
}
