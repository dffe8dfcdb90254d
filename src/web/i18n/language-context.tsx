/**
 * The interface language: bokmål by default, nynorsk or English when chosen. The choice is kept in
 * localStorage, set on `<html lang>` so screen readers pronounce the page right, and passed to the API.
 * @module
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLanguage, type Language } from '../../i18n/language.ts';
import { setApiLanguage } from '../api/http-client.ts';

const STORAGE_KEY = 'flokk.language';

interface LanguageState {
  language: Language;
  setLanguage: (language: Language) => void;
}

const LanguageContext = createContext<LanguageState | null>(null);

function storedLanguage(): Language {
  try {
    const stored = window.localStorage.getItem(STORAGE_KEY);
    return isLanguage(stored) ? stored : 'nb';
  } catch {
    // Storage can be blocked (privacy settings); bokmål is the default then.
    return 'nb';
  }
}

export interface LanguageProviderProps {
  children: ReactNode;
}

/** Provides the interface language to everything below it. */
export function LanguageProvider({ children }: LanguageProviderProps) {
  const [language, setLanguageState] = useState<Language>(storedLanguage);

  useEffect(() => {
    document.documentElement.lang = language;
    setApiLanguage(language);
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setLanguageState(next);
    setApiLanguage(next);
    try {
      window.localStorage.setItem(STORAGE_KEY, next);
    } catch {
      // The choice then lasts until the page is reloaded.
    }
  }, []);

  const value = useMemo(() => ({ language, setLanguage }), [language, setLanguage]);
  return <LanguageContext.Provider value={value}>{children}</LanguageContext.Provider>;
}

/** The current interface language and a setter that remembers the choice. */
export function useLanguage(): LanguageState {
  const state = useContext(LanguageContext);
  if (!state) throw new Error('useLanguage must be used inside <LanguageProvider>');
  return state;
}
