/**
 * Sets the document title, so every page has its own (WCAG 2.4.2) and screen readers announce it.
 * @module
 */
import { useEffect } from 'react';
import { useT } from '../i18n/use-t.ts';

/** @param page the page's own name; the app name is added. */
export function usePageTitle(page: string): void {
  const t = useT();
  useEffect(() => {
    document.title = t('app.pageTitle', { page });
  }, [page, t]);
}
