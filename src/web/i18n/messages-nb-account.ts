/**
 * Bokmål messages for what users create, remove and change themselves: new and deleted scenarios, new and
 * archived cases, and one's own password.
 * @module
 */
export const accountNb = {
  'scenarioNew.heading': 'Nytt scenario',
  'scenarioNew.intro':
    'Lag et nytt scenario som en kopi av et annet, for eksempel for å prøve «uten Melhus» eller en annen fordelingsnøkkel, eller start med et tomt. Det nye scenarioet lagres som en ny revisjon av saken.',
  'scenarioNew.name': 'Navn på scenarioet',
  'scenarioNew.nameHint': 'For eksempel «Uten Melhus».',
  'scenarioNew.nameMissing': 'Skriv et navn på scenarioet.',
  'scenarioNew.nameInvalid': 'Navn på scenarioet: {message}',
  'scenarioNew.start': 'Start fra',
  'scenarioNew.copyOf': 'Kopi av «{name}»',
  'scenarioNew.blank': 'Tomt scenario (alle innstillinger er plassholdere)',
  'scenarioNew.submit': 'Lag scenario',
  'scenarioNew.creating': 'Lager scenario …',
  'scenarioNew.errorHeading': 'Scenarioet ble ikke laget',
  'scenarioNew.conflict':
    'Noen andre har lagret saken etter at du åpnet siden. Last siden på nytt og prøv igjen.',

  'scenarioDelete.button': 'Slett',
  'scenarioDelete.title': 'Slette «{name}»?',
  'scenarioDelete.body':
    'Scenarioet tas ut av saken som en ny revisjon. Det kan hentes tilbake fra historikken.',
  'scenarioDelete.cancel': 'Avbryt',
  'scenarioDelete.confirm': 'Slett scenarioet',
  'scenarioDelete.deleting': 'Sletter …',
  'scenarioDelete.failed': 'Scenarioet ble ikke slettet',
  'scenarioDelete.conflict':
    'Noen andre har lagret saken etter at du åpnet siden. Last siden på nytt og prøv igjen.',
  'scenarioDelete.done': 'Scenarioet er slettet.',
  'scenarios.colActions': 'Handlinger',
  'account.title': 'Min konto',
  'account.link': 'Bytt passord',
  'account.who': 'Du er logget inn som {name} ({email}).',
  'account.passwordHeading': 'Bytt passord',
  'account.intro':
    'Skriv passordet du har nå, og det nye to ganger. Når passordet er byttet, blir du logget ut på andre maskiner og nettlesere.',
  'account.current': 'Nåværende passord',
  'account.new': 'Nytt passord',
  'account.repeat': 'Gjenta nytt passord',
  'account.currentMissing': 'Nåværende passord må fylles ut.',
  'account.newMissing': 'Nytt passord må fylles ut.',
  'account.repeatDiffers': 'Gjenta nytt passord: er ikke likt det nye passordet.',
  'account.fieldMessage': '{field}: {message}',
  'account.submit': 'Bytt passord',
  'account.saving': 'Bytter passord …',
  'account.errorHeading': 'Passordet ble ikke byttet',
  'account.changed': 'Passordet er byttet. Bruk det nye passordet neste gang du logger inn.',
  'modelChoice.pointsInvalid': 'Poeng for {criterion} må være et tall mellom 0 og 100.',
  'caseNew.heading': 'Ny sak',
  'caseNew.intro':
    'Lag en ny sak som en kopi av en sak du er redaktør eller eier av: alle tall, scenarier og vedtak med kildene sine. Du blir eier av den nye saken, og ingen andre er med før du legger dem til. Innstillingene for den offentlige statussiden kopieres ikke.',
  'caseNew.title': 'Tittel på saken',
  'caseNew.titleMissing': 'Skriv en tittel på saken.',
  'caseNew.titleInvalid': 'Tittel på saken: {message}',
  'caseNew.source': 'Kopi av',
  'caseNew.copyOf': '«{title}»',
  'caseNew.submit': 'Lag saken',
  'caseNew.creating': 'Lager saken …',
  'caseNew.errorHeading': 'Saken ble ikke laget',
  'caseArchive.title': 'Arkiverte saker',
  'caseArchive.link': 'Vis arkiverte saker',
  'caseArchive.back': 'Tilbake til mine saker',
  'caseArchive.caption': 'Arkiverte saker du er med i',
  'caseArchive.empty': 'Du har ingen arkiverte saker.',
  'caseArchive.colActions': 'Handlinger',
  'caseArchive.archive': 'Arkiver',
  'caseArchive.restore': 'Ta i bruk igjen',
  'modelChoice.areasLegend': 'Hvilke tjenesteområder skal rangeringen gjelde?',
  'modelChoice.areasHint':
    'Rangeringen tar bare med modeller som er lovlige og egnet for alle områdene du krysser av for. Endringen lagres ikke i saken.',
  'modelChoice.areasNone': 'Kryss av for minst ett tjenesteområde for å se rangeringen.',
};
