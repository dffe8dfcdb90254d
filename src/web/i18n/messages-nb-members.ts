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

  'members.add.introAlways':
    'Skriv alltid inn navn og et første passord. Har personen en konto fra før, får hen rollen og beholder sitt eget navn og passord.',
  'members.field.displayNameHintAlways': 'Brukes når personen ikke har en konto fra før.',
  'members.field.passwordHintPolicy':
    'Minst 12 tegn, gjerne flere ord. Vanlige passord, rekker som 123456 og passord som ligner navnet eller e-postadressen blir avvist. Gi passordet videre på en trygg måte, for eksempel muntlig – ikke i samme e-post som brukernavnet.',
  'members.error.displayNameMissing': 'Navn: må fylles ut.',
  'members.error.passwordMissing': 'Første passord: må fylles ut.',
  'members.error.displayNameInvalid': 'Navn: {message}',
  'members.error.passwordTooLong': 'Første passord: kan ha høyst 1024 tegn.',
  'members.error.passwordTrivial':
    'Første passord: er for lett å gjette (bare mellomrom, samme tegn om igjen eller en rekke som 123456 eller qwerty).',
  'members.error.passwordCommon': 'Første passord: er blant de mest brukte passordene. Velg et annet.',
  'members.error.passwordContext':
    'Første passord: ligner for mye på navnet, e-postadressen eller ord som «flokk» og «passord».',
  'members.error.passwordInvalidCharacter': 'Første passord: inneholder et tegn som ikke kan brukes.',
  'members.error.lastOwnerRemove':
    'Fjerne: saken må ha minst én eier, så den eneste eieren kan ikke fjernes. Gjør en annen til eier først.',

  'members.colRemove': 'Fjern',
  'members.remove': 'Fjern',
  'members.removeFor': 'Fjern {name} fra saken',
  'members.removed': '{name} er fjernet fra saken.',
  'members.removeConfirm.title': 'Vil du fjerne {name} fra saken?',
  'members.removeConfirm.body':
    '{name} mister tilgangen til saken. Kontoen finnes fortsatt, og du kan legge personen til igjen senere.',
  'members.removeConfirm.self': 'Du fjerner deg selv og mister tilgangen til saken med en gang.',
  'members.removeConfirm.proceed': 'Fjern fra saken',
};
