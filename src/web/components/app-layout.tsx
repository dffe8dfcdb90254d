import { Paragraph, SkipLink } from '@digdir/designsystemet-react';
import { Suspense, useRef } from 'react';
import { Outlet } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { LoadingState } from './loading-state.tsx';
import { SiteHeader } from './site-header.tsx';

const MAIN_ID = 'main-content';

/** Every page's frame: skip link, header, the page in `<main>`, footer. */
export function AppLayout() {
  const t = useT();
  const mainRef = useRef<HTMLElement>(null);
  return (
    <div className="app">
      <SkipLink
        href={`#${MAIN_ID}`}
        onClick={(event) => {
          // Moves focus without changing the address, which the router would treat as a navigation.
          event.preventDefault();
          mainRef.current?.focus();
        }}
      >
        {t('skipLink')}
      </SkipLink>
      <SiteHeader />
      <main id={MAIN_ID} ref={mainRef} tabIndex={-1} className="app__main">
        <Suspense fallback={<LoadingState label={t('loading.page')} />}>
          <Outlet />
        </Suspense>
      </main>
      <footer className="app__footer">
        <Paragraph data-size="sm">{t('app.footer')}</Paragraph>
      </footer>
    </div>
  );
}
