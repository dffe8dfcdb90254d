/**
 * Values in the revision history, formatted by the field they belong to: `17,6`, `14 800 000 kr`, `30–60 år`.
 * @module
 */
import type { AgeInfo } from '../../case/schema/baseline.ts';
import { MISSING, formatFte, formatNok, formatNumber } from '../../i18n/format.ts';
import { formatAges } from './format-ages.ts';
import type { Translate } from '../i18n/use-t.ts';

function isAgeInfo(value: unknown): value is AgeInfo {
  return typeof value === 'object' && value !== null && 'kind' in value;
}

/** The last named segment of a path: `baseline[2].ages.max` → `max`, `baseline[2].fte` → `fte`. */
function fieldOf(path: string): string {
  const segments = path.split('.');
  return (segments[segments.length - 1] ?? '').replace(/\[\d+\]$/, '');
}

export function formatChangeValue(path: string, value: unknown, t: Translate): string {
  if (value === undefined) return t('change.absent');
  if (value === null) return MISSING;
  const field = fieldOf(path);
  if (typeof value === 'number') {
    if (field === 'fte') return formatFte(value);
    if (field === 'labourCost' || field === 'amount') return formatNok(value);
    if (field === 'budgetYear' || field === 'year') return String(value);
    return formatNumber(value, Number.isInteger(value) ? 0 : 2);
  }
  if (field === 'ages' && isAgeInfo(value)) return formatAges(value, t);
  if (typeof value === 'string') return value;
  if (typeof value === 'boolean') return String(value);
  return JSON.stringify(value);
}
