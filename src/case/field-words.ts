/**
 * The words for the fields and lists of a case document in bokmål, nynorsk and English, worded as the forms
 * label them (the baseline editor, the scenario and process forms), for `field-label.ts`. A key that is not
 * here is shown split into words; adding it here is all it takes to give it a proper name.
 * @module
 */
import type { Language } from '../i18n/language.ts';
import { OPERATIONS_FIELD_WORDS, OPERATIONS_VALUE_WORDS } from './operations/operations-words.ts';
import { SCENARIO_FIELD_WORDS } from './scenario/scenario-words.ts';

export type Words = Record<Language, string>;

const w = (nb: string, nn: string, en: string): Words => ({ nb, nn, en });

/** Top-level lists and fields: what one item of them is called. */
export const COLLECTION_WORDS: Record<string, Words> = {
  baseline: w('Grunnlag', 'Grunnlag', 'Baseline'),
  documentedTotals: w('Sum oppgitt i kilden', 'Sum oppgitt i kjelda', 'Total given in the source'),
  sources: w('Kilde', 'Kjelde', 'Source'),
  participants: w('Kommune', 'Kommune', 'Municipality'),
  combinedPopulation: w('Samlet folketall', 'Samla folketal', 'Combined population'),
  serviceAreas: w('Tjenesteområde', 'Tenesteområde', 'Service area'),
  scenarios: w('Scenario', 'Scenario', 'Scenario'),
  milestones: w('Milepæl', 'Milepæl', 'Milestone'),
  meetings: w('Møte', 'Møte', 'Meeting'),
  resolutions: w('Innstilling eller vedtak', 'Innstilling eller vedtak', 'Recommendation or resolution'),
  bodies: w('Organ', 'Organ', 'Body'),
  tracks: w('Spor', 'Spor', 'Track'),
  decisions: w('Beslutning', 'Avgjerd', 'Decision'),
  participationMeetings: w('Medvirkningsmøte', 'Medverknadsmøte', 'Participation meeting'),
  staffChanges: w('Endring for de ansatte', 'Endring for dei tilsette', 'Change for the staff'),
  existingCooperations: w('Eksisterende samarbeid', 'Eksisterande samarbeid', 'Existing cooperation'),
  benchmarks: w('Sammenligning', 'Samanlikning', 'Benchmark'),
  grants: w('Tilskudd', 'Tilskot', 'Grant'),
  costGames: w('Kostnadstabell', 'Kostnadstabell', 'Cost table'),
  nonPricedEffects: w('Ikke-prissatt virkning', 'Ikkje-prissett verknad', 'Non-priced effect'),
  criteriaSets: w('Kriteriesett', 'Kriteriesett', 'Criteria set'),
  legalModels: w('Juridisk modell', 'Juridisk modell', 'Legal model'),
  weightingSessions: w('Vekting', 'Vekting', 'Weighting'),
  legalAssessment: w('Juridisk vurdering', 'Juridisk vurdering', 'Legal assessment'),
  publication: w('Publisering', 'Publisering', 'Publication'),
  people: w('Personer', 'Personar', 'People'),
  operations: OPERATIONS_FIELD_WORDS['operations'] as Words,
  title: w('Tittel', 'Tittel', 'Title'),
  summary: w('Sammendrag', 'Samandrag', 'Summary'),
  schemaVersion: w('Skjemaversjon', 'Skjemaversjon', 'Schema version'),
  id: w('Id', 'Id', 'Id'),
};

