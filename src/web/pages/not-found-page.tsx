import { Heading, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';

/** Any address the app does not know. */
export default function NotFoundPage() {
  const t = useT();
  usePageTitle(t('notFound.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('notFound.title')}
      </Heading>
      <Paragraph>{t('notFound.body')}</Paragraph>
      <DsLink asChild>
        <Link to="/">{t('notFound.home')}</Link>
      </DsLink>
    </>
  );
}
