import { Button, Link as DsLink, Paragraph } from '@digdir/designsystemet-react';
import { Link, useLocation, useNavigate } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { ACCOUNT_PATH, SIGN_IN_PATH } from '../routes/case-paths.ts';
import { useSession } from '../session/session-context.tsx';

/** The signed-in user with "Sign out", or a "Sign in" link. */
export function UserMenu() {
  const t = useT();
  const navigate = useNavigate();
  const { pathname } = useLocation();
  const { status, user, signOut } = useSession();
  if (status === 'loading') return null;
  if (!user) {
    // On the sign-in page the form is the way in; a second "Logg inn" would only be noise.
    if (pathname === SIGN_IN_PATH) return null;
    return (
      <DsLink asChild>
        <Link to={SIGN_IN_PATH}>{t('header.signIn')}</Link>
      </DsLink>
    );
  }
  return (
    <div className="user-menu">
      <Paragraph data-size="sm">{t('header.signedInAs', { name: user.displayName })}</Paragraph>
      <DsLink asChild data-size="sm">
        <Link to={ACCOUNT_PATH}>{t('account.link')}</Link>
      </DsLink>
      <Button
        variant="secondary"
        data-size="sm"
        onClick={() => {
          void signOut().finally(() => navigate(SIGN_IN_PATH));
        }}
      >
        {t('header.signOut')}
      </Button>
    </div>
  );
}