/** Field names; the baseline's are the baseline editor's labels without the unit, which the value shows. */
export const FIELD_WORDS: Record<string, Words> = {
  // First, so that a word the other forms already use («Beløp», «Kommune») stays theirs.
  ...OPERATIONS_FIELD_WORDS,
  ...SCENARIO_FIELD_WORDS,
  fte: w('Årsverk', 'Årsverk', 'FTE'),
  headcount: w('Antall personer', 'Tal på personar', 'Headcount'),
  labourCost: w('Lønnskostnad', 'Lønnskostnad', 'Labour cost'),
  budgetYear: w('Budsjettår', 'Budsjettår', 'Budget year'),
  ages: w('Alder', 'Alder', 'Age'),
  notes: w('Merknad', 'Merknad', 'Note'),
  note: w('Merknad', 'Merknad', 'Note'),
  scope: w('Sentralt eller desentralt', 'Sentralt eller desentralt', 'Central or decentral'),
  figureBasis: w('Hva tallene gjelder', 'Kva tala gjeld', 'What the figures are'),
  otherCosts: w('Andre årlige kostnader', 'Andre årlege kostnader', 'Other annual costs'),
  amount: w('Beløp', 'Beløp', 'Amount'),
  description: w('Beskrivelse', 'Skildring', 'Description'),
  kind: w('Type', 'Type', 'Kind'),
  sources: w('Kilder', 'Kjelder', 'Sources'),
  source: w('Kilde', 'Kjelde', 'Source'),
  document: w('Dokument', 'Dokument', 'Document'),
  locator: w('Sted i kilden', 'Stad i kjelda', 'Place in the source'),
  date: w('Dato', 'Dato', 'Date'),
  endDate: w('Sluttdato', 'Sluttdato', 'End date'),
  title: w('Tittel', 'Tittel', 'Title'),
  name: w('Navn', 'Namn', 'Name'),
  status: w('Status', 'Status', 'Status'),
  population: w('Folketall', 'Folketal', 'Population'),
  value: w('Verdi', 'Verdi', 'Value'),
  referenceDate: w('Per dato', 'Per dato', 'As of'),
  municipalityNumber: w('Kommunenummer', 'Kommunenummer', 'Municipality number'),
  municipality: w('Kommune', 'Kommune', 'Municipality'),
  areaId: w('Tjenesteområde', 'Tenesteområde', 'Service area'),
  areas: w('Områder', 'Område', 'Areas'),
  caseNumber: w('Saksnummer', 'Saksnummer', 'Case number'),
  bodyId: w('Organ', 'Organ', 'Body'),
  meetingId: w('Møte', 'Møte', 'Meeting'),
  meetingIds: w('Møter', 'Møte', 'Meetings'),
  trackId: w('Spor', 'Spor', 'Track'),
  points: w('Punkter', 'Punkt', 'Points'),
  number: w('Nummer', 'Nummer', 'Number'),
  text: w('Tekst', 'Tekst', 'Text'),
  comment: w('Kommentar', 'Kommentar', 'Comment'),
  provenance: w('Grunnlag', 'Grunnlag', 'Basis'),
  publisher: w('Utgiver', 'Utgjevar', 'Publisher'),
  url: w('Nettadresse', 'Nettadresse', 'Web address'),
  members: w('Medlemmer', 'Medlemer', 'Members'),
  role: w('Rolle', 'Rolle', 'Role'),
  year: w('År', 'År', 'Year'),
  endYear: w('Sluttår', 'Sluttår', 'End year'),
  recurringCosts: w('Nye driftskostnader', 'Nye driftskostnader', 'New running costs'),
  oneOffCosts: w('Etableringskostnader', 'Etableringskostnader', 'Establishment costs'),
  zeroAlternativeCosts: w(
    'Kostnader ved å fortsette alene',
    'Kostnader ved å halde fram åleine',
    'Costs of going on alone',
  ),
  volumes: w('Volum', 'Volum', 'Volumes'),
  baselineFigures: w('Grunnlagstall', 'Grunnlagstal', 'Baseline figures'),
  min: w('Minste verdi', 'Minste verdi', 'Minimum'),
  max: w('Største verdi', 'Største verdi', 'Maximum'),
  low: w('Lav', 'Låg', 'Low'),
  mode: w('Mest sannsynlig', 'Mest sannsynleg', 'Most likely'),
  high: w('Høy', 'Høg', 'High'),
  distribution: w('Fordeling', 'Fordeling', 'Distribution'),
  rate: w('Sats', 'Sats', 'Rate'),
  // People: the forms for retirement, absence and the switchboard (their labels without the unit).
  workforce: w('Avgang', 'Avgang', 'Attrition'),
  earlyRetirementAge: w('Alder for AFP', 'Alder for AFP', 'AFP age'),
  earlyRetirementShare: w('Andel som går av med AFP', 'Del som går av med AFP', 'Share retiring with AFP'),
  ordinaryRetirementAge: w('Vanlig pensjonsalder', 'Vanleg pensjonsalder', 'Ordinary retirement age'),
  ordinaryRetirementShare: w(
    'Andel som går av ved vanlig pensjonsalder',
    'Del som går av ved vanleg pensjonsalder',
    'Share retiring at the ordinary age',
  ),
  upperAgeLimit: w('Øvre aldersgrense', 'Øvre aldersgrense', 'Upper age limit'),
  yearlyTurnover: w('Årlig turnover', 'Årleg turnover', 'Yearly turnover'),
  absenceRates: w('Fravær', 'Fråvær', 'Absence'),
  sickLeave: w('Sykefravær', 'Sjukefråvær', 'Sick leave'),
  holidays: w('Ferie', 'Ferie', 'Holidays'),
  switchboard: w('Sentralbord', 'Sentralbord', 'Switchboard'),
  intervalMinutes: w('Intervall (minutter)', 'Intervall (minutt)', 'Interval (minutes)'),
  ahtSeconds: w(
    'Gjennomsnittlig behandlingstid (sekunder per anrop)',
    'Gjennomsnittleg behandlingstid (sekund per anrop)',
    'Average handling time (seconds per call)',
  ),
  targetServiceLevel: w('Servicenivåmål', 'Servicenivåmål', 'Service level target'),
  targetSeconds: w(
    'Svartid i målet (sekunder)',
    'Svartid i målet (sekund)',
    'Answer time in the target (seconds)',
  ),
  maxOccupancy: w('Høyeste belegg', 'Høgaste belegg', 'Maximum occupancy'),
  shrinkage: w(
    'Svinn (pauser, møter, fravær)',
    'Svinn (pausar, møte, fråvær)',
    'Shrinkage (breaks, meetings, absence)',
  ),
  patienceSeconds: w(
    'Tålmodighet før innringeren legger på (sekunder)',
    'Tolmod før innringaren legg på (sekund)',
    'Patience before the caller hangs up (seconds)',
  ),
  openWeeksPerYear: w('Uker åpent per år', 'Veker ope per år', 'Open weeks per year'),
  municipalities: w('Kommuner', 'Kommunar', 'Municipalities'),
  calls: w('Anrop', 'Anrop', 'Calls'),
  openingHours: w('Åpningstid', 'Opningstid', 'Opening hours'),
  // Participation: the meetings and changes for the staff.
  topic: w('Tema', 'Tema', 'Topic'),
  participants: w('Deltakere', 'Deltakarar', 'Participants'),
  decided: w('Besluttet', 'Avgjort', 'Decided'),
  minutesReference: w('Referat', 'Referat', 'Minutes'),
  changeIds: w('Endringer for de ansatte', 'Endringar for dei tilsette', 'Changes for the staff'),
  serviceAreaIds: w('Tjenesteområder', 'Tenesteområde', 'Service areas'),
  decisionMeetingIds: w('Vedtaksmøter', 'Vedtaksmøte', 'Decision meetings'),
  decisionDate: w('Vedtaksdato', 'Vedtaksdato', 'Decision date'),
  contact: w('Kontakt', 'Kontakt', 'Contact'),
  nb: w('Bokmål', 'Bokmål', 'Bokmål'),
  nn: w('Nynorsk', 'Nynorsk', 'Nynorsk'),
  en: w('Engelsk', 'Engelsk', 'English'),
};

