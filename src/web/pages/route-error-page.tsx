import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { useRouteError } from 'react-router';
import { errorMessage } from '../components/error-state.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';

/** Shown when a page fails to render or load (e.g. a lost connection while fetching its code). */
export function RouteErrorPage() {
  const t = useT();
  const error = useRouteError();
  usePageTitle(t('error.heading'));
  useEffect(() => console.error(error), [error]);
  return (
    <div className="route-error" role="alert">
      <Heading level={1} data-size="lg">
        {t('error.heading')}
      </Heading>
      <Paragraph>{errorMessage(error, t)}</Paragraph>
      <Button variant="secondary" onClick={() => window.location.reload()}>
        {t('error.retry')}
      </Button>
    </div>
  );
}
