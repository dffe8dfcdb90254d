/**
 * The interface language: bokmål by default, nynorsk or English when chosen. The choice is kept in
 * localStorage, set on `<html lang>` so screen readers pronounce the page right, and passed to the API.
 * @module
 */
import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react';
import { isLanguage, type Language } from '../../i18n/language.ts';
import { setApiLanguage } from '../api/http-client.ts';
import { isCatalogueLoaded, loadCatalogue } from './catalogues.ts';

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

/**
 * Provides the interface language to everything below it. Nynorsk and English are fetched when chosen; the
 * language switches (text, `<html lang>` and the API's language together) once its catalogue is in, so a
 * page is never labelled one language while it shows another.
 */
export function LanguageProvider({ children }: LanguageProviderProps) {
  const [chosen, setChosen] = useState<Language>(storedLanguage);
  const [, setLoadedCount] = useState(0);
  const language: Language = isCatalogueLoaded(chosen) ? chosen : 'nb';

  useEffect(() => {
    if (isCatalogueLoaded(chosen)) return;
    let current = true;
    loadCatalogue(chosen)
      .then(() => current && setLoadedCount((n) => n + 1))
      // Offline or a failed fetch: the page stays in bokmål, which every reader is given first anyway.
      .catch(() => undefined);
    return () => {
      current = false;
    };
  }, [chosen]);

  useEffect(() => {
    document.documentElement.lang = language;
    setApiLanguage(language);
  }, [language]);

  const setLanguage = useCallback((next: Language) => {
    setChosen(next);
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
