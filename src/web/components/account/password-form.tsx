import { Alert, Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { isApiError } from '../../api/api-error.ts';
import { changePassword } from '../../api/auth-api.ts';
import { useT } from '../../i18n/use-t.ts';
import { errorMessage } from '../error-state.tsx';
import { FormErrorSummary, type FormError } from '../form-error-summary.tsx';
import { passwordFormErrors, PASSWORD_FIELD_ID } from './password-errors.ts';

/**
 * Current password, new password and the new one again. The repeat is checked here; everything else (the
 * current password, the password policy) by the server, whose reasons are shown under the field's name.
 */
export function PasswordForm() {
  const t = useT();
  const [current, setCurrent] = useState('');
  const [next, setNext] = useState('');
  const [repeat, setRepeat] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<FormError[]>([]);
  const [changed, setChanged] = useState(false);
  const errorFor = (id: string) => errors.find((e) => e.fieldId === id)?.message;

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (busy) return;
    setChanged(false);
    const local: FormError[] = [];
    if (current === '')
      local.push({ fieldId: PASSWORD_FIELD_ID.currentPassword, message: t('account.currentMissing') });
    if (next === '') local.push({ fieldId: PASSWORD_FIELD_ID.newPassword, message: t('account.newMissing') });
    else if (repeat !== next)
      local.push({ fieldId: PASSWORD_FIELD_ID.repeat, message: t('account.repeatDiffers') });
    if (local.length > 0) {
      setErrors(local);
      return;
    }
    setBusy(true);
    setErrors([]);
    try {
      await changePassword(current, next);
      setCurrent('');
      setNext('');
      setRepeat('');
      setChanged(true);
    } catch (failure) {
      setErrors(
        isApiError(failure) && failure.issues.length > 0
          ? passwordFormErrors(failure.issues, t)
          : [{ message: errorMessage(failure, t) }],
      );
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      {changed && (
        <Alert data-color="success" className="page-notice" role="status">
          <Paragraph>{t('account.changed')}</Paragraph>
        </Alert>
      )}
      {errors.length > 0 && <FormErrorSummary heading={t('account.errorHeading')} errors={errors} />}
      <form noValidate onSubmit={(event) => void submit(event)} className="member-add-form">
        <Textfield
          id={PASSWORD_FIELD_ID.currentPassword}
          label={t('account.current')}
          type="password"
          autoComplete="current-password"
          value={current}
          onChange={(event) => setCurrent(event.target.value)}
          error={errorFor(PASSWORD_FIELD_ID.currentPassword)}
        />
        <Textfield
          id={PASSWORD_FIELD_ID.newPassword}
          label={t('account.new')}
          description={t('members.field.passwordHintPolicy')}
          type="password"
          autoComplete="new-password"
          value={next}
          onChange={(event) => setNext(event.target.value)}
          error={errorFor(PASSWORD_FIELD_ID.newPassword)}
        />
        <Textfield
          id={PASSWORD_FIELD_ID.repeat}
          label={t('account.repeat')}
          type="password"
          autoComplete="new-password"
          value={repeat}
          onChange={(event) => setRepeat(event.target.value)}
          error={errorFor(PASSWORD_FIELD_ID.repeat)}
        />
        <div className="button-row">
          <Button type="submit" aria-disabled={busy || undefined}>
            {busy ? t('account.saving') : t('account.submit')}
          </Button>
        </div>
      </form>
    </>
  );
}
