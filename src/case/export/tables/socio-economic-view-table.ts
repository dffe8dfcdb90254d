/**
 * «Samfunnsøkonomisk visning»: the cooperation as society sees it, per year (real kroner of the base year,
 * grants left out as transfers, the tax financing cost), then the net present values under the table, all
 * from the same analysis as the scenario page.
 * @module
 */
import { formatNumber } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import { localize } from '../../process/localize.ts';
import type { ExportCell, ExportTableBuilder } from '../export-table.ts';
import { tableScenario } from './scenario-analysis.ts';
import { citedSources, placeholderNote, placeholderSources, say } from './table-helpers.ts';

const SHEET = { nb: 'Samfunnsøkonomisk visning', nn: 'Samfunnsøkonomisk vising', en: 'Socio-economic view' };

const WORDS = {
  nb: {
    title: (scenario: string, baseYear: number) =>
      `Samfunnsøkonomisk virkning per år for «${scenario}» (${baseYear}-kroner, faste priser), med nåverdiene under.`,
    line: 'Post',
    unit: 'kr',
    npvColumn: 'Nåverdi (kr)',
    resource: 'Ressursvirkning (uten tilskudd)',
    transfers: 'Tilskudd holdt utenfor (overføring)',
    tax: (rate: string) => `Skattefinansieringskostnad (${rate})`,
    net: 'Netto for samfunnet',
    npvPeriod: (years: number) => `Nåverdi i analyseperioden (${years} år)`,
    residual: 'Restverdi',
    npv: 'Samfunnsøkonomisk netto nåverdi',
    terms:
      'Tilskudd fra staten er en overføring mellom offentlige budsjetter, ikke en gevinst for samfunnet, og holdes utenfor. Skattefinansieringskostnaden er kostnaden ved å skaffe skattekroner. Restverdien er nåverdien av årene etter analyseperioden i levetiden. Nåverdi er summen av årene omregnet til verdien i dag med kalkulasjonsrenten.',
  },
  nn: {
    title: (scenario: string, baseYear: number) =>
      `Samfunnsøkonomisk verknad per år for «${scenario}» (${baseYear}-kroner, faste prisar), med noverdiane under.`,
    line: 'Post',
    unit: 'kr',
    npvColumn: 'Noverdi (kr)',
    resource: 'Ressursverknad (utan tilskot)',
    transfers: 'Tilskot haldne utanfor (overføring)',
    tax: (rate: string) => `Skattefinansieringskostnad (${rate})`,
    net: 'Netto for samfunnet',
    npvPeriod: (years: number) => `Noverdi i analyseperioden (${years} år)`,
    residual: 'Restverdi',
    npv: 'Samfunnsøkonomisk netto noverdi',
    terms:
      'Tilskot frå staten er ei overføring mellom offentlege budsjett, ikkje ein vinst for samfunnet, og blir haldne utanfor. Skattefinansieringskostnaden er kostnaden ved å skaffe skattekroner. Restverdien er noverdien av åra etter analyseperioden i levetida. Noverdi er summen av åra rekna om til verdien i dag med kalkulasjonsrenta.',
  },
  en: {
    title: (scenario: string, baseYear: number) =>
      `Socio-economic effect per year for «${scenario}» (${baseYear} kroner, real prices), with the net present values below.`,
    line: 'Item',
    unit: 'NOK',
    npvColumn: 'Net present value (NOK)',
    resource: 'Resource effect (without grants)',
    transfers: 'Grants left out (transfer)',
    tax: (rate: string) => `Tax financing cost (${rate})`,
    net: 'Net for society',
    npvPeriod: (years: number) => `Net present value over the analysis period (${years} years)`,
    residual: 'Residual value',
    npv: 'Socio-economic net present value',
    terms:
      "Government grants are transfers between public budgets, not a gain for society, and are left out. The tax financing cost is the cost of raising tax kroner. The residual value is the present value of the lifetime's years after the analysis period. A net present value is the years' sum converted to today's value with the discount rate.",
  },
} satisfies Record<Language, unknown>;

export const socioEconomicViewTable: ExportTableBuilder = (document, context) => {
  const found = tableScenario(document, context);
  if (!found) return null;
  const { scenario, analysis } = found;
  const { language } = context;
  const w = say(language, WORDS);
  const view = analysis.socioEconomic;
  const c = view.convention;
  const sheetName = say(language, SHEET);
  const rate = `${formatNumber(c.taxFinancingRate * 100, 0)} %`;
  // An empty cell is a figure that does not apply (a present value has no years), never one the sources lack.
  const blanks = view.years.map(() => '');
  const yearly = (label: string, values: readonly number[], npv: number | null): ExportCell[] => [
    label,
    ...values.map((v) => Math.round(v)),
    npv === null ? '' : Math.round(npv),
  ];
  const rows: ExportCell[][] = [
    yearly(w.resource, view.resourceEffect, view.npvResource),
    yearly(w.transfers, view.transfersLeftOut, null),
    yearly(w.tax(rate), view.taxFinancing, view.npvTaxFinancing),
    yearly(w.net, view.net, null),
    [w.npvPeriod(c.analysisPeriodYears), ...blanks, Math.round(view.npvAnalysisPeriod)],
    [w.residual, ...blanks, Math.round(view.residualValue)],
    [w.npv, ...blanks, Math.round(view.npv)],
  ];
  const placeholders = analysis.placeholders.placeholders;
  return {
    id: 'socio-economic-view',
    sheetName,
    title: w.title(localize(scenario.name, language), c.baseYear),
    columns: [
      { header: w.line, format: 'text' },
      ...view.years.map((year) => ({ header: `${year} (${w.unit})`, format: 'nok' as const })),
      { header: w.npvColumn, format: 'nok' },
    ],
    rows,
    notes: [w.terms, ...placeholderNote(placeholders, language)],
    sources: [
      ...placeholderSources(placeholders, sheetName, language),
      ...citedSources(document, scenario, sheetName, language),
    ],
  };
};
