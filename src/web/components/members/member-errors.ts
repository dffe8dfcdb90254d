/**
 * Turns the members API's field issues into form errors that point at the field on the screen.
 * @module
 */
import type { FieldIssue } from '../../api/types.ts';
import type { MessageKey } from '../../i18n/messages-nb.ts';
import type { Translate } from '../../i18n/use-t.ts';
import type { FormError } from '../form-error-summary.tsx';

/** Ids of the add-person form's fields. */
export const ADD_FIELD_ID = {
  email: 'member-add-email',
  displayName: 'member-add-name',
  password: 'member-add-password',
  role: 'member-add-role',
} as const;

/** Id of the role select in a member's row. */
export function roleFieldId(userId: string): string {
  return `member-role-${userId}`;
}

function isAddField(path: string): path is keyof typeof ADD_FIELD_ID {
  return Object.hasOwn(ADD_FIELD_ID, path);
}

const PASSWORD_MESSAGES: Record<string, MessageKey> = {
  required: 'members.error.passwordMissing',
  password_required: 'members.error.passwordMissing',
  password_too_long: 'members.error.passwordTooLong',
  password_trivial: 'members.error.passwordTrivial',
  password_common: 'members.error.passwordCommon',
  password_context: 'members.error.passwordContext',
  password_invalid_character: 'members.error.passwordInvalidCharacter',
};

/** Our own wording for the issues the members API is known to give; others keep the server's text. */
function knownMessage(issue: FieldIssue): MessageKey | undefined {
  if (issue.code === 'last_owner')
    return issue.path === 'userId' ? 'members.error.lastOwnerRemove' : 'members.error.lastOwner';
  if (issue.path === 'email') return 'members.error.emailInvalid';
  if (issue.path === 'displayName' && (issue.code === 'required' || issue.code === 'too_small'))
    return 'members.error.displayNameMissing';
  if (issue.path === 'password') return PASSWORD_MESSAGES[issue.code] ?? 'members.error.passwordTooShort';
  return undefined;
}

function messageFor(issue: FieldIssue, t: Translate): string {
  const key = knownMessage(issue);
  if (key) return t(key);
  // A name the server refused for its characters: its reason, after the field's name.
  if (issue.path === 'displayName') return t('members.error.displayNameInvalid', { message: issue.message });
  return issue.message;
}

/**
 * @param roleFieldOverride where a `role` or `userId` issue points: the row's select when a row was saved or
 *   removed
 */
export function memberFormErrors(
  issues: readonly FieldIssue[],
  t: Translate,
  roleFieldOverride?: string,
): FormError[] {
  return issues.map((issue) => {
    const message = messageFor(issue, t);
    const fieldId =
      (issue.path === 'role' || issue.path === 'userId') && roleFieldOverride !== undefined
        ? roleFieldOverride
        : isAddField(issue.path)
          ? ADD_FIELD_ID[issue.path]
          : undefined;
    return { fieldId, message };
  });
}
