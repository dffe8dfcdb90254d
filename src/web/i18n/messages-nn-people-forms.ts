/**
 * Nynorsk messages for the input forms on the people screens (Tilsette, Sentralbord).
 * @module
 */
import type { PeopleFormsMessages } from './messages-nb-people-forms.ts';

export const peopleFormsNn: PeopleFormsMessages = {
  'peopleForm.switchboardHeading': 'Føresetnader for sentralbordet',
  'peopleForm.switchboardIntro':
    'Legg inn tal på anrop, opningstider og måla for svartid. Tala blir lagra som ein ny revisjon med kommentar.',
  'peopleForm.workforceHeading': 'Føresetnader for avgang',
  'peopleForm.workforceIntro':
    'Legg inn delane som går av med pensjon og årleg turnover. Tala blir lagra som ein ny revisjon med kommentar.',
  'peopleForm.readerNotice': 'Du har lesetilgang. Berre redaktørar og eigarar kan endre føresetnadene.',
  'peopleForm.valuesCaption': 'Føresetnader som er lagde inn',
  'peopleForm.col.input': 'Føresetnad',
  'peopleForm.col.value': 'Verdi',
  'peopleForm.notEntered': 'Ikkje lagt inn',
  'peopleForm.percent': '{label} (%)',
  'peopleForm.years': '{label} (år)',
  'peopleForm.param.ahtSeconds': 'Gjennomsnittleg behandlingstid (sekund per anrop)',
  'peopleForm.param.targetServiceLevel': 'Servicenivåmål',
  'peopleForm.param.targetSeconds': 'Svartid i målet (sekund)',
  'peopleForm.param.maxOccupancy': 'Høgaste belegg',
  'peopleForm.param.shrinkage': 'Svinn (pausar, møte, fråvær)',
  'peopleForm.param.patienceSeconds': 'Tolmod før innringaren legg på (sekund, valfritt)',
  'peopleForm.param.openWeeksPerYear': 'Veker ope per år',
  'peopleForm.field.earlyRetirementAge': 'Alder for uttak av AFP',
  'peopleForm.field.earlyRetirementShare': 'Del av dei som når AFP-alder som går av då',
  'peopleForm.field.ordinaryRetirementAge': 'Alder for vanleg pensjon',
  'peopleForm.field.ordinaryRetirementShare':
    'Del av dei som framleis arbeider som går av ved vanleg pensjonsalder',
  'peopleForm.field.upperAgeLimit': 'Øvre grense for å stå i stillinga',
  'peopleForm.field.yearlyTurnover': 'Del som sluttar kvart år av andre grunnar',
  'peopleForm.absenceHeading': 'Fråvær',
  'peopleForm.absenceIntro':
    'Legg inn gjennomsnittleg fråvær i prosent av arbeidsdagane for kvar teneste og kommune (snittet for eininga, aldri for ein person). Tala blir lagra som ein ny revisjon med kommentar.',
  'peopleForm.absenceCaption': 'Fråvær i prosent av arbeidsdagane',
  'peopleForm.absenceEmpty': 'Grunnlaget har ingen sentrale tilsette å leggje inn fråvær for.',
  'peopleForm.col.area': 'Teneste og kommune',
  'peopleForm.absence.sickLeave': 'Sjukefråvær (%)',
  'peopleForm.absence.holidays': 'Ferie (%)',
  'peopleForm.absence.other': 'Anna fråvær (%)',
  'peopleForm.absenceCell': '{part}: {area}, {municipality}',
  'peopleForm.missingPart': 'Skriv sjukefråvær og ferie, eller la heile rada stå tom.',
  'peopleForm.hoursLegend': 'Opningstider: {municipality}',
  'peopleForm.hoursHint': 'Skriv tid som 08:00. La begge felta stå tomme for ein stengd dag.',
  'peopleForm.opens': 'Opnar',
  'peopleForm.closes': 'Stengjer',
  'peopleForm.hoursLabel': '{edge} {weekday}, {municipality}',
  'peopleForm.gridCaption': 'Anrop per vekedag og time: {municipality}',
  'peopleForm.gridEmpty': 'Legg inn opningstider for {municipality} for å fylle inn anrop.',
  'peopleForm.weekday': 'Vekedag',
  'peopleForm.cellLabel': 'Anrop {weekday} kl. {time}, {municipality}',
  'peopleForm.fillLabel': 'Same tal på anrop i alle opne timar: {municipality}',
  'peopleForm.fill': 'Fyll inn alle opne timar',
  'peopleForm.fillDone': 'Alle opne timar for {municipality} er fylte inn.',
  'peopleForm.invalidTime': 'Skriv eit klokkeslett, til dømes 08:00.',
  'peopleForm.missingCalls': 'Skriv talet på anrop (0 om ingen).',
  'peopleForm.provenanceLegend': 'Kjelde for tala du endrar',
  'peopleForm.provenanceHint':
    'Alle nye tal må ha ei kjelde. Har ingen fastsett talet enno, merk det som plasshaldar: Flokk brukar det berre for å kunne rekne, og viser det som «Plasshaldar – ikkje fastsett» overalt der det blir brukt. Du kan skrive kva rolle som bør fastsetje talet, men ikkje som om nokon har gjort det.',
  'peopleForm.documentRequired': 'Vel kjeldedokumentet.',
};
