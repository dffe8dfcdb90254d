/**
 * English messages for what users create, remove and change themselves: new and deleted scenarios, new and
 * archived cases, and one's own password.
 * @module
 */
import type { accountNb } from './messages-nb-account.ts';

export const accountEn: Record<keyof typeof accountNb, string> = {
  'scenarioNew.heading': 'New scenario',
  'scenarioNew.intro':
    'Make a new scenario as a copy of another, for instance to try “without Melhus” or another cost key, or start from a blank one. The new scenario is saved as a new revision of the case.',
  'scenarioNew.name': 'Name of the scenario',
  'scenarioNew.nameHint': 'For instance “Without Melhus”.',
  'scenarioNew.nameMissing': 'Write a name for the scenario.',
  'scenarioNew.nameInvalid': 'Name of the scenario: {message}',
  'scenarioNew.start': 'Start from',
  'scenarioNew.copyOf': 'Copy of “{name}”',
  'scenarioNew.blank': 'Blank scenario (every setting a placeholder)',
  'scenarioNew.submit': 'Create scenario',
  'scenarioNew.creating': 'Creating scenario …',
  'scenarioNew.errorHeading': 'The scenario was not created',
  'scenarioNew.conflict':
    'Someone else has saved the case since you opened the page. Reload the page and try again.',

  'scenarioDelete.button': 'Delete',
  'scenarioDelete.title': 'Delete “{name}”?',
  'scenarioDelete.body':
    'The scenario is taken out of the case as a new revision. It can be brought back from the history.',
  'scenarioDelete.cancel': 'Cancel',
  'scenarioDelete.confirm': 'Delete the scenario',
  'scenarioDelete.deleting': 'Deleting …',
  'scenarioDelete.failed': 'The scenario was not deleted',
  'scenarioDelete.conflict':
    'Someone else has saved the case since you opened the page. Reload the page and try again.',
  'scenarioDelete.done': 'The scenario has been deleted.',
  'scenarios.colActions': 'Actions',
  'account.title': 'My account',
  'account.link': 'Change password',
  'account.who': 'You are signed in as {name} ({email}).',
  'account.passwordHeading': 'Change password',
  'account.intro':
    'Write the password you have now, and the new one twice. Once the password is changed, you are signed out on other computers and browsers.',
  'account.current': 'Current password',
  'account.new': 'New password',
  'account.repeat': 'Repeat new password',
  'account.currentMissing': 'Current password is required.',
  'account.newMissing': 'New password is required.',
  'account.repeatDiffers': 'Repeat new password: is not the same as the new password.',
  'account.fieldMessage': '{field}: {message}',
  'account.submit': 'Change password',
  'account.saving': 'Changing password …',
  'account.errorHeading': 'The password was not changed',
  'account.changed': 'The password has been changed. Use the new password next time you sign in.',
  'modelChoice.pointsInvalid': 'Points for {criterion} must be a number from 0 to 100.',
  'caseNew.heading': 'New case',
  'caseNew.intro':
    'Make a new case, blank or as a copy. A blank case has only the municipalities you choose, without figures: you enter population, service areas and scenarios yourself, with their sources. A copy of a case you edit or own has every figure, scenario and decision with its sources; the settings of the public status page are not copied. You become the owner of the new case, and nobody else is in it until you add them.',
  'caseNew.title': 'Title of the case',
  'caseNew.titleMissing': 'Write a title for the case.',
  'caseNew.titleInvalid': 'Title of the case: {message}',
  'caseNew.start': 'Start from',
  'caseNew.startBlank': 'Blank case',
  'caseNew.startCopy': 'Copy of a case',
  'caseNew.blankFrom': 'Municipalities from',
  'caseNew.municipalities': 'Municipalities in the case',
  'caseNew.municipalitiesHelp':
    'Only names and municipality numbers are taken, not population or other figures.',
  'caseNew.municipalitiesMissing': 'Choose at least one municipality.',
  'caseNew.municipalitiesLoading': 'Loading the municipalities …',
  'caseNew.source': 'Copy of',
  'caseNew.copyOf': '“{title}”',
  'caseNew.submit': 'Create the case',
  'caseNew.creating': 'Creating the case …',
  'caseNew.errorHeading': 'The case was not created',
  'caseArchive.title': 'Archived cases',
  'caseArchive.link': 'Show archived cases',
  'caseArchive.back': 'Back to my cases',
  'caseArchive.caption': 'Archived cases you are in',
  'caseArchive.empty': 'You have no archived cases.',
  'caseArchive.colActions': 'Actions',
  'caseArchive.archive': 'Archive',
  'caseArchive.restore': 'Take back into use',
  'modelChoice.areasLegend': 'Which service areas should the ranking cover?',
  'modelChoice.areasHint':
    'The ranking includes only models that are lawful and suited for every area you tick. The choice is not saved in the case.',
  'modelChoice.areasNone': 'Tick at least one service area to see the ranking.',
};
