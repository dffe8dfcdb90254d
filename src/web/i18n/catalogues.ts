/**
 * The interface catalogues and the one function that words a message. Bokmål is in the first load; nynorsk
 * and English are fetched when chosen (`loadCatalogue`), so that the first page stays within its size
 * budget (a third of the text each reader would never see).
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { nb, type MessageKey, type Messages } from './messages-nb.ts';

export type { MessageKey, Messages };

const loaded: Partial<Record<Language, Messages>> = { nb };

/** The catalogue of `language` when it has been loaded; bokmål until then. */
export function catalogue(language: Language): Messages {
  return loaded[language] ?? nb;
}

/** True when `language`'s catalogue is in memory. */
export function isCatalogueLoaded(language: Language): boolean {
  return loaded[language] !== undefined;
}

/** Fetches `language`'s catalogue (once) and returns it. */
export async function loadCatalogue(language: Language): Promise<Messages> {
  const known = loaded[language];
  if (known) return known;
  const messages =
    language === 'nn' ? (await import('./messages-nn.ts')).nn : (await import('./messages-en.ts')).en;
  loaded[language] = messages;
  return messages;
}

/** Values for a message's `{placeholders}`. */
export type MessageParams = Record<string, string | number>;

// Bokmål, nynorsk and English share one plural rule for whole numbers (1 is "one", all else "other").
const pluralRules = new Intl.PluralRules('nb-NO');

/**
 * Words `key` from `messages`, filling `{name}` placeholders from `params`. A plural placeholder
 * `{name|one|other}` picks the form by the number's plural category, with `#` standing for the number:
 * `{count|# person|# personer}` → «1 person», «2 personer».
 */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const template = messages[key];
  if (!params) return template;
  return template.replace(
    /\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g,
    (whole, name: string, one?: string, other?: string) => {
      const value = params[name];
      if (value === undefined) return whole;
      if (one === undefined || other === undefined) return String(value);
      const form = pluralRules.select(Number(value)) === 'one' ? one : other;
      return form.replace(/#/g, String(value));
    },
  );
}

/** The names of the languages, each in its own language, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
