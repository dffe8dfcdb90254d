import { Link as DsLink } from '@digdir/designsystemet-react';
import { Link } from 'react-router';
import { useCurrentCaseId } from '../hooks/use-current-case-id.ts';
import { useT } from '../i18n/use-t.ts';
import { useSession } from '../session/session-context.tsx';
import { CaseNavigation } from './case-navigation.tsx';
import { LanguageSwitcher } from './language-switcher.tsx';
import { UserMenu } from './user-menu.tsx';

/** The banner: app name, the signed-in user, the language switcher and the current case's pages. */
export function SiteHeader() {
  const t = useT();
  const caseId = useCurrentCaseId();
  const { status } = useSession();
  return (
    <header className="site-header">
      <div className="site-header__bar">
        <Link to="/" className="site-header__name">
          {t('app.name')}
        </Link>
        {status === 'signedIn' && (
          <nav aria-label={t('nav.main')} className="site-header__main-nav">
            <DsLink asChild>
              <Link to="/">{t('nav.cases')}</Link>
            </DsLink>
          </nav>
        )}
        <div className="site-header__tools">
          <UserMenu />
          <LanguageSwitcher />
        </div>
      </div>
      {caseId !== undefined && status === 'signedIn' && <CaseNavigation caseId={caseId} />}
    </header>
  );
}
