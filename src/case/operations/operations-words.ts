/**
 * The names of the operations part's fields in bokmål, nynorsk and English, as the operations forms will
 * label them (budget, a-konto, settlement, benefit plan), for `field-label.ts`, so that a validation message
 * names «Budsjett nr. 1, Drift: fordelingsnøkkel», never a path.
 * @module
 */
import type { Language } from '../../i18n/language.ts';

type Words = Record<Language, string>;
const w = (nb: string, nn: string, en: string): Words => ({ nb, nn, en });

export const OPERATIONS_FIELD_WORDS: Record<string, Words> = {
  operations: w('Drift av samarbeidet', 'Drift av samarbeidet', 'Running the cooperation'),
  units: w('Felles enhet', 'Felles eining', 'Joint unit'),
  budgets: w('Budsjett', 'Budsjett', 'Budget'),
  settlements: w('Avregning', 'Avrekning', 'Settlement'),
  benefitPlans: w('Gevinstplan', 'Gevinstplan', 'Benefit plan'),
  hostMunicipality: w('Vertskommune', 'Vertskommune', 'Host municipality'),
  scenarioId: w('Scenario', 'Scenario', 'Scenario'),
  areaIds: w('Tjenesteområder', 'Tenesteområde', 'Service areas'),
  joins: w('Går inn', 'Går inn', 'Joins'),
  leaves: w('Går ut', 'Går ut', 'Leaves'),
  noticeGiven: w('Oppsagt', 'Oppsagt', 'Notice given'),
  noticeMonths: w('Oppsigelsestid (måneder)', 'Oppseiingstid (månader)', 'Notice (months)'),
  dimensions: w('Kontodimensjoner', 'Kontodimensjonar', 'Account dimensions'),
  ledgerColumns: w('Kolonner i regnskapsfilen', 'Kolonnar i rekneskapsfila', 'Columns of the ledger file'),
  account: w('Art (konto)', 'Art (konto)', 'Account'),
  responsibility: w('Ansvar', 'Ansvar', 'Responsibility'),
  function: w('Funksjon', 'Funksjon', 'Function'),
  project: w('Prosjekt', 'Prosjekt', 'Project'),
  decimal: w('Desimaltegn', 'Desimalteikn', 'Decimal sign'),
  headerRow: w('Overskriftsrad', 'Overskriftsrad', 'Header row'),
  surplusPolicy: w('Overskudd', 'Overskot', 'Surplus'),
  fundOpening: w('Fond ved start', 'Fond ved start', 'Opening fund'),
  unitId: w('Felles enhet', 'Felles eining', 'Joint unit'),
  components: w('Budsjettdel', 'Budsjettdel', 'Budget component'),
  key: w('Fordelingsnøkkel', 'Fordelingsnøkkel', 'Cost key'),
  keyProvenance: w('Grunnlag for fordelingsnøkkel', 'Grunnlag for fordelingsnøkkel', 'Basis of the cost key'),
  margin: w('Påslag', 'Påslag', 'Margin'),
  accountLines: w('Kontolinjer', 'Kontolinjer', 'Account lines'),
  phaseIn: w('Innfasing', 'Innfasing', 'Phase-in'),
  oldShares: w('Gammel fordeling', 'Gammal fordeling', 'Old split'),
  share: w('Andel', 'Del', 'Share'),
  years: w('År', 'År', 'Years'),
  ledgerRules: w('Kobling til budsjettdel', 'Kopling til budsjettdel', 'Mapping to component'),
  component: w('Budsjettdel', 'Budsjettdel', 'Budget component'),
  aKontoPeriods: w('A-konto-termin', 'A-konto-termin', 'A-konto period'),
  dueDate: w('Forfallsdato', 'Forfallsdato', 'Due date'),
  ledger: w('Regnskapsfil', 'Rekneskapsfil', 'Ledger file'),
  fingerprint: w('Fingeravtrykk', 'Fingeravtrykk', 'Fingerprint'),
  fileName: w('Filnavn', 'Filnamn', 'File name'),
  lines: w('Linjer', 'Linjer', 'Lines'),
  actualPerComponent: w('Regnskap per budsjettdel', 'Rekneskap per budsjettdel', 'Actual per component'),
  componentId: w('Budsjettdel', 'Budsjettdel', 'Budget component'),
  unmapped: w('Linjer uten budsjettdel', 'Linjer utan budsjettdel', 'Lines without a component'),
  paidOnAccount: w('Betalt a-konto', 'Betalt a-konto', 'Paid on account'),
  recordedOn: w('Registrert', 'Registrert', 'Recorded'),
  benefit: w('Gevinst', 'Gevinst', 'Benefit'),
  indicator: w('Indikator', 'Indikator', 'Indicator'),
  studyFigure: w('Tall fra utredningen', 'Tal frå utgreiinga', 'Figure from the study'),
  target: w('Mål', 'Mål', 'Target'),
  direction: w('Retning', 'Retning', 'Direction'),
  tolerance: w('Toleranse', 'Toleranse', 'Tolerance'),
  benefitOwner: w('Gevinstansvarlig (rolle)', 'Gevinstansvarleg (rolle)', 'Benefit owner (role)'),
  measures: w('Tiltak', 'Tiltak', 'Measures'),
  measurements: w('Måling', 'Måling', 'Measurement'),
};

/** Values of the operations enums, as the forms will show them. */
export const OPERATIONS_VALUE_WORDS: Record<string, Words> = {
  mandatory: w('Obligatorisk drift', 'Obligatorisk drift', 'Mandatory operations'),
  optIn: w('Valgfritt prosjekt', 'Valfritt prosjekt', 'Opt-in project'),
  direct: w('Direkte kostnad', 'Direkte kostnad', 'Direct cost'),
  serviceSale: w('Tjenestesalg', 'Tenestesal', 'Service sale'),
  'to-fund': w('Til fond', 'Til fond', 'To the fund'),
  'to-members': w('Tilbake til medlemmene', 'Tilbake til medlemene', 'Back to the members'),
  higherIsBetter: w('Høyere er bedre', 'Høgare er betre', 'Higher is better'),
  lowerIsBetter: w('Lavere er bedre', 'Lågare er betre', 'Lower is better'),
};
