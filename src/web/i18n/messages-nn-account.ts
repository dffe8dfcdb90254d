/**
 * Nynorsk messages for what users create, remove and change themselves: new and deleted scenarios, new and
 * archived cases, and one's own password.
 * @module
 */
import type { accountNb } from './messages-nb-account.ts';

export const accountNn: Record<keyof typeof accountNb, string> = {
  'scenarioNew.heading': 'Nytt scenario',
  'scenarioNew.intro':
    'Lag eit nytt scenario som ein kopi av eit anna, til dømes for å prøve «utan Melhus» eller ein annan fordelingsnøkkel, eller start med eit tomt. Det nye scenarioet blir lagra som ein ny revisjon av saka.',
  'scenarioNew.name': 'Namn på scenarioet',
  'scenarioNew.nameHint': 'Til dømes «Utan Melhus».',
  'scenarioNew.nameMissing': 'Skriv eit namn på scenarioet.',
  'scenarioNew.nameInvalid': 'Namn på scenarioet: {message}',
  'scenarioNew.start': 'Start frå',
  'scenarioNew.copyOf': 'Kopi av «{name}»',
  'scenarioNew.blank': 'Tomt scenario (alle innstillingar er plasshaldarar)',
  'scenarioNew.submit': 'Lag scenario',
  'scenarioNew.creating': 'Lagar scenario …',
  'scenarioNew.errorHeading': 'Scenarioet vart ikkje laga',
  'scenarioNew.conflict':
    'Nokon andre har lagra saka etter at du opna sida. Last sida på nytt og prøv igjen.',

  'scenarioDelete.button': 'Slett',
  'scenarioDelete.title': 'Slette «{name}»?',
  'scenarioDelete.body':
    'Scenarioet blir teke ut av saka som ein ny revisjon. Det kan hentast tilbake frå historikken.',
  'scenarioDelete.cancel': 'Avbryt',
  'scenarioDelete.confirm': 'Slett scenarioet',
  'scenarioDelete.deleting': 'Slettar …',
  'scenarioDelete.failed': 'Scenarioet vart ikkje sletta',
  'scenarioDelete.conflict':
    'Nokon andre har lagra saka etter at du opna sida. Last sida på nytt og prøv igjen.',
  'scenarioDelete.done': 'Scenarioet er sletta.',
  'scenarios.colActions': 'Handlingar',
  'account.title': 'Kontoen min',
  'account.link': 'Byt passord',
  'account.who': 'Du er logga inn som {name} ({email}).',
  'account.passwordHeading': 'Byt passord',
  'account.intro':
    'Skriv passordet du har no, og det nye to gonger. Når passordet er bytt, blir du logga ut på andre maskiner og nettlesarar.',
  'account.current': 'Noverande passord',
  'account.new': 'Nytt passord',
  'account.repeat': 'Gjenta nytt passord',
  'account.currentMissing': 'Noverande passord må fyllast ut.',
  'account.newMissing': 'Nytt passord må fyllast ut.',
  'account.repeatDiffers': 'Gjenta nytt passord: er ikkje likt det nye passordet.',
  'account.fieldMessage': '{field}: {message}',
  'account.submit': 'Byt passord',
  'account.saving': 'Byter passord …',
  'account.errorHeading': 'Passordet vart ikkje bytt',
  'account.changed': 'Passordet er bytt. Bruk det nye passordet neste gong du loggar inn.',
  'modelChoice.pointsInvalid': 'Poeng for {criterion} må vere eit tal mellom 0 og 100.',
  'caseNew.heading': 'Ny sak',
  'caseNew.intro':
    'Lag ei ny sak, tom eller som ein kopi. Ei tom sak har berre kommunane du vel, utan tal: folketal, tenesteområde og scenario legg du inn sjølv, med kjeldene. Ein kopi av ei sak du er redaktør eller eigar av har alle tal, scenario og vedtak med kjeldene sine; innstillingane for den offentlege statussida blir ikkje kopierte. Du blir eigar av den nye saka, og ingen andre er med før du legg dei til.',
  'caseNew.title': 'Tittel på saka',
  'caseNew.titleMissing': 'Skriv ein tittel på saka.',
  'caseNew.titleInvalid': 'Tittel på saka: {message}',
  'caseNew.start': 'Start frå',
  'caseNew.startBlank': 'Tom sak',
  'caseNew.startCopy': 'Kopi av ei sak',
  'caseNew.blankFrom': 'Kommunar frå',
  'caseNew.municipalities': 'Kommunar i saka',
  'caseNew.municipalitiesHelp': 'Berre namn og kommunenummer blir med, ikkje folketal eller andre tal.',
  'caseNew.municipalitiesMissing': 'Vel minst éin kommune.',
  'caseNew.municipalitiesLoading': 'Hentar kommunane …',
  'caseNew.source': 'Kopi av',
  'caseNew.copyOf': '«{title}»',
  'caseNew.submit': 'Lag saka',
  'caseNew.creating': 'Lagar saka …',
  'caseNew.errorHeading': 'Saka vart ikkje laga',
  'caseArchive.title': 'Arkiverte saker',
  'caseArchive.link': 'Vis arkiverte saker',
  'caseArchive.back': 'Tilbake til sakene mine',
  'caseArchive.caption': 'Arkiverte saker du er med i',
  'caseArchive.empty': 'Du har ingen arkiverte saker.',
  'caseArchive.colActions': 'Handlingar',
  'caseArchive.archive': 'Arkiver',
  'caseArchive.restore': 'Ta i bruk att',
  'modelChoice.areasLegend': 'Kva tenesteområde skal rangeringa gjelde?',
  'modelChoice.areasHint':
    'Rangeringa tek berre med modellar som er lovlege og eigna for alle områda du kryssar av for. Endringa blir ikkje lagra i saka.',
  'modelChoice.areasNone': 'Kryss av for minst eitt tenesteområde for å sjå rangeringa.',
};
