/**
 * The values and dates of an explanation as the pages show them: kroner to the krone, shares and rates as
 * percent, factors with four decimals, and the revision's time in Norwegian time.
 * @module
 */
import { formatFte, formatNok, formatNumber } from '../../i18n/format.ts';
import { LOCALE, type Language } from '../../i18n/language.ts';
import type { ExplainedUnit } from '../api/explain-api.ts';
import { formatPercent } from './format-percent.ts';

const FORMAT: Record<ExplainedUnit, (value: number) => string> = {
  nok: (value) => formatNok(Math.round(value) + 0),
  share: (value) => formatPercent(value, 1),
  rate: (value) => formatPercent(value, 2),
  factor: (value) => formatNumber(value, 4),
  fte: (value) => formatFte(value),
  year: (value) => String(value),
  count: (value) => formatNumber(value, 0),
};

/**
 * One explained value in its unit.
 * @example formatExplainedValue(0.035, 'rate') // → '3,5 %'
 */
export function formatExplainedValue(value: number, unit: ExplainedUnit): string {
  return (FORMAT[unit] ?? FORMAT.count)(value);
}

const OSLO = 'Europe/Oslo';

/**
 * A saved time split for a sentence: the date in words and the hour and minute, in Norwegian time.
 * @example savedAtParts('2026-12-03T13:05:00Z', 'nb') // → { date: '3. desember 2026', hour: '14', minute: '05' }
 */
export function savedAtParts(
  iso: string,
  language: Language,
): { date: string; hour: string; minute: string } {
  const at = new Date(iso);
  const date = new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: OSLO,
  }).format(at);
  const parts = new Intl.DateTimeFormat('nb-NO', {
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
    timeZone: OSLO,
  }).formatToParts(at);
  const part = (type: 'hour' | 'minute') => parts.find((p) => p.type === type)?.value ?? '';
  return { date, hour: part('hour'), minute: part('minute') };
}

/**
 * A plain date (`2026-03-10`) or timestamp as a date in words.
 * @example formatDateInWords('2026-03-10', 'nb') // → '10. mars 2026'
 */
export function formatDateInWords(value: string, language: Language): string {
  const at = new Date(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T12:00:00Z` : value);
  if (Number.isNaN(at.getTime())) return value;
  return new Intl.DateTimeFormat(LOCALE[language], {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: OSLO,
  }).format(at);
}
