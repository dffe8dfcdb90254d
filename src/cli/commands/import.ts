/**
 * `flokk import FILE|--default --baseline WORKBOOK.xlsx [--out CASE.yaml|json]`: reads a filled-in baseline
 * template against the case and prints what it would change (rows added and removed, fields before → after),
 * or every error with its sheet, row and column (exit 1). With `--out`, writes the updated case.
 * @module
 */
import { open, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { stringify } from 'yaml';
import type { ImportChange } from '../../case/import/import-workbook.ts';
import { importBaselineWorkbook } from '../../documents/spreadsheet/import-baseline-workbook.ts';
import { MAX_WORKBOOK_BYTES } from '../../documents/spreadsheet/read-workbook.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { CommandFailedError, UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'import';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  baseline: { type: 'string' },
  out: { type: 'string', short: 'o' },
} as const;

interface Texts {
  missingBaseline: string;
  outFormat: string;
  cannotRead: (file: string) => string;
  cannotWrite: (file: string) => string;
  noChanges: string;
  changes: (n: number) => string;
  refused: (n: number) => string;
  wrote: (file: string) => string;
  source: string;
}

const TEXT: Record<Language, Texts> = {
  nb: {
    missingBaseline: 'Oppgi arbeidsboken med --baseline FIL.xlsx',
    outFormat: '--out må slutte på .yaml, .yml eller .json',
    cannotRead: (file) => `Kan ikke lese ${file}`,
    cannotWrite: (file) => `Kan ikke skrive ${file}`,
    noChanges: 'Ingen endringer.\n',
    changes: (n) => `${n} ${n === 1 ? 'endring' : 'endringer'}:\n`,
    refused: (n) => `Arbeidsboken har ${n} ${n === 1 ? 'feil' : 'feil'}; ingenting er skrevet.\n`,
    wrote: (file) => `Skrev ${file}\n`,
    source: 'kilde',
  },
  nn: {
    missingBaseline: 'Oppgi arbeidsboka med --baseline FIL.xlsx',
    outFormat: '--out må slutte på .yaml, .yml eller .json',
    cannotRead: (file) => `Kan ikkje lese ${file}`,
    cannotWrite: (file) => `Kan ikkje skrive ${file}`,
    noChanges: 'Ingen endringar.\n',
    changes: (n) => `${n} ${n === 1 ? 'endring' : 'endringar'}:\n`,
    refused: (n) => `Arbeidsboka har ${n} feil; ingenting er skrive.\n`,
    wrote: (file) => `Skreiv ${file}\n`,
    source: 'kjelde',
  },
  en: {
    missingBaseline: 'Give the workbook with --baseline FILE.xlsx',
    outFormat: '--out must end in .yaml, .yml or .json',
    cannotRead: (file) => `Cannot read ${file}`,
    cannotWrite: (file) => `Cannot write ${file}`,
    noChanges: 'No changes.\n',
    changes: (n) => `${n} ${n === 1 ? 'change' : 'changes'}:\n`,
    refused: (n) => `The workbook has ${n} ${n === 1 ? 'error' : 'errors'}; nothing was written.\n`,
    wrote: (file) => `Wrote ${file}\n`,
    source: 'source',
  },
};

/** One change as a line: «+ row», «- row», «~ row: field: before → after (kilde: …)». */
function changeLine(change: ImportChange, t: Texts): string {
  if (change.kind === 'added')
    return `+ ${change.row}${change.field ? `: ${change.field}` : ''}: ${change.afterText}\n`;
  if (change.kind === 'removed')
    return `- ${change.row}${change.field ? `: ${change.field}` : ''}: ${change.beforeText}\n`;
  const source = change.sourceText ? ` (${t.source}: ${change.sourceText})` : '';
  return `~ ${change.row}: ${change.field ?? ''}: ${change.beforeText} → ${change.afterText}${source}\n`;
}

