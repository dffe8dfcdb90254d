/**
 * «Budsjettvisning»: the net effect in nominal kroner over the four years of the økonomiplan, per municipality
 * and in total, from the same analysis as the scenario page. Whole kroner; the spreadsheet formats them.
 * @module
 */
import { formatNumber } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import { localize } from '../../process/localize.ts';
import type { ExportCell, ExportTableBuilder } from '../export-table.ts';
import { tableScenario } from './scenario-analysis.ts';
import {
  citedSources,
  inCaseOrder,
  municipalityName,
  placeholderNote,
  placeholderSources,
  say,
} from './table-helpers.ts';

const SHEET = { nb: 'Budsjettvisning', nn: 'Budsjettvising', en: 'Budget view' };

const WORDS = {
  nb: {
    title: (scenario: string, inflation: string) =>
      `Netto virkning for «${scenario}» i løpende kroner over økonomiplanperioden (prisvekst ${inflation} per år). Positivt tall er en gevinst for kommunen.`,
    municipality: 'Kommune',
    total: 'Totalt',
    unit: 'kr',
    missing: (years: string) => `Disse årene i økonomiplanperioden er utenfor analyseperioden: ${years}.`,
  },
  nn: {
    title: (scenario: string, inflation: string) =>
      `Netto verknad for «${scenario}» i løpande kroner over økonomiplanperioden (prisvekst ${inflation} per år). Positivt tal er ein vinst for kommunen.`,
    municipality: 'Kommune',
    total: 'Totalt',
    unit: 'kr',
    missing: (years: string) => `Desse åra i økonomiplanperioden er utanfor analyseperioden: ${years}.`,
  },
  en: {
    title: (scenario: string, inflation: string) =>
      `Net effect for «${scenario}» in nominal kroner over the economic plan period (price growth ${inflation} a year). A positive figure is a gain for the municipality.`,
    municipality: 'Municipality',
    total: 'Total',
    unit: 'NOK',
    missing: (years: string) =>
      `These years of the economic plan period lie outside the analysis period: ${years}.`,
  },
} satisfies Record<Language, unknown>;

export const budgetViewTable: ExportTableBuilder = (document, context) => {
  const found = tableScenario(document, context);
  if (!found) return null;
  const { scenario, analysis } = found;
  const { language } = context;
  const w = say(language, WORDS);
  const budget = analysis.budget;
  const sheetName = say(language, SHEET);
  const rows: ExportCell[][] = [
    ...inCaseOrder(document, Object.keys(budget.perMunicipality)).map((m) => [
      municipalityName(document, m),
      ...(budget.perMunicipality[m] ?? []),
    ]),
    [w.total, ...budget.total],
  ];
  const placeholders = analysis.placeholders.placeholders;
  return {
    id: 'budget-view',
    sheetName,
    title: w.title(localize(scenario.name, language), `${formatNumber(budget.inflation * 100, 1)} %`),
    columns: [
      { header: w.municipality, format: 'text' },
      ...budget.years.map((year) => ({ header: `${year} (${w.unit})`, format: 'nok' as const })),
    ],
    rows,
    notes: [
      ...(budget.missingYears.length > 0 ? [w.missing(budget.missingYears.join(', '))] : []),
      ...placeholderNote(placeholders, language),
    ],
    sources: [
      ...placeholderSources(placeholders, sheetName, language),
      ...citedSources(document, scenario, sheetName, language),
    ],
  };
};
