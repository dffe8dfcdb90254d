/**
 * The names of a scenario's settings and cost kinds in bokmål, nynorsk and English, as the scenario form
 * labels them, for the placeholder list that the web, the CLI, the API and the documents share.
 * @module
 */
import type { Language } from '../../i18n/language.ts';

type Words = Record<Language, string>;

const FIELDS = {
  savingsShare: { nb: 'Innsparing', nn: 'Innsparing', en: 'Savings' },
  startYear: { nb: 'Oppstartsår', nn: 'Oppstartsår', en: 'Start year' },
  rampUpYears: { nb: 'År til full effekt', nn: 'År til full effekt', en: 'Years to full effect' },
  attritionCap: { nb: 'Grense for naturlig avgang', nn: 'Grense for naturleg avgang', en: 'Attrition limit' },
  includeDecentral: {
    nb: 'Desentrale årsverk tatt med',
    nn: 'Desentrale årsverk tekne med',
    en: 'Decentral FTE included',
  },
  costKey: {
    nb: 'Fordelingsnøkkel for driften',
    nn: 'Fordelingsnøkkel for drifta',
    en: 'Cost key for running costs',
  },
  oneOffKey: {
    nb: 'Fordelingsnøkkel for engangskostnader',
    nn: 'Fordelingsnøkkel for eingongskostnader',
    en: 'Cost key for one-off costs',
  },
  scale: { nb: 'Stordriftskurve', nn: 'Stordriftskurve', en: 'Economies of scale curve' },
  recurringCost: { nb: 'Ny driftskostnad', nn: 'Ny driftskostnad', en: 'New running cost' },
  oneOffCost: { nb: 'Etableringskostnad', nn: 'Etableringskostnad', en: 'Establishment cost' },
  zeroAlternativeCost: {
    nb: 'Kostnad ved å fortsette alene',
    nn: 'Kostnad ved å halde fram åleine',
    en: 'Cost of going on alone',
  },
  baseYear: { nb: 'Kroneår', nn: 'Kroneår', en: 'Price year' },
  firstYear: { nb: 'Første år i tabellen', nn: 'Første år i tabellen', en: 'First year of the table' },
  horizonYears: { nb: 'Analyseperiode', nn: 'Analyseperiode', en: 'Analysis period' },
  lifetimeYears: { nb: 'Levetid (restverdi)', nn: 'Levetid (restverdi)', en: 'Lifetime (residual value)' },
  discountSchedule: { nb: 'Kalkulasjonsrente', nn: 'Kalkulasjonsrente', en: 'Discount rate' },
  realWageGrowth: { nb: 'Reallønnsvekst', nn: 'Reallønsvekst', en: 'Real wage growth' },
  inflation: {
    nb: 'Pris- og lønnsvekst i budsjettvisningen',
    nn: 'Pris- og lønsvekst i budsjettvisinga',
    en: 'Price and wage growth in the budget view',
  },
  taxFinancingCost: {
    nb: 'Skattefinansieringskostnad',
    nn: 'Skattefinansieringskostnad',
    en: 'Tax financing cost',
  },
  budgetFirstYear: { nb: 'Første budsjettår', nn: 'Første budsjettår', en: 'First budget year' },
} satisfies Record<string, Words>;

export type PlaceholderField = keyof typeof FIELDS;
/** The same names by field, for the labels of the revision history and of validation messages. */
export const SCENARIO_FIELD_WORDS: Record<PlaceholderField, Words> = FIELDS;

const COSTS = {
  projectManagement: { nb: 'Prosjektledelse', nn: 'Prosjektleiing', en: 'Project management' },
  systemHarmonisation: {
    nb: 'Harmonisering av systemer og rutiner',
    nn: 'Harmonisering av system og rutinar',
    en: 'Harmonising systems and routines',
  },
  relocation: { nb: 'Flytting', nn: 'Flytting', en: 'Relocation' },
  ictInvestment: { nb: 'IKT-investeringer', nn: 'IKT-investeringar', en: 'ICT investment' },
  legalWork: { nb: 'Juridisk arbeid', nn: 'Juridisk arbeid', en: 'Legal work' },
  management: { nb: 'Ledelse av enheten', nn: 'Leiing av eininga', en: 'Management of the unit' },
  premises: { nb: 'Lokaler', nn: 'Lokale', en: 'Premises' },
  travel: { nb: 'Reiser', nn: 'Reiser', en: 'Travel' },
  systems: { nb: 'Lisenser og systemer', nn: 'Lisensar og system', en: 'Licences and systems' },
  zeroAlternative: {
    nb: 'Kjente framtidige kostnader ved å fortsette alene (systemfornying, vakanser, lovendringer)',
    nn: 'Kjende framtidige kostnader ved å halde fram åleine (systemfornying, vakansar, lovendringar)',
    en: 'Known future costs of going on alone (system renewal, vacancies, statutory changes)',
  },
} satisfies Record<string, Words>;

export type MissingCostKind = keyof typeof COSTS;

/** «Innsparing – Lønn, regnskap og fakturering». */
export function placeholderField(field: PlaceholderField, language: Language, context?: string): string {
  const name = FIELDS[field][language];
  return context ? `${name} – ${context}` : name;
}

/** «Prosjektledelse – Sentralbord». */
export function missingCostLabel(kind: MissingCostKind, language: Language, areaName: string): string {
  return `${COSTS[kind][language]} – ${areaName}`;
}
