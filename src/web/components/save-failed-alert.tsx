import { Alert, Heading, Link, Paragraph } from '@digdir/designsystemet-react';
import { isApiError } from '../api/api-error.ts';
import { useT } from '../i18n/use-t.ts';
import { SIGN_IN_PATH } from '../routes/case-paths.ts';
import { errorMessage } from './error-state.tsx';

export interface SaveFailedAlertProps {
  error: unknown;
}

/**
 * A save that failed for another reason than invalid data or a conflict. The draft stays on the page: an
 * expired session is renewed in a new tab rather than by leaving the form.
 */
export function SaveFailedAlert({ error }: SaveFailedAlertProps) {
  const t = useT();
  const expired = isApiError(error) && error.code === 'unauthenticated';
  return (
    <Alert data-color="danger" className="page-notice">
      <Heading level={2} data-size="xs">
        {t('edit.saveFailed')}
      </Heading>
      <Paragraph>{expired ? t('edit.sessionExpired') : errorMessage(error, t)}</Paragraph>
      {expired && (
        <Link href={SIGN_IN_PATH} target="_blank" rel="noopener">
          {t('edit.signInNewTab')}
        </Link>
      )}
    </Alert>
  );
}
