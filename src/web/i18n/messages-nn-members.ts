/**
 * Nynorsk messages for the members screen (Medlemmer).
 * @module
 */
import type { membersNb } from './messages-nb-members.ts';

export const membersNn: Record<keyof typeof membersNb, string> = {
  'nav.members': 'Medlemmer',
  'loading.members': 'Hentar medlemmene …',

  'members.title': 'Medlemmer',
  'members.intro': 'Her styrer du kven som er med i saka, og kva dei kan gjere.',
  'members.ownerOnlyHeading': 'Berre eigaren kan styre medlemmer',
  'members.ownerOnly':
    'Berre eigaren av saka kan sjå og endre kven som er med. Be eigaren om hjelp om nokon skal leggjast til eller få ei anna rolle.',
  'members.caption': 'Medlemmer i saka og rollene deira',
  'members.colName': 'Namn',
  'members.colEmail': 'E-post',
  'members.colRole': 'Rolle',
  'members.colChange': 'Endre rolle',
  'members.you': '{name} (deg)',
  'members.roleFor': 'Ny rolle for {name}',
  'members.saveRole': 'Lagre rolle',
  'members.saveRoleFor': 'Lagre rolle for {name}',
  'members.roleSaved': '{name} har no rolla {role}.',
  'members.added': '{name} er lagd til som {role}.',
  'members.errorSummary': 'Rett dette:',

  'members.rolesHeading': 'Kva rollene tyder',
  'members.roleHelp.reader': 'Lesar: kan lese saka og ser ikkje alder for små grupper.',
  'members.roleHelp.editor': 'Redaktør: kan endre tal og lagre revisjonar.',
  'members.roleHelp.owner': 'Eigar: kan i tillegg styre medlemmer.',

  'members.add.heading': 'Legg til ein person',
  'members.add.intro':
    'Har personen ein konto frå før, får hen rolla med ein gong. Er e-postadressa ny, blir det laga ein konto med namnet og passordet du skriv inn.',
  'members.field.email': 'E-post',
  'members.field.displayName': 'Namn',
  'members.field.displayNameHint': 'Trengst berre når personen ikkje har ein konto frå før.',
  'members.field.password': 'Første passord',
  'members.field.passwordHint':
    'Minst 12 teikn. Du må sjølv gi passordet vidare på ein trygg måte, til dømes munnleg – ikkje i same e-post som brukarnamnet.',
  'members.field.role': 'Rolle',
  'members.add.submit': 'Legg til',
  'members.saving': 'Lagrar …',

  'members.error.emailInvalid': 'E-post: skriv inn ei gyldig e-postadresse.',
  'members.error.displayNameRequired': 'Namn: må fyllast ut når personen ikkje har ein konto frå før.',
  'members.error.passwordRequired': 'Første passord: må fyllast ut når personen ikkje har ein konto frå før.',
  'members.error.passwordTooShort': 'Første passord: må ha minst 12 teikn.',
  'members.error.lastOwner': 'Rolle: saka må ha minst éin eigar. Gjer ein annan til eigar først.',

  'members.confirm.title': 'Vil du endre rolla?',
  'members.confirm.self':
    'Du gjer deg sjølv til {role}. Då kan du ikkje lenger styre medlemmer i saka, og du kan ikkje angre det sjølv.',
  'members.confirm.lastOwner':
    '{name} er den einaste eigaren. Saka må ha minst éin eigar, så endringa blir avvist til nokon andre er eigar.',
  'members.confirm.proceed': 'Endre rolla',
  'members.confirm.cancel': 'Avbryt',

  'members.add.introAlways':
    'Skriv alltid inn namn og eit første passord. Har personen ein konto frå før, får hen rolla og held på sitt eige namn og passord.',
  'members.field.displayNameHintAlways': 'Blir brukt når personen ikkje har ein konto frå før.',
  'members.field.passwordHintPolicy':
    'Minst 12 teikn, gjerne fleire ord. Vanlege passord, rekkjer som 123456 og passord som liknar namnet eller e-postadressa blir avviste. Gi passordet vidare på ein trygg måte, til dømes munnleg – ikkje i same e-post som brukarnamnet.',
  'members.error.displayNameMissing': 'Namn: må fyllast ut.',
  'members.error.passwordMissing': 'Første passord: må fyllast ut.',
  'members.error.displayNameInvalid': 'Namn: {message}',
  'members.error.passwordTooLong': 'Første passord: kan ha høgst 1024 teikn.',
  'members.error.passwordTrivial':
    'Første passord: er for lett å gjette (berre mellomrom, same teiknet om att eller ei rekkje som 123456 eller qwerty).',
  'members.error.passwordCommon': 'Første passord: er blant dei mest brukte passorda. Vel eit anna.',
  'members.error.passwordContext':
    'Første passord: liknar for mykje på namnet, e-postadressa eller ord som «flokk» og «passord».',
  'members.error.passwordInvalidCharacter': 'Første passord: inneheld eit teikn som ikkje kan brukast.',
  'members.error.lastOwnerRemove':
    'Fjerne: saka må ha minst éin eigar, så den einaste eigaren kan ikkje fjernast. Gjer ein annan til eigar først.',

  'members.colRemove': 'Fjern',
  'members.remove': 'Fjern',
  'members.removeFor': 'Fjern {name} frå saka',
  'members.removed': '{name} er fjerna frå saka.',
  'members.removeConfirm.title': 'Vil du fjerne {name} frå saka?',
  'members.removeConfirm.body':
    '{name} mistar tilgangen til saka. Kontoen finst framleis, og du kan leggje personen til att seinare.',
  'members.removeConfirm.self': 'Du fjernar deg sjølv og mistar tilgangen til saka med ein gong.',
  'members.removeConfirm.proceed': 'Fjern frå saka',
};
