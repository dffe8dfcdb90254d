/**
 * All interface catalogues, and the one function that words a message.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { en } from './messages-en.ts';
import { nb, type MessageKey, type Messages } from './messages-nb.ts';
import { nn } from './messages-nn.ts';

export type { MessageKey, Messages };

export const CATALOGUES: Record<Language, Messages> = { nb, nn, en };

/** Values for a message's `{placeholders}`. */
export type MessageParams = Record<string, string | number>;

/** Words `key` from `messages`, filling `{name}` placeholders from `params`. */
export function translate(messages: Messages, key: MessageKey, params?: MessageParams): string {
  const template = messages[key];
  if (!params) return template;
  return template.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    return value === undefined ? whole : String(value);
  });
}

/** The names of the languages, each in its own language, for the language switcher. */
export const LANGUAGE_NAMES: Record<Language, string> = { nb: 'Bokmål', nn: 'Nynorsk', en: 'English' };