/** The age fields as the baseline editor labels them (`ages.max` is «Høyeste alder»). */
export const AGE_WORDS: Record<string, Words> = {
  min: w('Laveste alder', 'Lågaste alder', 'Lowest age'),
  max: w('Høyeste alder', 'Høgaste alder', 'Highest age'),
  value: w('Alder', 'Alder', 'Age'),
  kind: w('Alder oppgitt som', 'Alder oppgitt som', 'Age given as'),
  bands: w('Aldersgrupper', 'Aldersgrupper', 'Age bands'),
};

/** Words inside a label and a value, not field names. */
export const PHRASES = {
  theCase: w('Saken', 'Saka', 'The case'),
  numbered: w('nr. {n}', 'nr. {n}', 'no. {n}'),
  decentral: w('(desentralt)', '(desentralt)', '(decentral)'),
  sourceOf: w('kilde for {field}', 'kjelde for {field}', 'source of {field}'),
  basisOf: w('grunnlag for {field}', 'grunnlag for {field}', 'basis of {field}'),
  point: w('pkt. {n}', 'pkt. {n}', 'item {n}'),
  none: w('(ingen)', '(ingen)', '(none)'),
  yes: w('ja', 'ja', 'yes'),
  no: w('nei', 'nei', 'no'),
  asOf: w('per {date}', 'per {date}', 'as of {date}'),
  placeholder: w('plassholder – ikke fastsatt', 'plasshaldar – ikkje fastsett', 'placeholder – not set'),
  toBeSetBy: w('bør fastsettes av {role}', 'bør fastsetjast av {role}', 'to be set by {role}'),
  decision: w(
    'vedtak {resolution} pkt. {point}',
    'vedtak {resolution} pkt. {point}',
    'resolution {resolution} item {point}',
  ),
  ageRange: w('{min}–{max} år', '{min}–{max} år', '{min}–{max} years'),
  ageSingle: w('{value} år', '{value} år', '{value} years'),
  ageBand: w('{from}–{to} år: {count}', '{from}–{to} år: {count}', '{from}–{to} years: {count}'),
} satisfies Record<string, Words>;

