/**
 * «Kontantstrøm per kommune og år»: the scenario page's cash-flow table, from the same analysis. One row per
 * municipality with its net effect per year and the sum, followed by the lines it is made of (cost today,
 * share of the joint unit, of one-off costs, of grants), then the total. Whole kroner of the base year.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import type { CashFlowLineKind } from '../../../engine/economics/scenario-cash-flows.ts';
import { localize } from '../../process/localize.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import type { ExportCell, ExportTableBuilder } from '../export-table.ts';
import { tableScenario } from './scenario-analysis.ts';
import {
  areaName,
  citedSources,
  inCaseOrder,
  municipalityName,
  placeholderNote,
  placeholderSources,
  say,
} from './table-helpers.ts';

const SHEET = { nb: 'Kontantstrøm', nn: 'Kontantstraum', en: 'Cash flows' };

const WORDS = {
  nb: {
    title: (scenario: string, baseYear: number) =>
      `Netto virkning per kommune og år for «${scenario}» (${baseYear}-kroner, faste priser). Positivt tall er en gevinst for kommunen.`,
    municipality: 'Kommune',
    line: 'Post',
    net: 'Netto virkning',
    total: 'Totalt',
    sum: 'Sum (kr)',
    lines: {
      costToday: 'Kostnad i dag',
      jointUnitShare: 'Andel av felles enhet',
      oneOffShare: 'Andel av engangskostnader',
      grantShare: 'Andel av tilskudd',
    },
  },
  nn: {
    title: (scenario: string, baseYear: number) =>
      `Netto verknad per kommune og år for «${scenario}» (${baseYear}-kroner, faste prisar). Positivt tal er ein vinst for kommunen.`,
    municipality: 'Kommune',
    line: 'Post',
    net: 'Netto verknad',
    total: 'Totalt',
    sum: 'Sum (kr)',
    lines: {
      costToday: 'Kostnad i dag',
      jointUnitShare: 'Del av felles eining',
      oneOffShare: 'Del av eingongskostnader',
      grantShare: 'Del av tilskot',
    },
  },
  en: {
    title: (scenario: string, baseYear: number) =>
      `Net effect per municipality and year for «${scenario}» (${baseYear} kroner, real prices). A positive figure is a gain for the municipality.`,
    municipality: 'Municipality',
    line: 'Item',
    net: 'Net effect',
    total: 'Total',
    sum: 'Sum (NOK)',
    lines: {
      costToday: 'Cost today',
      jointUnitShare: 'Share of the joint unit',
      oneOffShare: 'Share of one-off costs',
      grantShare: 'Share of grants',
    },
  },
} satisfies Record<Language, unknown>;

/** The page's order of a municipality's lines: by kind, then in the scenario's order of areas. */
const KIND_ORDER: readonly CashFlowLineKind[] = ['costToday', 'jointUnitShare', 'oneOffShare', 'grantShare'];

const sum = (values: readonly number[]) => values.reduce((s, v) => s + v, 0);

function sourceName(document: CaseDocument, kind: CashFlowLineKind, id: string, language: Language): string {
  if (kind !== 'grantShare') return areaName(document, id, language);
  const grant = document.grants.find((g) => g.id === id);
  return grant ? localize(grant.name, language) : id;
}

export const cashFlowsTable: ExportTableBuilder = (document, context) => {
  const found = tableScenario(document, context);
  if (!found) return null;
  const { scenario, analysis } = found;
  const { language } = context;
  const w = say(language, WORDS);
  const flows = analysis.cashFlows;
  const sheetName = say(language, SHEET);
  const row = (who: string, line: string, values: readonly number[]): ExportCell[] => [
    who,
    line,
    ...values,
    sum(values),
  ];
  const rows: ExportCell[][] = [];
  for (const m of inCaseOrder(document, Object.keys(flows.perMunicipality))) {
    const name = municipalityName(document, m);
    rows.push(row(name, w.net, flows.perMunicipality[m] ?? []));
    flows.lines
      .filter((line) => line.municipality === m)
      .map((line, order) => ({ line, order }))
      .sort((a, b) => KIND_ORDER.indexOf(a.line.kind) - KIND_ORDER.indexOf(b.line.kind) || a.order - b.order)
      .forEach(({ line }) =>
        rows.push(
          row(
            name,
            `${w.lines[line.kind]} – ${sourceName(document, line.kind, line.sourceId, language)}`,
            line.values,
          ),
        ),
      );
  }
  rows.push(row(w.total, w.net, flows.total));
  const placeholders = analysis.placeholders.placeholders;
  return {
    id: 'cash-flows',
    sheetName,
    title: w.title(localize(scenario.name, language), flows.baseYear),
    columns: [
      { header: w.municipality, format: 'text' },
      { header: w.line, format: 'text' },
      ...flows.years.map((year) => ({
        header: `${year} (${language === 'en' ? 'NOK' : 'kr'})`,
        format: 'nok' as const,
      })),
      { header: w.sum, format: 'nok' },
    ],
    rows,
    notes: placeholderNote(placeholders, language),
    sources: [
      ...placeholderSources(placeholders, sheetName, language),
      ...citedSources(document, scenario, sheetName, language),
    ],
  };
};
