/**
 * Numbers as Norwegians type them: decimal comma (`6,4`), spaces between thousands (`5 200 000`).
 * An empty field is a missing figure (`null`), never 0.
 * @module
 */

/** `value` is `null` for an empty field; `ok: false` when the text is not a number. */
export type ParsedNumber = { ok: true; value: number | null } | { ok: false };

// Ordinary, no-break, narrow no-break and thin spaces: all appear as thousands separators.
const SPACES = /[\s\u00a0\u202f\u2009]/g;
const NUMBER = /^-?(\d+([.,]\d*)?|[.,]\d+)$/;

/**
 * @example parseNumber('6,4') // → { ok: true, value: 6.4 }
 * @example parseNumber('5 200 000') // → { ok: true, value: 5200000 }
 * @example parseNumber('') // → { ok: true, value: null }
 */
export function parseNumber(text: string): ParsedNumber {
  const compact = text.replace(SPACES, '').replace(/\u2212/g, '-');
  if (compact === '') return { ok: true, value: null };
  if (!NUMBER.test(compact)) return { ok: false };
  return { ok: true, value: Number(compact.replace(',', '.')) };
}

const decimalFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 2, useGrouping: false });
const groupedFormat = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: 0 });

/** A figure as it appears in an input: `6,4`; `null` is an empty field. */
export function numberToInput(value: number | null, options: { grouped?: boolean } = {}): string {
  if (value === null) return '';
  return (options.grouped ? groupedFormat : decimalFormat).format(value);
}
