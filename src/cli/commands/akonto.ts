/**
 * `flokk akonto FILE|--default [--unit ID] [--year YYYY] [--format csv|xlsx --out PATH]`: a joint unit's
 * a-konto payments per period and municipality (`aKontoView`, the lines summing exactly to the budget), or,
 * with `--out`, the invoice lines as the `a-konto` export table, the file the page's «Last ned» gives.
 * @module
 */
import { aKontoView } from '../../case/operations/a-konto-view.ts';
import { periodWords } from '../../case/operations/budget-words.ts';
import { labelError } from '../../case/operations/labelled-budget.ts';
import { formatNok } from '../../i18n/format.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { CommandFailedError, UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';
import { renderTextTable } from '../text-table.ts';
import { writeExportFile } from '../write-export.ts';
import { chooseUnitYear } from './budget.ts';
import { AKONTO_HELP, BUDGET_TEXT } from './budget-text.ts';

const NAME = 'akonto';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  unit: { type: 'string' },
  year: { type: 'string' },
  format: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const;

const USAGE = 'flokk akonto FIL|--default [--unit ID] [--year ÅÅÅÅ] [--format csv|xlsx --out FIL]';

export const akontoCommand: Command = {
  name: NAME,
  usage: { nb: USAGE, nn: USAGE, en: USAGE.replaceAll('FIL', 'FILE').replace('ÅÅÅÅ', 'YYYY') },
  summary: {
    nb: 'A-konto per kommune og termin, eller fakturalinjene som CSV/Excel',
    nn: 'A-konto per kommune og termin, eller fakturalinjene som CSV/Excel',
    en: 'On-account payments per municipality and period, or the invoice lines as CSV/Excel',
  },
  help: AKONTO_HELP,
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(akontoCommand, language));
      return EXIT.ok;
    }
    const t = BUDGET_TEXT[language];
    const format = values.format ?? 'csv';
    if (format !== 'csv' && format !== 'xlsx') throw new UsageError(t.badFormat(format), NAME);
    if (values.format !== undefined && values.out === undefined)
      throw new UsageError(t.formatWithoutOut, NAME);
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const { unitId, year } = chooseUnitYear(document, values.unit, values.year, language, NAME);
    const view = aKontoView(document, unitId, year);
    if (!view.ok) throw new CommandFailedError(labelError(view, document, language).message);
    if (values.out !== undefined) {
      const size = await writeExportFile(document, {
        table: 'a-konto',
        format,
        scenarioId: undefined,
        unitId,
        year,
        language,
        out: values.out,
        cwd: context.cwd,
        messages: language,
        now: new Date(),
      });
      io.stdout(t.wrote(values.out, size));
      return EXIT.ok;
    }
    const periods = [...new Map(view.lines.map((l) => [l.period, l.dueDate])).entries()];
    const municipalities = [...new Map(view.lines.map((l) => [l.municipality, l.name])).entries()];
    const amount = (m: string, p: string) =>
      view.lines.find((l) => l.municipality === m && l.period === p)?.amount ?? 0;
    const sum = (m: string) =>
      view.lines.filter((l) => l.municipality === m).reduce((s, l) => s + l.amount, 0);
    io.stdout(
      renderTextTable(
        [
          { header: t.period, align: 'left' },
          { header: t.due, align: 'left' },
          ...municipalities.map(([, name]) => ({ header: name, align: 'right' as const })),
          { header: t.columns.total, align: 'right' },
        ],
        periods.map(([period, due], j) => [
          periodWords(period, language),
          due,
          ...municipalities.map(([m]) => formatNok(amount(m, period), language)),
          formatNok(view.periodTotals[j] ?? 0, language),
        ]),
        [
          [
            t.columns.total,
            '',
            ...municipalities.map(([m]) => formatNok(sum(m), language)),
            formatNok(view.total, language),
          ],
        ],
      ),
    );
    return EXIT.ok;
  },
};
