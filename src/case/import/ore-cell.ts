/**
 * An amount cell read to whole øre, exactly: text is parsed digit by digit as a decimal string (never through
 * a float), so 100 000 lines of «0,10» sum to 10 000,00 kr and not 9 999,999…; a spreadsheet's real number is
 * rounded to øre only when it is within a hair of a whole øre (a formula's 0,30000000000000004), and refused
 * when it has more decimals than money has.
 * @module
 */
import { MAX_NOK } from '../schema/common.ts';
import { isBlank, numberText, quote, type CellRead, type CellValue } from './cells.ts';

/** How amounts written as text look: the decimal sign and the thousands separator. */
export interface AmountFormat {
  decimal: 'comma' | 'point';
  thousands: 'none' | 'space' | 'point' | 'comma';
}

/** Largest amount in øre: ±100 mrd. kr, the ceiling of every amount in Flokk. */
export const MAX_ORE = MAX_NOK * 100;

const DECIMAL = { comma: ',', point: '.' } as const;
const THOUSANDS = { none: '', space: ' ', point: '.', comma: ',' } as const;

function escape(text: string): string {
  return text.replace(/[.]/g, '\\.');
}

const patterns = new Map<string, RegExp>();

/** `-1 234,50` with groups of three after the first (or no grouping at all), at most two decimals. */
function amountPattern(format: AmountFormat): RegExp {
  const key = `${format.decimal}/${format.thousands}`;
  let pattern = patterns.get(key);
  if (pattern === undefined) {
    const group = escape(THOUSANDS[format.thousands]);
    const integer = group === '' ? '\\d+' : `(?:\\d{1,3}(?:${group}\\d{3})+|\\d+)`;
    pattern = new RegExp(`^([-+]?)(${integer})(?:${escape(DECIMAL[format.decimal])}(\\d+))?$`);
    patterns.set(key, pattern);
  }
  return pattern;
}

function fromNumber(value: number, cell: CellValue): CellRead<number> {
  if (!Number.isFinite(value)) return { ok: false, code: 'not_a_number', quoted: quote(cell) };
  const hundredfold = value * 100;
  const ore = Math.round(hundredfold);
  if (Math.abs(ore) > MAX_ORE) return { ok: false, code: 'amount_out_of_range', quoted: quote(cell) };
  // Binary floating point cannot hold 0,1 exactly; a millionth of an øre is noise, a tenth is a real decimal.
  if (Math.abs(hundredfold - ore) > 1e-6 * Math.max(1, Math.abs(hundredfold)))
    return { ok: false, code: 'too_many_decimals', quoted: quote(cell) };
  return { ok: true, value: ore === 0 ? 0 : ore };
}

/**
 * The amount in whole øre, or `null` for an empty cell.
 * @example readOre('-1 234,5', { decimal: 'comma', thousands: 'space' }) // → { ok: true, value: -123450 }
 * @example readOre('12,3,4', { decimal: 'comma', thousands: 'none' }) // → { ok: false, code: 'not_a_number', quoted: '12,3,4' }
 */
export function readOre(cell: CellValue | undefined, format: AmountFormat): CellRead<number | null> {
  if (cell === undefined || isBlank(cell)) return { ok: true, value: null };
  if (typeof cell === 'number') return fromNumber(cell, cell);
  if (cell === null || typeof cell === 'object')
    return { ok: false, code: 'formula_error', quoted: quote(cell) };
  if (typeof cell === 'boolean') return { ok: false, code: 'not_a_number', quoted: quote(cell) };
  let compact = numberText(cell);
  // Any kind of space groups thousands (Excel and Visma write U+00A0 or U+202F); spaces elsewhere are noise only when no other grouping is declared.
  compact = compact.replace(/[\s\u00a0\u202f]+/g, format.thousands === 'space' ? ' ' : '');
  const match = amountPattern(format).exec(compact);
  if (!match) return { ok: false, code: 'not_a_number', quoted: quote(cell) };
  const [, sign, integer = '', decimals = ''] = match;
  if (decimals.length > 2) return { ok: false, code: 'too_many_decimals', quoted: quote(cell) };
  const digits = integer.replace(/\D/g, '').replace(/^0+(?=\d)/, '');
  // 100 mrd. kr has 12 digits; a longer integer part is out of range before Number() could round it.
  if (digits.length > 12) return { ok: false, code: 'amount_out_of_range', quoted: quote(cell) };
  const magnitude = Number(digits) * 100 + Number(decimals.padEnd(2, '0'));
  if (magnitude > MAX_ORE) return { ok: false, code: 'amount_out_of_range', quoted: quote(cell) };
  return { ok: true, value: sign === '-' && magnitude !== 0 ? -magnitude : magnitude };
}
