/**
 * Shares and rates as percent in Norwegian format: `21 %`, `16,6 %`, `−11,5 %`.
 * @module
 */
import { MISSING } from '../../i18n/format.ts';

const formats = new Map<number, Intl.NumberFormat>();

/** A fraction (0.21) as percent with up to `decimals` decimals: `21 %`; `..` for null. */
export function formatPercent(value: number | null | undefined, decimals = 1): string {
  if (value === null || value === undefined || !Number.isFinite(value)) return MISSING;
  let format = formats.get(decimals);
  if (!format) {
    format = new Intl.NumberFormat('nb-NO', { maximumFractionDigits: decimals });
    formats.set(decimals, format);
  }
  // Adding 0 turns −0 into 0.
  return `${format.format(value * 100 + 0)}\u00a0%`;
}
