/**
 * The password API's field issues as form errors that point at the field and start with its label.
 * @module
 */
import type { FieldIssue } from '../../api/types.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { FormError } from '../form-error-summary.tsx';

export const PASSWORD_FIELD_ID = {
  currentPassword: 'account-current-password',
  newPassword: 'account-new-password',
  repeat: 'account-repeat-password',
} as const;

/** «Nytt passord: Passordet må ha minst 12 tegn»: the server's reason after the field's label. */
export function passwordFormErrors(issues: readonly FieldIssue[], t: Translate): FormError[] {
  return issues.map((issue) => {
    if (issue.path === 'currentPassword')
      return {
        fieldId: PASSWORD_FIELD_ID.currentPassword,
        message: t('account.fieldMessage', { field: t('account.current'), message: issue.message }),
      };
    if (issue.path === 'newPassword')
      return {
        fieldId: PASSWORD_FIELD_ID.newPassword,
        message: t('account.fieldMessage', { field: t('account.new'), message: issue.message }),
      };
    return { message: issue.message };
  });
}
