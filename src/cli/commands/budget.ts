/**
 * `flokk budget FILE|--default [--unit ID] [--year YYYY] [--json]`: a joint unit's budget for a year, answer
 * first (what each municipality pays), then the host, the placeholders it rests on and the components, from
 * the same view as the API and the page (`budgetView`).
 * @module
 */
import { textOf } from '../../case/field-label.ts';
import { budgetView } from '../../case/operations/budget-view.ts';
import { componentKeyWords, componentKindWords } from '../../case/operations/budget-words.ts';
import { labelBudget, labelError, type LabelledBudgetView } from '../../case/operations/labelled-budget.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { formatMillionNok, formatNok } from '../../i18n/format.ts';
import { LOCALE, type Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { CommandFailedError, UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';
import { renderTextTable } from '../text-table.ts';
import { BUDGET_HELP, BUDGET_TEXT } from './budget-text.ts';

const NAME = 'budget';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  unit: { type: 'string' },
  year: { type: 'string' },
  json: { type: 'boolean' },
} as const;

/**
 * The unit and year asked for (`--unit`, `--year`), else the first unit and its latest budget year; a
 * UsageError naming the units or years the case has otherwise.
 */
export function chooseUnitYear(
  document: CaseDocument,
  unitOption: string | undefined,
  yearOption: string | undefined,
  language: Language,
  command: string,
): { unitId: string; unitName: string; year: number } {
  const t = BUDGET_TEXT[language];
  let year: number | undefined;
  if (yearOption !== undefined) {
    year = /^\d{4}$/.test(yearOption) ? Number(yearOption) : NaN;
    if (!(year >= 2000 && year <= 2100)) throw new UsageError(t.badYear(yearOption), command);
  }
  const units = document.operations.units;
  if (units.length === 0) throw new CommandFailedError(t.noUnits);
  const unit = unitOption === undefined ? units[0] : units.find((u) => u.id === unitOption);
  if (unit === undefined)
    throw new UsageError(t.unknownUnit(unitOption ?? '', units.map((u) => u.id).join(', ')), command);
  const years = document.operations.budgets.filter((b) => b.unitId === unit.id).map((b) => b.year);
  const chosen = year ?? (years.length === 0 ? undefined : Math.max(...years));
  if (chosen === undefined || !years.includes(chosen))
    throw new UsageError(t.unknownYear(chosen ?? 0, unit.id, years.join(', ') || '–'), command);
  return { unitId: unit.id, unitName: textOf(unit.name, language) ?? unit.id, year: chosen };
}

/** The answer line, the host, the placeholders and the components table. */
export function renderBudget(
  document: CaseDocument,
  view: LabelledBudgetView,
  unitName: string,
  language: Language,
): string {
  const t = BUDGET_TEXT[language];
  const payers = view.municipalities
    .map((m, i) => ({ name: m.name, amount: view.totals[i] ?? 0 }))
    .sort((a, b) => b.amount - a.amount)
    .map((p) => t.pays(p.name, formatMillionNok(p.amount, language)));
  const list = new Intl.ListFormat(LOCALE[language], { type: 'conjunction' }).format(payers);
  const host =
    view.host === null
      ? null
      : (view.municipalities.find((m) => m.number === view.host?.municipality)?.name ??
        view.host.municipality);
  const lines = [
    `${t.answer(unitName, view.year, formatMillionNok(view.total, language))} ${list}.`,
    t.host(host),
  ];
  if (view.hasPlaceholders) {
    lines.push(`${t.placeholders}:`);
    for (const p of view.placeholders)
      lines.push(`  - ${p.label}${p.toBeSetBy === null ? '' : ` (${t.toBeSetBy(p.toBeSetBy)})`}`);
  }
  const earlier = view.population.find((p) => p.earlier);
  if (earlier !== undefined) lines.push(t.population(earlier.wanted, earlier.used ?? ''));
  const budget = document.operations.budgets.find((b) => b.unitId === view.unitId && b.year === view.year);
  const c = t.columns;
  const table = renderTextTable(
    [
      { header: c.component, align: 'left' },
      { header: c.kind, align: 'left' },
      { header: c.amount, align: 'right' },
      { header: c.key, align: 'left' },
      ...view.municipalities.map((m) => ({ header: m.name, align: 'right' as const })),
    ],
    view.components.map((row, k) => [
      row.name,
      componentKindWords(row.kind, language),
      formatNok(row.charged, language),
      componentKeyWords(budget?.components[k] ?? { kind: 'direct' }, row.phaseIn, language),
      ...row.amounts.map((a) => formatNok(a, language)),
    ]),
    [[c.total, '', formatNok(view.total, language), '', ...view.totals.map((a) => formatNok(a, language))]],
  );
  return `${lines.join('\n')}\n\n${table}`;
}

export const budgetCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk budget FIL|--default [--unit ID] [--year ÅÅÅÅ] [--json] [--lang nb|nn|en]',
    nn: 'flokk budget FIL|--default [--unit ID] [--year ÅÅÅÅ] [--json] [--lang nb|nn|en]',
    en: 'flokk budget FILE|--default [--unit ID] [--year YYYY] [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Budsjettet for en felles enhet i et år: hva hver kommune betaler',
    nn: 'Budsjettet for ei felles eining i eit år: kva kvar kommune betaler',
    en: 'The budget of a joint unit for a year: what each municipality pays',
  },
  help: BUDGET_HELP,
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(budgetCommand, language));
      return EXIT.ok;
    }
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const { unitId, unitName, year } = chooseUnitYear(document, values.unit, values.year, language, NAME);
    const view = budgetView(document, unitId, year);
    if (!view.ok) throw new CommandFailedError(labelError(view, document, language).message);
    const labelled = labelBudget(view, document, language);
    io.stdout(
      values.json
        ? `${JSON.stringify(labelled, null, 2)}\n`
        : renderBudget(document, labelled, unitName, language),
    );
    return EXIT.ok;
  },
};