/** Values of the document's enums that people read, as the pages show them. */
export const VALUE_WORDS: Record<string, Words> = {
  ...OPERATIONS_VALUE_WORDS,
  central: w('sentral enhet', 'sentral eining', 'central unit'),
  decentral: w('desentralt i enhetene', 'desentralt i einingane', 'decentral, in other units'),
  budget: w('budsjett', 'budsjett', 'budget'),
  asOfDocument: w('per dato', 'per dato', 'as of date'),
  systems: w('Systemer', 'System', 'Systems'),
  premises: w('Lokaler', 'Lokale', 'Premises'),
  travel: w('Reiser', 'Reiser', 'Travel'),
  other: w('Annet', 'Anna', 'Other'),
  planned: w('Planlagt', 'Planlagd', 'Planned'),
  done: w('Gjennomført', 'Gjennomført', 'Done'),
  moved: w('Flyttet', 'Flytta', 'Moved'),
  cancelled: w('Avlyst', 'Avlyst', 'Cancelled'),
  proposed: w('Foreslått', 'Føreslått', 'Proposed'),
  adopted: w('Vedtatt', 'Vedteke', 'Adopted'),
  amended: w('Endret', 'Endra', 'Amended'),
  rejected: w('Avvist', 'Avvist', 'Rejected'),
  postponed: w('Utsatt', 'Utsett', 'Postponed'),
  recommendation: w('Innstilling', 'Innstilling', 'Recommendation'),
  resolution: w('Vedtak', 'Vedtak', 'Resolution'),
};

/** The fields whose values are kroner. */
export const NOK_FIELDS = new Set(['labourCost', 'amount', 'cost', 'documented', 'computed', 'difference']);
/** The fields whose values are years, shown without a thousands space. */
export const YEAR_FIELDS = new Set([
  'budgetYear',
  'year',
  'baseYear',
  'startYear',
  'endYear',
  'firstYear',
  'budgetFirstYear',
]);

/** The words for `key` in `table`, if it has its own: a path from a file may say `constructor` or `valueOf`. */
export function wordsFor(table: Record<string, Words>, key: string): Words | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}

/** `{name}` placeholders filled in. */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (whole, key: string) =>
    values[key] === undefined ? whole : String(values[key]),
  );
}
