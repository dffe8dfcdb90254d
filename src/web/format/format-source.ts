/**
 * A figure's source as one line: the document's title, the place in it and the figure's date.
 * @module
 */
import type { SourceDocument, SourceRef } from '../../case/schema/common.ts';
import { formatPlanDate } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import type { Translate } from '../i18n/use-t.ts';

/** `Saksframlegg: …, Tabell: … (per august 2024)`; an unknown document id is shown as given. */
export function formatSource(
  ref: SourceRef,
  sources: readonly SourceDocument[],
  t: Translate,
  language: Language,
): string {
  const document = sources.find((source) => source.id === ref.document);
  const parts = [document?.title ?? ref.document];
  if (ref.locator !== undefined) parts.push(ref.locator);
  const text = parts.join(', ');
  return ref.date === undefined
    ? text
    : `${text} (${t('source.date', { date: formatPlanDate(ref.date, language) })})`;
}
