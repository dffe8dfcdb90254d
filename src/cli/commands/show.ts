/**
 * `flokk show FILE|--default`: the baseline tables with totals computed from the rows, as a reader sees
 * them (ages of small groups withheld), as text or `--json`.
 * @module
 */
import { defaultCase } from '../../case/default-case/default-case.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { baselineView } from '../baseline-view.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { cliMessages } from '../messages.ts';
import { readCaseFile } from '../read-case-file.ts';
import { renderBaselineText } from '../render-baseline.ts';
import { EXIT } from '../run-command.ts';
import { writeExportFile } from '../write-export.ts';
import { EXPORT_TEXT } from './export-text.ts';

const NAME = 'show';

const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  json: { type: 'boolean' },
  xlsx: { type: 'string' },
} as const;

export const showCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk show FIL|--default [--json] [--xlsx FIL] [--lang nb|nn|en]',
    nn: 'flokk show FIL|--default [--json] [--xlsx FIL] [--lang nb|nn|en]',
    en: 'flokk show FILE|--default [--json] [--xlsx FILE] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Vis grunnlagstabellene (årsverk, lønnskostnad, alder) med summer',
    nn: 'Vis grunnlagstabellane (årsverk, lønskostnad, alder) med summar',
    en: 'Show the baseline tables (FTE, labour cost, ages) with totals',
  },
  help: {
    nb: [
      'Viser grunnlagstabellene per tjenesteområde, sentralt og desentralt hver for seg, med én rad per kommune.',
      'Summene regnes ut fra radene. «..» betyr at tallet mangler; «:» betyr at alderen er skjermet fordi',
      'gruppen kan ha færre enn 5 personer (utskriften regnes som en lesers visning).',
      '',
      'Valg:',
      '  --default        bruk den innebygde saken (Skaun, Melhus og Midtre Gauldal)',
      '  --json           skriv JSON i stedet for tabeller; manglende tall er null',
      '  --xlsx FIL       skriv grunnlaget som Excel-arbeidsbok til FIL (som flokk export --table baseline)',
      '  --lang nb|nn|en  språk for overskrifter og meldinger (tallformatet er alltid norsk)',
    ].join('\n'),
    nn: [
      'Viser grunnlagstabellane per tenesteområde, sentralt og desentralt kvar for seg, med éi rad per kommune.',
      'Summane blir rekna ut frå radene. «..» tyder at talet manglar; «:» tyder at alderen er skjerma fordi',
      'gruppa kan ha færre enn 5 personar (utskrifta blir rekna som visninga til ein lesar).',
      '',
      'Val:',
      '  --default        bruk den innebygde saka (Skaun, Melhus og Midtre Gauldal)',
      '  --json           skriv JSON i staden for tabellar; manglande tal er null',
      '  --xlsx FIL       skriv grunnlaget som Excel-arbeidsbok til FIL (som flokk export --table baseline)',
      '  --lang nb|nn|en  språk for overskrifter og meldingar (talformatet er alltid norsk)',
    ].join('\n'),
    en: [
      'Shows the baseline tables per service area, central and decentral separately, one row per municipality.',
      'Totals are computed from the rows. ".." means the figure is missing; ":" means the ages are withheld',
      "because the group may have fewer than 5 persons (the output is treated as a reader's view).",
      '',
      'Options:',
      '  --default        use the embedded case (Skaun, Melhus and Midtre Gauldal)',
      '  --json           write JSON instead of tables; missing figures are null',
      '  --xlsx FILE      write the baseline as an Excel workbook to FILE (as flokk export --table baseline)',
      '  --lang nb|nn|en  language of headings and messages (numbers keep Norwegian formats)',
    ].join('\n'),
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(showCommand, language));
      return EXIT.ok;
    }
    const file = positionals[0];
    const messages = cliMessages(language);
    if (file !== undefined && values.default) throw new UsageError(messages.fileOrDefault, NAME);
    if (file === undefined && !values.default) throw new UsageError(messages.missingFile, NAME);
    expectAtMostPositionals(positionals, 1, NAME, language);
    const document =
      file === undefined
        ? defaultCase()
        : await readCaseFile(file, { cwd: context.cwd, language, commandName: NAME });
    if (values.xlsx !== undefined) {
      const size = await writeExportFile(document, {
        table: 'baseline',
        format: 'xlsx',
        scenarioId: undefined,
        language,
        out: values.xlsx,
        cwd: context.cwd,
        messages: language,
        now: new Date(),
      });
      io.stdout(EXPORT_TEXT[language].wrote(values.xlsx, size));
      return EXIT.ok;
    }
    const view = baselineView(document, language);
    io.stdout(values.json ? `${JSON.stringify(view, null, 2)}\n` : renderBaselineText(view, language));
    return EXIT.ok;
  },
};
