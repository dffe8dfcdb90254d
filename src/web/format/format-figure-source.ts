/**
 * A baseline figure's source as one line, and what a source states for a figure: a document as
 * `formatSource` words it, or «Egen verdi – lagt inn av NAME 03.12.2026».
 * @module
 */
import { isOwnValue } from '../../case/baseline-field-source.ts';
import type { AgeInfo, FigureSource, SourcedField } from '../../case/schema/baseline.ts';
import type { SourceDocument } from '../../case/schema/common.ts';
import { formatFte, formatNok, formatNumber, formatTimestampDay } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../i18n/use-t.ts';
import { formatAges } from './format-ages.ts';
import { formatSource } from './format-source.ts';

export function formatFigureSource(
  source: FigureSource,
  sources: readonly SourceDocument[],
  t: Translate,
  language: Language,
): string {
  if (!isOwnValue(source)) return formatSource(source, sources, t, language);
  const entered = t('source.ownValue', {
    name: source.entered.by,
    date: formatTimestampDay(source.entered.at),
  });
  return source.note === undefined ? entered : `${entered}: ${source.note}`;
}

/** A figure's value as the tables show it: `6,4`, `5 200 000 kr`, `47–66 år`. */
export function formatFigureValue(field: SourcedField, value: number | AgeInfo, t: Translate): string {
  if (typeof value !== 'number') return formatAges(value, t);
  if (field === 'fte') return formatFte(value);
  if (field === 'labourCost') return formatNok(value);
  return formatNumber(value);
}
