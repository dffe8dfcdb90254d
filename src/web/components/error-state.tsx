import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect } from 'react';
import { Navigate, useLocation } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { useT, type Translate } from '../i18n/use-t.ts';
import { useSession } from '../session/session-context.tsx';

export interface ErrorStateProps {
  /** What went wrong: an `ApiError` gets a message for its code; anything else a generic one. */
  error: unknown;
  /** Offers "Try again" when given. */
  onRetry?: (() => void) | undefined;
  /**
   * Heading level of the alert's heading, to keep the page's heading order.
   * @default 2
   */
  headingLevel?: 2 | 3;
}

/** The message for an error, in the interface language. */
export function errorMessage(error: unknown, t: Translate): string {
  if (!isApiError(error)) return t('error.unexpected');
  switch (error.code) {
    case 'network':
      return t('error.network');
    case 'unexpected':
      return t('error.unexpected');
    default:
      return t(`error.${error.code}`);
  }
}

/** Sends the user to sign-in when the session is gone, and afterwards back here. */
function SignInRedirect() {
  const location = useLocation();
  const { forget } = useSession();
  useEffect(() => forget(), [forget]);
  return <Navigate to="/logg-inn" replace state={{ from: `${location.pathname}${location.search}` }} />;
}

/** An error where content should have been: a danger alert, or a redirect to sign-in on 401. */
export function ErrorState({ error, onRetry, headingLevel = 2 }: ErrorStateProps) {
  const t = useT();
  if (isApiError(error) && error.code === 'unauthenticated') return <SignInRedirect />;
  return (
    <Alert data-color="danger" className="error-state">
      <Heading level={headingLevel} data-size="xs">
        {t('error.heading')}
      </Heading>
      <Paragraph>{errorMessage(error, t)}</Paragraph>
      {onRetry && (
        <Button variant="secondary" data-size="sm" onClick={onRetry}>
          {t('error.retry')}
        </Button>
      )}
    </Alert>
  );
}