/** At most one byte past the limit: a larger file is refused by the importer without being read whole. */
async function readBounded(path: string, message: () => string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(MAX_WORKBOOK_BYTES + 1);
      let filled = 0;
      for (;;) {
        const { bytesRead } = await handle.read(buffer, filled, buffer.byteLength - filled, null);
        if (bytesRead === 0 || filled + bytesRead >= buffer.byteLength)
          return buffer.subarray(0, filled + bytesRead);
        filled += bytesRead;
      }
    } finally {
      await handle.close();
    }
  } catch (cause) {
    throw new CommandFailedError(message(), { cause });
  }
}

export const importCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk import FIL|--default --baseline ARBEIDSBOK.xlsx [--out SAK.yaml|json] [--lang nb|nn|en]',
    nn: 'flokk import FIL|--default --baseline ARBEIDSBOK.xlsx [--out SAK.yaml|json] [--lang nb|nn|en]',
    en: 'flokk import FILE|--default --baseline WORKBOOK.xlsx [--out CASE.yaml|json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Les inn en utfylt mal for grunnlaget og vis endringene eller feilene',
    nn: 'Les inn ein utfylt mal for grunnlaget og vis endringane eller feila',
    en: 'Read a filled-in baseline template and show the changes or the errors',
  },
  help: {
    nb: 'Sammenligner arbeidsboken med saken og skriver hver endring, eller hver feil med ark, rad og kolonne. Med --out skrives den oppdaterte saken (bare når det ikke er feil). Et tall som er endret uten ny kilde, blir egen verdi (USER).\n\nAvslutningskode: 0 lest, 1 feil i arbeidsboken, 2 feil bruk eller filen kan ikke leses eller skrives.',
    nn: 'Samanliknar arbeidsboka med saka og skriv kvar endring, eller kvar feil med ark, rad og kolonne. Med --out blir den oppdaterte saka skriven (berre når det ikkje er feil). Eit tal som er endra utan ny kjelde, blir eigen verdi (USER).\n\nAvslutningskode: 0 lese, 1 feil i arbeidsboka, 2 feil bruk eller fila kan ikkje lesast eller skrivast.',
    en: 'Compares the workbook with the case and prints each change, or each error with its sheet, row and column. With --out, writes the updated case (only when there is no error). A figure changed without a new source becomes an own value (USER).\n\nExit code: 0 read, 1 errors in the workbook, 2 wrong use or a file that cannot be read or written.',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(importCommand, language));
      return EXIT.ok;
    }
    const t = TEXT[language];
    if (values.baseline === undefined) throw new UsageError(t.missingBaseline, NAME);
    if (values.out !== undefined && !/\.(ya?ml|json)$/i.test(values.out))
      throw new UsageError(t.outFormat, NAME);
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const bounded = await readBounded(resolve(context.cwd, values.baseline), () =>
      t.cannotRead(values.baseline ?? ''),
    );
    const entry = {
      by: context.env['USER']?.slice(0, 200) || 'flokk',
      at: new Date().toISOString(),
      fileName: values.baseline.split(/[\\/]/).pop()?.slice(0, 200),
    };
    const result = await importBaselineWorkbook(bounded, document, entry, language);
    if (!result.ok) {
      io.stderr(t.refused(result.issues.length));
      for (const issue of result.issues) io.stderr(`${issue.text}\n`);
      return EXIT.invalid;
    }
    io.stdout(result.changes.length === 0 ? t.noChanges : t.changes(result.changes.length));
    for (const change of result.changes) io.stdout(changeLine(change, t));
    if (values.out !== undefined) {
      const text = /\.json$/i.test(values.out)
        ? `${JSON.stringify(result.document, null, 2)}\n`
        : stringify(result.document);
      try {
        await writeFile(resolve(context.cwd, values.out), text);
      } catch (cause) {
        throw new CommandFailedError(t.cannotWrite(values.out), { cause });
      }
      io.stdout(t.wrote(values.out));
    }
    return EXIT.ok;
  },
};
