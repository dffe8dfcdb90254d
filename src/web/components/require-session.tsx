import { Navigate, Outlet, useLocation } from 'react-router';
import { useT } from '../i18n/use-t.ts';
import { SIGN_IN_PATH } from '../routes/case-paths.ts';
import { useSession } from '../session/session-context.tsx';
import { LoadingState } from './loading-state.tsx';

/** Renders the signed-in pages, or sends the user to sign-in and back here afterwards. */
export function RequireSession() {
  const t = useT();
  const location = useLocation();
  const { status } = useSession();
  if (status === 'loading') return <LoadingState label={t('loading.session')} />;
  if (status === 'signedOut') {
    return <Navigate to={SIGN_IN_PATH} replace state={{ from: `${location.pathname}${location.search}` }} />;
  }
  return <Outlet />;
}
