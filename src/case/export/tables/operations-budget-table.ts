/**
 * «Driftsbudsjett»: a joint unit's budget for a year, one row per component and municipality: the component,
 * its kind, its amount, its key in words, the municipality's share of it and its amount in whole kroner, from
 * the same view as the operations page (`budgetView`). A budget that rests on placeholders says so.
 * @module
 */
import { ValidationError } from '../../../common/errors.ts';
import type { Language } from '../../../i18n/language.ts';
import { textOf } from '../../field-label.ts';
import { budgetView } from '../../operations/budget-view.ts';
import { componentKeyWords, componentKindWords } from '../../operations/budget-words.ts';
import { labelBudget, labelError } from '../../operations/labelled-budget.ts';
import type { CaseDocument } from '../../schema/case-document.ts';
import type { ExportCell, ExportContext, ExportTableBuilder } from '../export-table.ts';
import { citedSources, measured, placeholderNote, placeholderSources, say } from './table-helpers.ts';

/** The unit and year a table is for: those asked for, else the case's first unit and its latest budget year (as the page). */
export function chosenBudget(
  document: CaseDocument,
  context: ExportContext,
): { unitId: string; unitName: string; year: number } | null {
  const unit =
    context.unitId === undefined
      ? document.operations.units[0]
      : document.operations.units.find((u) => u.id === context.unitId);
  if (unit === undefined) return null;
  const years = document.operations.budgets.filter((b) => b.unitId === unit.id).map((b) => b.year);
  const year = context.year ?? (years.length === 0 ? undefined : Math.max(...years));
  if (year === undefined || !years.includes(year)) return null;
  return { unitId: unit.id, unitName: textOf(unit.name, context.language) ?? unit.id, year };
}

/** The budget's view with its placeholders labelled, or a ValidationError naming the field it lacks. */
export function labelledBudgetFor(document: CaseDocument, unitId: string, year: number, language: Language) {
  const view = budgetView(document, unitId, year);
  if (view.ok) return labelBudget(view, document, language);
  const error = labelError(view, document, language);
  throw new ValidationError([{ path: error.path, code: error.code, message: error.message }]);
}

const SHEET = { nb: 'Driftsbudsjett', nn: 'Driftsbudsjett', en: 'Operating budget' };

const WORDS = {
  nb: {
    title: (unit: string, year: number) =>
      `Budsjettet for ${unit} i ${year}, fordelt på kommunene per budsjettdel. Hele kroner.`,
    component: 'Budsjettdel',
    kind: 'Type',
    componentAmount: 'Budsjettdelens beløp (kr)',
    key: 'Fordelingsnøkkel',
    number: 'Kommunenummer',
    municipality: 'Kommune',
    share: 'Andel (%)',
    amount: 'Kommunens beløp (kr)',
    population: (names: string, wanted: string, used: string) =>
      `Folketallet nøkkelen leser skal være per ${wanted}; for ${names} finnes det ikke, og tallet per ${used} er brukt.`,
  },
  nn: {
    title: (unit: string, year: number) =>
      `Budsjettet for ${unit} i ${year}, fordelt på kommunane per budsjettdel. Heile kroner.`,
    component: 'Budsjettdel',
    kind: 'Type',
    componentAmount: 'Budsjettdelen sitt beløp (kr)',
    key: 'Fordelingsnøkkel',
    number: 'Kommunenummer',
    municipality: 'Kommune',
    share: 'Del (%)',
    amount: 'Kommunen sitt beløp (kr)',
    population: (names: string, wanted: string, used: string) =>
      `Folketalet nøkkelen les skal vere per ${wanted}; for ${names} finst det ikkje, og talet per ${used} er brukt.`,
  },
  en: {
    title: (unit: string, year: number) =>
      `The budget of ${unit} for ${year}, split between the municipalities per component. Whole kroner.`,
    component: 'Budget component',
    kind: 'Kind',
    componentAmount: 'Component amount (NOK)',
    key: 'Cost key',
    number: 'Municipality number',
    municipality: 'Municipality',
    share: 'Share (%)',
    amount: 'Municipality’s amount (NOK)',
    population: (names: string, wanted: string, used: string) =>
      `The key reads population at ${wanted}; for ${names} there is none, so the figure at ${used} is used.`,
  },
} satisfies Record<Language, unknown>;

export const operationsBudgetTable: ExportTableBuilder = (document, context) => {
  const chosen = chosenBudget(document, context);
  if (chosen === null) return null;
  const { language } = context;
  const w = say(language, WORDS);
  const view = labelledBudgetFor(document, chosen.unitId, chosen.year, language);
  const budget = document.operations.budgets.find(
    (b) => b.unitId === chosen.unitId && b.year === chosen.year,
  );
  const sheetName = say(language, SHEET);
  const rows: ExportCell[][] = view.components.flatMap((c, k) => {
    const key = componentKeyWords(budget?.components[k] ?? { kind: 'direct' }, c.phaseIn, language);
    return view.municipalities.flatMap((m, i) => {
      const amount = c.amounts[i] ?? 0;
      // A component nobody in the municipality takes part in has no row of zeros.
      if (amount === 0 && !(budget?.components[k]?.participants ?? []).some((p) => p === m.number)) return [];
      return [
        [
          c.name,
          componentKindWords(c.kind, language),
          c.charged,
          key,
          m.number,
          m.name,
          // The share the rounded amount is of the component, to three decimals (18.9 %).
          c.charged === 0 ? null : measured(amount / c.charged, 3),
          amount,
        ],
      ];
    });
  });
  const earlier = view.population.filter((p) => p.earlier);
  const usedDates = [...new Set(earlier.map((p) => p.used))];
  return {
    id: 'operations-budget',
    sheetName,
    title: w.title(chosen.unitName, chosen.year),
    columns: [
      { header: w.component, format: 'text' },
      { header: w.kind, format: 'text' },
      { header: w.componentAmount, format: 'nok' },
      { header: w.key, format: 'text' },
      { header: w.number, format: 'text' },
      { header: w.municipality, format: 'text' },
      { header: w.share, format: 'percent' },
      { header: w.amount, format: 'nok' },
    ],
    rows,
    notes: [
      ...(earlier.length > 0 && usedDates.length === 1
        ? [w.population(earlier.map((p) => p.name).join(', '), earlier[0]?.wanted ?? '', usedDates[0] ?? '')]
        : []),
      ...placeholderNote(view.placeholders, language),
    ],
    sources: [
      ...placeholderSources(view.placeholders, sheetName, language),
      ...citedSources(document, budget, sheetName, language),
    ],
  };
};
