/**
 * `useT()`: the message function for the current interface language.
 * @module
 */
import { useCallback } from 'react';
import { catalogue, translate, type MessageKey, type MessageParams } from './catalogues.ts';
import { useLanguage } from './language-context.tsx';

export type Translate = (key: MessageKey, params?: MessageParams) => string;

/**
 * Returns `t(key, params)`, which words a message in the current language.
 * @example const t = useT(); t('history.revisionLink', { revision: 3 }) // → 'Revisjon 3'
 */
export function useT(): Translate {
  const { language } = useLanguage();
  return useCallback((key, params) => translate(catalogue(language), key, params), [language]);
}
