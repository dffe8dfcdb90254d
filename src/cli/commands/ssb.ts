/**
 * `flokk ssb update [--out PATH] [--years 2023-2025]` refreshes the reference data from SSB's open API and
 * writes it to Flokk's data directory, where the server reads it at start; `flokk ssb show [KOMMUNENUMMER]`
 * prints the figures Flokk has. The tables and queries are in `case/reference/ssb-tables.ts`.
 * @module
 */
import { resolve } from 'node:path';
import { shippedReferenceData } from '../../case/reference/reference-data.ts';
import { SSB_API_BASE, ssbQueries } from '../../case/reference/ssb-tables.ts';
import { updateReferenceData } from '../../case/reference/ssb-update.ts';
import type { Language } from '../../i18n/language.ts';
import {
  readReferenceDataFile,
  referenceDataPath,
  writeReferenceDataFile,
} from '../../storage/reference-data-file.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { CommandFailedError, ServiceUnavailableError, UsageError } from '../cli-errors.ts';
import type { Command, CommandContext } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { cliMessages } from '../messages.ts';
import { EXIT } from '../run-command.ts';
import { fetchSsbAnswers, SsbFetchFailure } from '../ssb/fetch-ssb.ts';
import { municipalityText, overviewText } from '../ssb/show-text.ts';
import { ssbMessages, type SsbMessages } from '../ssb/ssb-messages.ts';

const NAME = 'ssb';
const OPTIONS = { ...COMMON_OPTIONS, out: { type: 'string' }, years: { type: 'string' } } as const;
/** The accounting years of the shipped KOSTRA figures; population is that of 1 January the year after. */
const DEFAULT_YEARS = '2023-2025';

