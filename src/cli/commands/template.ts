/**
 * `flokk template FILE|--default --out template.xlsx`: the baseline template of a case file, to fill in and
 * read back with `flokk import`. Whoever holds the case file holds every figure in it, so the template is the
 * whole baseline, as the API gives it to editors.
 * @module
 */
import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { baselineTemplate } from '../../documents/spreadsheet/baseline-template.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { CommandFailedError, UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'template';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  out: { type: 'string', short: 'o' },
} as const;

const TEXT: Record<
  Language,
  { missingOut: string; cannotWrite: (file: string) => string; wrote: (file: string, rows: number) => string }
> = {
  nb: {
    missingOut: 'Oppgi filen malen skal skrives til med --out FIL.xlsx',
    cannotWrite: (file) => `Kan ikke skrive ${file}`,
    wrote: (file, rows) => `Skrev ${file} (${rows} rader i arket Grunnlag)\n`,
  },
  nn: {
    missingOut: 'Oppgi fila malen skal skrivast til med --out FIL.xlsx',
    cannotWrite: (file) => `Kan ikkje skrive ${file}`,
    wrote: (file, rows) => `Skreiv ${file} (${rows} rader i arket Grunnlag)\n`,
  },
  en: {
    missingOut: 'Give the file to write the template to with --out FILE.xlsx',
    cannotWrite: (file) => `Cannot write ${file}`,
    wrote: (file, rows) => `Wrote ${file} (${rows} rows in the sheet Baseline)\n`,
  },
};

export const templateCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk template FIL|--default --out MAL.xlsx [--lang nb|nn|en]',
    nn: 'flokk template FIL|--default --out MAL.xlsx [--lang nb|nn|en]',
    en: 'flokk template FILE|--default --out TEMPLATE.xlsx [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Skriv malen for grunnlaget som Excel-arbeidsbok, til utfylling og import',
    nn: 'Skriv malen for grunnlaget som Excel-arbeidsbok, til utfylling og import',
    en: 'Write the baseline template as an Excel workbook, to fill in and import',
  },
  help: {
    nb: 'Skriver arkene Grunnlag, Volum, Anrop og «Slik fyller du ut» med sakens tall. Overskriftene er på --lang.\n\nAvslutningskode: 0 skrevet, 1 ugyldig sak, 2 feil bruk eller filen kan ikke leses eller skrives.',
    nn: 'Skriv arka Grunnlag, Volum, Anrop og «Slik fyller du ut» med tala i saka. Overskriftene er på --lang.\n\nAvslutningskode: 0 skrive, 1 ugyldig sak, 2 feil bruk eller fila kan ikkje lesast eller skrivast.',
    en: 'Writes the sheets Baseline, Volumes, Calls and “How to fill in” with the case’s figures. Headers in --lang.\n\nExit code: 0 written, 1 invalid case, 2 wrong use or a file that cannot be read or written.',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(templateCommand, language));
      return EXIT.ok;
    }
    const t = TEXT[language];
    if (values.out === undefined) throw new UsageError(t.missingOut, NAME);
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const bytes = await baselineTemplate(document, language);
    try {
      await writeFile(resolve(context.cwd, values.out), bytes);
    } catch (cause) {
      throw new CommandFailedError(t.cannotWrite(values.out), { cause });
    }
    io.stdout(t.wrote(values.out, document.baseline.length));
    return EXIT.ok;
  },
};
