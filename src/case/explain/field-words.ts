/**
 * Names for the figures an explanation ends in that are not a single field of the document: a municipality's
 * share by a key, and its share of a grant. Everything else is named by the shared vocabulary of the forms
 * and the history (`fieldWord` in `../field-label.ts`), so a field reads the same on every screen.
 * `{grant}` is filled in.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { fieldWord } from '../field-label.ts';
import { fill } from '../field-words.ts';

const DERIVED_WORDS: Readonly<Record<string, Record<Language, string>>> = {
  costShare: {
    nb: 'andel etter kostnadsnøkkelen',
    nn: 'del etter kostnadsnøkkelen',
    en: 'share by the cost key',
  },
  oneOffShare: {
    nb: 'andel etter nøkkelen for engangskostnader',
    nn: 'del etter nøkkelen for eingongskostnader',
    en: 'share by the one-off key',
  },
  grantShare: {
    nb: 'andel av tilskuddet «{grant}»',
    nn: 'del av tilskotet «{grant}»',
    en: 'share of the grant «{grant}»',
  },
};

/**
 * The words of a figure, with `prefix` (a municipality and area, or a scenario) before a colon.
 * @example fieldWords('labourCost', 'nb', 'Melhus, Lønn', {}) // → 'Melhus, Lønn: lønnskostnad'
 */
export function fieldWords(
  field: string,
  language: Language,
  prefix: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  const derived = DERIVED_WORDS[field]?.[language];
  // The shared words are capitalised as form labels; after a colon they read in lower case.
  const shared = fieldWord(field, language);
  const words = derived ? fill(derived, params) : shared.charAt(0).toLowerCase() + shared.slice(1);
  return prefix === '' ? words : `${prefix}: ${words}`;
}