/** `2023-2025` or `2024` → the accounting years; at most 20, from 2015 (KOSTRA's current function list). */
export function parseYears(value: string, language: Language): number[] {
  const match = /^(\d{4})(?:-(\d{4}))?$/.exec(value.trim());
  const from = Number(match?.[1]);
  const to = Number(match?.[2] ?? match?.[1]);
  if (!match || from < 2015 || to > 2100 || to < from || to - from >= 20)
    throw new UsageError(ssbMessages(language).invalidYears(value), NAME);
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

function dataFilePath(context: CommandContext, out: string | undefined): string {
  if (out) return resolve(context.cwd, out);
  return referenceDataPath(resolve(context.cwd, context.env['FLOKK_DATA_DIR'] || './data'));
}

/** The dataset in the file if it is valid, else the shipped one (saying why on stderr). */
async function currentDataset(path: string, context: CommandContext, m: SsbMessages) {
  const file = await readReferenceDataFile(path);
  if (file.kind === 'valid') return { dataset: file.dataset, fromFile: true };
  if (file.kind === 'invalid') context.io.stderr(`${m.invalidFile(path, file.problem)}\n`);
  return { dataset: shippedReferenceData(), fromFile: false };
}

function apiBase(context: CommandContext): string {
  const base = context.env['FLOKK_SSB_API'] || SSB_API_BASE;
  if (!/^https?:\/\/[^\s]+$/.test(base)) throw new UsageError(`FLOKK_SSB_API: ${base}`, NAME);
  return base.replace(/\/+$/, '');
}

function fetchError(error: unknown, m: SsbMessages): unknown {
  if (!(error instanceof SsbFetchFailure)) return error;
  if (error.kind === 'offline') return new ServiceUnavailableError(m.offline(error.url), { cause: error });
  if (error.kind === 'not-json') return new ServiceUnavailableError(m.notJson(error.url), { cause: error });
  const status = error.status ?? 0;
  const message = m.status(status, error.url);
  // A refused query is a problem with the query (the table changed), not SSB being away.
  return status === 429 || status >= 500
    ? new ServiceUnavailableError(message, { cause: error })
    : new CommandFailedError(message, { cause: error });
}

async function update(values: { out?: string; years?: string }, context: CommandContext): Promise<number> {
  const { io, language } = context;
  const m = ssbMessages(language);
  const kostraYears = parseYears(values.years ?? DEFAULT_YEARS, language);
  const path = dataFilePath(context, values.out);
  const base = apiBase(context);
  const { dataset: previous } = await currentDataset(path, context, m);
  const queries = ssbQueries({
    municipalities: previous.municipalities.map((x) => x.number),
    populationYears: kostraYears.map((year) => year + 1),
    kostraYears,
  });
  io.stdout(`${m.fetching(queries.length, base)}\n`);
  const answers = await fetchSsbAnswers(queries, {
    base,
    fetch: context.fetch ?? globalThis.fetch,
    sleep: context.sleep ?? ((ms) => new Promise((done) => setTimeout(done, ms))),
  }).catch((error: unknown) => {
    throw fetchError(error, m);
  });
  const result = updateReferenceData(previous, answers, new Date().toISOString());
  if (!result.success) throw new CommandFailedError(m.badAnswer(result.problem));
  await writeReferenceDataFile(path, result.dataset).catch((cause: unknown) => {
    throw new CommandFailedError(m.cannotWrite(path), { cause });
  });
  io.stdout(`${m.written(path, result.summary)}\n`);
  return EXIT.ok;
}

async function show(number: string | undefined, values: { out?: string }, context: CommandContext) {
  const { io, language } = context;
  const m = ssbMessages(language);
  if (number !== undefined && !/^\d{4}$/.test(number)) throw new UsageError(m.invalidNumber(number), NAME);
  const path = dataFilePath(context, values.out);
  const { dataset, fromFile } = await currentDataset(path, context, m);
  const origin = fromFile ? m.fromFile(path, dataset.retrievedAt ?? '..') : m.shipped;
  if (number === undefined) {
    io.stdout(`${origin}\n${overviewText(dataset, m)}`);
    return EXIT.ok;
  }
  const municipality = dataset.municipalities.find((x) => x.number === number);
  if (!municipality) throw new CommandFailedError(m.unknownMunicipality(number));
  io.stdout(`${municipalityText(dataset, municipality, language, m)}${origin}\n`);
  return EXIT.ok;
}

const HELP_NB = [
  'update  Henter folketall (SSB-tabell 07459) og KOSTRA-tall (12362, 12367) for alle kommuner, KOSTRA-gruppene',
  '        og landet fra SSBs åpne API, og skriver dem til datamappen. Serveren bruker dem neste gang den starter.',
  '        Uten nett: en tydelig melding, ingenting skrives (avslutningskode 69).',
  'show    Viser tallene Flokk har for en kommune (.. der tallet mangler), eller en oversikt uten kommunenummer.',
  '',
  'Valg:',
  '  --out STI       filen (standard: reference-data.json i FLOKK_DATA_DIR, ellers ./data)',
  `  --years ÅR-ÅR   regnskapsårene for KOSTRA (standard ${DEFAULT_YEARS}); folketallet er per 1. januar året etter`,
  '',
  'Kilde: Statistisk sentralbyrå (SSB), NLOD.',
].join('\n');

const HELP_NN = [
  'update  Hentar folketal (SSB-tabell 07459) og KOSTRA-tal (12362, 12367) for alle kommunar, KOSTRA-gruppene',
  '        og landet frå det opne API-et til SSB, og skriv dei til datamappa. Tenaren brukar dei neste gong han startar.',
  '        Utan nett: ei tydeleg melding, ingenting blir skrive (avslutningskode 69).',
  'show    Viser tala Flokk har for ein kommune (.. der talet manglar), eller eit oversyn utan kommunenummer.',
  '',
  'Val:',
  '  --out STI       fila (standard: reference-data.json i FLOKK_DATA_DIR, elles ./data)',
  `  --years ÅR-ÅR   rekneskapsåra for KOSTRA (standard ${DEFAULT_YEARS}); folketalet er per 1. januar året etter`,
  '',
  'Kjelde: Statistisk sentralbyrå (SSB), NLOD.',
].join('\n');

export const ssbCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk ssb update [--out STI] [--years 2023-2025] | flokk ssb show [KOMMUNENUMMER] [--out STI]',
    nn: 'flokk ssb update [--out STI] [--years 2023-2025] | flokk ssb show [KOMMUNENUMMER] [--out STI]',
    en: 'flokk ssb update [--out PATH] [--years 2023-2025] | flokk ssb show [MUNICIPALITY] [--out PATH]',
  },
  summary: {
    nb: 'Hent folketall og KOSTRA-tall fra SSB, eller vis dem',
    nn: 'Hent folketal og KOSTRA-tal frå SSB, eller vis dei',
    en: 'Fetch population and KOSTRA figures from SSB, or show them',
  },
  help: {
    nb: HELP_NB,
    nn: HELP_NN,
    en: [
      'update  Fetches population (SSB table 07459) and KOSTRA figures (12362, 12367) for every municipality, the',
      "        KOSTRA groups and the country from SSB's open API and writes them to the data directory. The server",
      '        uses them the next time it starts. Offline: a clear message, nothing written (exit code 69).',
      'show    Shows the figures Flokk has for a municipality (.. where a figure is missing), or an overview.',
      '',
      'Options:',
      '  --out PATH       the file (default: reference-data.json in FLOKK_DATA_DIR, else ./data)',
      `  --years Y1-Y2    KOSTRA accounting years (default ${DEFAULT_YEARS}); population is at 1 January the year after`,
      '',
      'Source: Statistics Norway (SSB), NLOD.',
    ].join('\n'),
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(ssbCommand, language));
      return EXIT.ok;
    }
    const [subcommand, ...rest] = positionals;
    const m = ssbMessages(language);
    if (subcommand === 'update') {
      expectAtMostPositionals(rest, 0, NAME, language);
      return update(values, context);
    }
    if (subcommand === 'show') {
      expectAtMostPositionals(rest, 1, NAME, language);
      if (values.years !== undefined)
        throw new UsageError(cliMessages(language).unknownOption('--years'), NAME);
      return show(rest[0], values, context);
    }
    throw new UsageError(subcommand ? m.unknownSubcommand(subcommand) : m.missingSubcommand, NAME);
  },
};
