import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { PasswordForm } from '../components/account/password-form.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT } from '../i18n/use-t.ts';
import { useSession } from '../session/session-context.tsx';

/** `/konto`: the signed-in user's own account, where the password is changed. */
export default function AccountPage() {
  const t = useT();
  const { user } = useSession();
  usePageTitle(t('account.title'));
  return (
    <>
      <Heading level={1} data-size="lg">
        {t('account.title')}
      </Heading>
      {user && (
        <Paragraph className="lead">
          {t('account.who', { name: user.displayName, email: user.email })}
        </Paragraph>
      )}
      <Heading level={2} data-size="md">
        {t('account.passwordHeading')}
      </Heading>
      <Paragraph>{t('account.intro')}</Paragraph>
      <PasswordForm />
    </>
  );
}
