/**
 * English messages for the members screen (Medlemmer).
 * @module
 */
import type { membersNb } from './messages-nb-members.ts';

export const membersEn: Record<keyof typeof membersNb, string> = {
  'nav.members': 'Members',
  'loading.members': 'Loading the members …',

  'members.title': 'Members',
  'members.intro': 'Here you manage who takes part in the case and what they can do.',
  'members.ownerOnlyHeading': 'Only the owner can manage members',
  'members.ownerOnly':
    'Only the owner of the case can see and change who takes part. Ask the owner for help if someone should be added or given another role.',
  'members.caption': 'Members of the case and their roles',
  'members.colName': 'Name',
  'members.colEmail': 'E-mail',
  'members.colRole': 'Role',
  'members.colChange': 'Change role',
  'members.you': '{name} (you)',
  'members.roleFor': 'New role for {name}',
  'members.saveRole': 'Save role',
  'members.saveRoleFor': 'Save role for {name}',
  'members.roleSaved': '{name} now has the role {role}.',
  'members.added': '{name} has been added as {role}.',
  'members.errorSummary': 'Please correct this:',

  'members.rolesHeading': 'What the roles mean',
  'members.roleHelp.reader': 'Reader: can read the case and does not see ages for small groups.',
  'members.roleHelp.editor': 'Editor: can change figures and save revisions.',
  'members.roleHelp.owner': 'Owner: can also manage members.',

  'members.add.heading': 'Add a person',
  'members.add.intro':
    'If the person already has an account, they get the role at once. If the e-mail address is new, an account is created with the name and password you enter.',
  'members.field.email': 'E-mail',
  'members.field.displayName': 'Name',
  'members.field.displayNameHint': 'Needed only when the person has no account yet.',
  'members.field.password': 'Initial password',
  'members.field.passwordHint':
    'At least 12 characters. You must pass the password on securely yourself, for example in person – not in the same e-mail as the user name.',
  'members.field.role': 'Role',
  'members.add.submit': 'Add',
  'members.saving': 'Saving …',

  'members.error.emailInvalid': 'E-mail: enter a valid e-mail address.',
  'members.error.displayNameRequired': 'Name: required when the person has no account yet.',
  'members.error.passwordRequired': 'Initial password: required when the person has no account yet.',
  'members.error.passwordTooShort': 'Initial password: must have at least 12 characters.',
  'members.error.lastOwner': 'Role: the case must have at least one owner. Make someone else owner first.',

  'members.confirm.title': 'Change the role?',
  'members.confirm.self':
    'You are making yourself {role}. You will no longer be able to manage members of the case, and you cannot undo this yourself.',
  'members.confirm.lastOwner':
    '{name} is the only owner. The case must have at least one owner, so the change will be refused until someone else is owner.',
  'members.confirm.proceed': 'Change the role',
  'members.confirm.cancel': 'Cancel',

  'members.add.introAlways':
    'Always enter a name and a first password. If the person already has an account, they get the role and keep their own name and password.',
  'members.field.displayNameHintAlways': 'Used when the person has no account yet.',
  'members.field.passwordHintPolicy':
    'At least 12 characters; several words are good. Common passwords, runs such as 123456 and passwords like the name or e-mail address are refused. Pass the password on safely, for example in person – not in the same e-mail as the user name.',
  'members.error.displayNameMissing': 'Name: is required.',
  'members.error.passwordMissing': 'First password: is required.',
  'members.error.displayNameInvalid': 'Name: {message}',
  'members.error.passwordTooLong': 'First password: can have at most 1024 characters.',
  'members.error.passwordTrivial':
    'First password: is too easy to guess (only spaces, one character repeated, or a run such as 123456 or qwerty).',
  'members.error.passwordCommon': 'First password: is one of the most common passwords. Choose another.',
  'members.error.passwordContext':
    'First password: is too close to the name, the e-mail address or words such as "flokk" and "password".',
  'members.error.passwordInvalidCharacter': 'First password: contains a character that cannot be used.',
  'members.error.lastOwnerRemove':
    'Remove: the case must have at least one owner, so the only owner cannot be removed. Make someone else owner first.',

  'members.colRemove': 'Remove',
  'members.remove': 'Remove',
  'members.removeFor': 'Remove {name} from the case',
  'members.removed': '{name} has been removed from the case.',
  'members.removeConfirm.title': 'Remove {name} from the case?',
  'members.removeConfirm.body':
    '{name} loses access to the case. The account still exists, and you can add the person again later.',
  'members.removeConfirm.self': 'You are removing yourself and will lose access to the case at once.',
  'members.removeConfirm.proceed': 'Remove from the case',
};
