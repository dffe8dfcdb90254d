import { Alert, Button, Heading, Link as DsLink, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { Link, useLocation, useNavigate } from 'react-router';
import { isApiError } from '../api/api-error.ts';
import { errorMessage } from '../components/error-state.tsx';
import { FormErrorSummary, type FormError } from '../components/form-error-summary.tsx';
import { usePageTitle } from '../hooks/use-page-title.ts';
import { useT, type Translate } from '../i18n/use-t.ts';
import { useSession } from '../session/session-context.tsx';

const EMAIL_ID = 'sign-in-email';
const PASSWORD_ID = 'sign-in-password';

function returnPath(state: unknown): string {
  if (typeof state === 'object' && state !== null && 'from' in state && typeof state.from === 'string') {
    // Only paths inside the app, never another site.
    if (state.from.startsWith('/') && !state.from.startsWith('//')) return state.from;
  }
  return '/';
}

function signInFailure(error: unknown, t: Translate): string {
  if (isApiError(error) && error.code === 'unauthenticated') return t('signIn.wrongCredentials');
  if (isApiError(error) && error.code === 'rate_limited') {
    return error.retryAfterSeconds === undefined
      ? t('signIn.rateLimitedUnknown')
      : t('signIn.rateLimited', { seconds: Math.ceil(error.retryAfterSeconds) });
  }
  return errorMessage(error, t);
}

/** `/logg-inn`: e-mail and password. */
export default function SignInPage() {
  const t = useT();
  const navigate = useNavigate();
  const location = useLocation();
  const session = useSession();
  usePageTitle(t('signIn.title'));
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FormError[]>([]);
  const [failure, setFailure] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  const errorFor = (fieldId: string) => fieldErrors.find((error) => error.fieldId === fieldId)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const errors: FormError[] = [];
    if (email.trim() === '') errors.push({ fieldId: EMAIL_ID, message: t('signIn.emailRequired') });
    if (password === '') errors.push({ fieldId: PASSWORD_ID, message: t('signIn.passwordRequired') });
    setFieldErrors(errors);
    setFailure(null);
    if (errors.length > 0) return;
    setSubmitting(true);
    try {
      await session.signIn(email.trim(), password);
      navigate(returnPath(location.state), { replace: true });
    } catch (error) {
      setFailure(signInFailure(error, t));
      setSubmitting(false);
    }
  }

  return (
    <div className="narrow-page">
      <Heading level={1} data-size="lg">
        {t('signIn.title')}
      </Heading>
      <Paragraph>{t('signIn.intro')}</Paragraph>
      {session.user && (
        <Alert data-color="info" className="page-notice">
          <Paragraph>{t('signIn.alreadySignedIn', { name: session.user.displayName })}</Paragraph>
          <DsLink asChild>
            <Link to="/">{t('signIn.toCases')}</Link>
          </DsLink>
        </Alert>
      )}
      <div aria-live="assertive" aria-atomic="true">
        {failure !== null && (
          <Alert data-color="danger" className="page-notice">
            <Paragraph>{failure}</Paragraph>
          </Alert>
        )}
      </div>
      {fieldErrors.length > 0 && <FormErrorSummary heading={t('signIn.errorSummary')} errors={fieldErrors} />}
      <form noValidate onSubmit={(event) => void submit(event)} className="sign-in-form">
        <Textfield
          id={EMAIL_ID}
          label={t('signIn.email')}
          type="email"
          name="email"
          autoComplete="username"
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          error={errorFor(EMAIL_ID)}
        />
        <Textfield
          id={PASSWORD_ID}
          label={t('signIn.password')}
          type="password"
          name="password"
          autoComplete="current-password"
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          error={errorFor(PASSWORD_ID)}
        />
        <Button type="submit" loading={submitting} aria-disabled={submitting || undefined}>
          {t('signIn.submit')}
        </Button>
      </form>
    </div>
  );
}
