/**
 * Amounts as a budget document's summary writes them: millions with one decimal, «1,2 mill. kr».
 * @module
 */
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';

/**
 * The number of millions with one decimal, without the unit (the catalogue adds it: «{value} mill. kr»).
 * Rounded first, so a small loss shows as «0,0», never «−0,0».
 * @example formatMillions(1_249_999) // → '1,2'
 */
export function formatMillions(value: number, language: Language = 'nb'): string {
  const tenths = Math.round(value / 100_000) + 0;
  return formatNumber(tenths / 10, 1, language);
}
