import { describe, expect, it } from 'vitest';
import type { Translate } from '../../i18n/use-t.ts';
import { memberFormErrors, roleFieldId } from './member-errors.ts';

const t: Translate = (key, params) => (params ? `${key} ${JSON.stringify(params)}` : key);

describe('memberFormErrors', () => {
  it('points the add form’s issues at its fields in our own words', () => {
    const errors = memberFormErrors(
      [
        { path: 'password', code: 'password_too_short', message: 'Too small' },
        { path: 'email', code: 'invalid_format', message: 'Invalid' },
        { path: 'displayName', code: 'required', message: 'Navn må fylles ut' },
      ],
      t,
    );
    expect(errors).toEqual([
      { fieldId: 'member-add-password', message: 'members.error.passwordTooShort' },
      { fieldId: 'member-add-email', message: 'members.error.emailInvalid' },
      { fieldId: 'member-add-name', message: 'members.error.displayNameMissing' },
    ]);
  });

  it.each([
    ['password_required', 'members.error.passwordMissing'],
    ['password_too_long', 'members.error.passwordTooLong'],
    ['password_trivial', 'members.error.passwordTrivial'],
    ['password_common', 'members.error.passwordCommon'],
    ['password_context', 'members.error.passwordContext'],
    ['password_invalid_character', 'members.error.passwordInvalidCharacter'],
  ])('words the password policy’s %s', (code, key) => {
    expect(memberFormErrors([{ path: 'password', code, message: 'x' }], t)).toEqual([
      { fieldId: 'member-add-password', message: key },
    ]);
  });

  it('keeps the server’s reason for a refused name, after the field’s name', () => {
    const issue = { path: 'displayName', code: 'text_bidi_control', message: 'Teksten snur skriveretningen' };
    expect(memberFormErrors([issue], t)).toEqual([
      {
        fieldId: 'member-add-name',
        message: 'members.error.displayNameInvalid {"message":"Teksten snur skriveretningen"}',
      },
    ]);
  });

  it('points a last-owner refusal at the row that was saved or removed', () => {
    const errors = memberFormErrors(
      [{ path: 'role', code: 'last_owner', message: 'x' }],
      t,
      roleFieldId('u1'),
    );
    expect(errors).toEqual([{ fieldId: 'member-role-u1', message: 'members.error.lastOwner' }]);
    expect(
      memberFormErrors([{ path: 'userId', code: 'last_owner', message: 'x' }], t, roleFieldId('u1')),
    ).toEqual([{ fieldId: 'member-role-u1', message: 'members.error.lastOwnerRemove' }]);
  });

  it('keeps the server’s message for an issue it does not know, without a link', () => {
    expect(memberFormErrors([{ path: '', code: 'custom', message: 'Noe gikk galt' }], t)).toEqual([
      { fieldId: undefined, message: 'Noe gikk galt' },
    ]);
  });
});
