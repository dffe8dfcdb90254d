/**
 * Picks the case document's text in the interface language, falling back to bokmål, and tells which
 * language the text is in so it can be marked with `lang`.
 * @module
 */
import type { LocalizedText } from '../../case/schema/common.ts';
import type { Language } from '../../i18n/language.ts';

export interface PickedText {
  text: string;
  /** The language the text is actually in. */
  language: Language;
}

export function pickText(text: LocalizedText, language: Language): PickedText {
  const wanted = text[language];
  if (wanted !== undefined) return { text: wanted, language };
  return { text: text.nb, language: 'nb' };
}

/** The text alone, for places that take a plain string (captions, titles, labels). */
export function localized(text: LocalizedText | string, language: Language): string {
  return typeof text === 'string' ? text : pickText(text, language).text;
}
