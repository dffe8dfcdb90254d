import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/use-t.ts';
import { memberFormErrors, roleFieldId } from './member-errors.ts';

const t: Translate = (key) => key;

describe('memberFormErrors', () => {
  it('points the add form’s issues at its fields in our own words', () => {
    const errors = memberFormErrors(
      [
        { path: 'password', code: 'too_small', message: 'Too small' },
        { path: 'email', code: 'invalid_format', message: 'Invalid' },
        { path: 'displayName', code: 'required', message: 'Navn må fylles ut' },
      ],
      t,
    );
    expect(errors).toEqual([
      { fieldId: 'member-add-password', message: 'members.error.passwordTooShort' },
      { fieldId: 'member-add-email', message: 'members.error.emailInvalid' },
      { fieldId: 'member-add-name', message: 'members.error.displayNameRequired' },
    ]);
  });

  it('points a last-owner refusal at the row that was saved', () => {
    const errors = memberFormErrors(
      [{ path: 'role', code: 'last_owner', message: 'x' }],
      t,
      roleFieldId('u1'),
    );
    expect(errors).toEqual([{ fieldId: 'member-role-u1', message: 'members.error.lastOwner' }]);
  });

  it('keeps the server’s message for an issue it does not know, without a link', () => {
    expect(memberFormErrors([{ path: '', code: 'custom', message: 'Noe gikk galt' }], t)).toEqual([
      { fieldId: undefined, message: 'Noe gikk galt' },
    ]);
  });
});
