/**
 * Bokmål messages for the input forms on the people screens (Ansatte, Sentralbord).
 * @module
 */
export const peopleFormsNb = {
  'peopleForm.switchboardHeading': 'Forutsetninger for sentralbordet',
  'peopleForm.switchboardIntro':
    'Legg inn anropstall, åpningstider og målene for svartid. Tallene lagres som en ny revisjon med kommentar.',
  'peopleForm.workforceHeading': 'Forutsetninger for avgang',
  'peopleForm.workforceIntro':
    'Legg inn andelene som går av med pensjon og årlig turnover. Tallene lagres som en ny revisjon med kommentar.',
  'peopleForm.readerNotice': 'Du har lesetilgang. Bare redaktører og eiere kan endre forutsetningene.',
  'peopleForm.valuesCaption': 'Forutsetninger som er lagt inn',
  'peopleForm.col.input': 'Forutsetning',
  'peopleForm.col.value': 'Verdi',
  'peopleForm.notEntered': 'Ikke lagt inn',
  'peopleForm.percent': '{label} (%)',
  'peopleForm.years': '{label} (år)',
  'peopleForm.param.ahtSeconds': 'Gjennomsnittlig behandlingstid (sekunder per anrop)',
  'peopleForm.param.targetServiceLevel': 'Servicenivåmål',
  'peopleForm.param.targetSeconds': 'Svartid i målet (sekunder)',
  'peopleForm.param.maxOccupancy': 'Høyeste belegg',
  'peopleForm.param.shrinkage': 'Svinn (pauser, møter, fravær)',
  'peopleForm.param.patienceSeconds': 'Tålmodighet før innringeren legger på (sekunder, valgfritt)',
  'peopleForm.param.openWeeksPerYear': 'Uker åpent per år',
  'peopleForm.field.earlyRetirementAge': 'Alder for uttak av AFP',
  'peopleForm.field.earlyRetirementShare': 'Andel av de som når AFP-alder som går av da',
  'peopleForm.field.ordinaryRetirementAge': 'Alder for vanlig pensjon',
  'peopleForm.field.ordinaryRetirementShare':
    'Andel av de som fortsatt jobber som går av ved vanlig pensjonsalder',
  'peopleForm.field.upperAgeLimit': 'Øvre grense for å stå i stillingen',
  'peopleForm.field.yearlyTurnover': 'Andel som slutter hvert år av andre grunner',
  'peopleForm.absenceHeading': 'Fravær',
  'peopleForm.absenceIntro':
    'Legg inn gjennomsnittlig fravær i prosent av arbeidsdagene for hver tjeneste og kommune (enhetens snitt, aldri en persons). Tallene lagres som en ny revisjon med kommentar.',
  'peopleForm.absenceCaption': 'Fravær i prosent av arbeidsdagene',
  'peopleForm.absenceEmpty': 'Grunnlaget har ingen sentrale ansatte å legge inn fravær for.',
  'peopleForm.col.area': 'Tjeneste og kommune',
  'peopleForm.absence.sickLeave': 'Sykefravær (%)',
  'peopleForm.absence.holidays': 'Ferie (%)',
  'peopleForm.absence.other': 'Annet fravær (%)',
  'peopleForm.absenceCell': '{part}: {area}, {municipality}',
  'peopleForm.missingPart': 'Skriv sykefravær og ferie, eller la hele raden stå tom.',
  'peopleForm.hoursLegend': 'Åpningstider: {municipality}',
  'peopleForm.hoursHint': 'Skriv tid som 08:00. La begge feltene stå tomme for en stengt dag.',
  'peopleForm.opens': 'Åpner',
  'peopleForm.closes': 'Stenger',
  'peopleForm.hoursLabel': '{edge} {weekday}, {municipality}',
  'peopleForm.gridCaption': 'Anrop per ukedag og time: {municipality}',
  'peopleForm.gridEmpty': 'Legg inn åpningstider for {municipality} for å fylle inn anrop.',
  'peopleForm.weekday': 'Ukedag',
  'peopleForm.cellLabel': 'Anrop {weekday} kl. {time}, {municipality}',
  'peopleForm.fillLabel': 'Samme antall anrop i alle åpne timer: {municipality}',
  'peopleForm.fill': 'Fyll inn alle åpne timer',
  'peopleForm.fillDone': 'Alle åpne timer for {municipality} er fylt inn.',
  'peopleForm.invalidTime': 'Skriv et klokkeslett, for eksempel 08:00.',
  'peopleForm.missingCalls': 'Skriv antall anrop (0 hvis ingen).',
  'peopleForm.provenanceLegend': 'Kilde for tallene du endrer',
  'peopleForm.provenanceHint':
    'Alle nye tall må ha en kilde. Har ingen fastsatt tallet ennå, merk det som plassholder: Flokk bruker det bare for å kunne regne, og viser det som «Plassholder – ikke fastsatt» overalt der det brukes. Du kan skrive hvilken rolle som bør fastsette tallet, men ikke som om noen har gjort det.',
  'peopleForm.documentRequired': 'Velg kildedokumentet.',
} as const satisfies Record<string, string>;

export type PeopleFormsMessages = Record<keyof typeof peopleFormsNb, string>;
