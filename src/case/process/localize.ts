/** Picks the text in a language, falling back to bokmål. */
import type { Language } from '../../i18n/language.ts';
import type { LocalizedText } from '../schema/common.ts';

export function localize(text: LocalizedText, language: Language): string {
  return text[language] ?? text.nb;
}
