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

/** Our own wording for the issues the members API is known to give; others keep the server's text. */
function knownMessage(issue: FieldIssue): MessageKey | undefined {
  if (issue.path === 'role' && issue.code === 'last_owner') return 'members.error.lastOwner';
  if (issue.path === 'email') return 'members.error.emailInvalid';
  if (issue.path === 'displayName' && issue.code === 'required') return 'members.error.displayNameRequired';
  if (issue.path === 'password')
    return issue.code === 'required' ? 'members.error.passwordRequired' : 'members.error.passwordTooShort';
  return undefined;
}

/**
 * @param roleFieldOverride where a `role` issue points: the row's select when a row was saved
 */
export function memberFormErrors(
  issues: readonly FieldIssue[],
  t: Translate,
  roleFieldOverride?: string,
): FormError[] {
  return issues.map((issue) => {
    const key = knownMessage(issue);
    const message = key ? t(key) : issue.message;
    const fieldId =
      issue.path === 'role' && roleFieldOverride !== undefined
        ? roleFieldOverride
        : isAddField(issue.path)
          ? ADD_FIELD_ID[issue.path]
          : undefined;
    return { fieldId, message };
  });
}
