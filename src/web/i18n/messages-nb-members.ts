/**
 * Bokmål messages for the members screen (Medlemmer).
 * @module
 */
export const membersNb = {
  'nav.members': 'Medlemmer',
  'loading.members': 'Henter medlemmene …',

  'members.title': 'Medlemmer',
  'members.intro': 'Her styrer du hvem som er med i saken, og hva de kan gjøre.',
  'members.ownerOnlyHeading': 'Bare eieren kan styre medlemmer',
  'members.ownerOnly':
    'Bare eieren av saken kan se og endre hvem som er med. Be eieren om hjelp hvis noen skal legges til eller få en annen rolle.',
  'members.caption': 'Medlemmer i saken og rollene deres',
  'members.colName': 'Navn',
  'members.colEmail': 'E-post',
  'members.colRole': 'Rolle',
  'members.colChange': 'Endre rolle',
  'members.you': '{name} (deg)',
  'members.roleFor': 'Ny rolle for {name}',
  'members.saveRole': 'Lagre rolle',
  'members.saveRoleFor': 'Lagre rolle for {name}',
  'members.roleSaved': '{name} har nå rollen {role}.',
  'members.added': '{name} er lagt til som {role}.',
  'members.errorSummary': 'Rett dette:',

  'members.rolesHeading': 'Hva rollene betyr',
  'members.roleHelp.reader': 'Leser: kan lese saken og ser ikke alder for små grupper.',
  'members.roleHelp.editor': 'Redaktør: kan endre tall og lagre revisjoner.',
  'members.roleHelp.owner': 'Eier: kan i tillegg styre medlemmer.',

  'members.add.heading': 'Legg til en person',
  'members.add.intro':
    'Har personen en konto fra før, får hen rollen med en gang. Er e-postadressen ny, lages en konto med navnet og passordet du skriver inn.',
  'members.field.email': 'E-post',
  'members.field.displayName': 'Navn',
  'members.field.displayNameHint': 'Trengs bare når personen ikke har en konto fra før.',
  'members.field.password': 'Første passord',
  'members.field.passwordHint':
    'Minst 12 tegn. Du må selv gi passordet videre på en trygg måte, for eksempel muntlig – ikke i samme e-post som brukernavnet.',
  'members.field.role': 'Rolle',
  'members.add.submit': 'Legg til',
  'members.saving': 'Lagrer …',

  'members.error.emailInvalid': 'E-post: skriv inn en gyldig e-postadresse.',
  'members.error.displayNameRequired': 'Navn: må fylles ut når personen ikke har en konto fra før.',
  'members.error.passwordRequired': 'Første passord: må fylles ut når personen ikke har en konto fra før.',
  'members.error.passwordTooShort': 'Første passord: må ha minst 12 tegn.',
  'members.error.lastOwner': 'Rolle: saken må ha minst én eier. Gjør en annen til eier først.',

  'members.confirm.title': 'Vil du endre rollen?',
  'members.confirm.self':
    'Du gjør deg selv til {role}. Da kan du ikke lenger styre medlemmer i saken, og du kan ikke angre det selv.',
  'members.confirm.lastOwner':
    '{name} er den eneste eieren. Saken må ha minst én eier, så endringen blir avvist til noen andre er eier.',
  'members.confirm.proceed': 'Endre rollen',
  'members.confirm.cancel': 'Avbryt',
};
