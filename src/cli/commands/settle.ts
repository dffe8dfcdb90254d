/**
 * `flokk settle FILE|--default --unit ID --year YYYY --ledger PATH [--mapping JSON]`: reads the host's ledger
 * export (CSV or .xlsx) for a joint unit's year, with the given column mapping, else the unit's remembered one,
 * else a guess from the headers, and prints the actual cost per budget component and each municipality's
 * settlement (what it pays or gets back), or every error by row and column (exit 1). Writes nothing.
 * @module
 */
import { open } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseLedgerColumns, type LedgerColumns } from '../../case/ledger/ledger-columns.ts';
import { MAX_LEDGER_CSV_BYTES } from '../../case/ledger/read-ledger.ts';
import { formatNok } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { importLedgerFile } from '../../documents/spreadsheet/import-ledger-file.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { CommandFailedError, UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { loadCaseArgument } from '../load-case-argument.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'settle';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  unit: { type: 'string' },
  year: { type: 'string' },
  ledger: { type: 'string' },
  mapping: { type: 'string' },
} as const;

interface Texts {
  missing: string;
  badYear: string;
  badMapping: (detail: string) => string;
  cannotRead: (file: string) => string;
  noUnit: (unit: string) => string;
  noBudget: (year: number) => string;
  refused: (n: number) => string;
  heading: (unit: string, year: number, file: string, lines: number) => string;
  mappingFrom: Record<'given' | 'remembered' | 'guessed', string>;
  perComponent: string;
  unmapped: (lines: number, amount: string) => string;
  pays: (name: string, amount: string) => string;
  refund: (name: string, amount: string) => string;
  even: (name: string) => string;
  detail: (share: string, paid: string, fund: string) => string;
  fund: (opening: string, closing: string) => string;
  placeholders: string;
}

const TEXT: Record<Language, Texts> = {
  nb: {
    missing: 'Oppgi --unit ID, --year ÅÅÅÅ og --ledger FIL',
    badYear: '--year må være et årstall, for eksempel 2027',
    badMapping: (detail) => `Ugyldig --mapping: ${detail}`,
    cannotRead: (file) => `Kan ikke lese ${file}`,
    noUnit: (unit) => `Saken har ingen felles enhet «${unit}».\n`,
    noBudget: (year) => `Enheten har ikke budsjett for ${year}.\n`,
    refused: (n) => `Regnskapsfilen har ${n} feil; ingenting er regnet ut.\n`,
    heading: (unit, year, file, lines) => `Årsoppgjør ${year} for ${unit} fra ${file} (${lines} linjer)\n`,
    mappingFrom: {
      given: 'Kolonnene er slik --mapping gir dem.',
      remembered: 'Kolonnene er de samme som ved forrige import for enheten.',
      guessed: 'Kolonnene er gjettet ut fra overskriftene; sjekk dem, og gi dem med --mapping om de er feil.',
    },
    perComponent: 'Regnskap per budsjettpost:',
    unmapped: (lines, amount) =>
      `${lines} linjer (${amount}) hører ikke til noen budsjettpost og er ikke med.`,
    pays: (name, amount) => `${name} skal betale ${amount}`,
    refund: (name, amount) => `${name} får tilbake ${amount}`,
    even: (name) => `${name} går i null`,
    detail: (share, paid, fund) => `andel ${share}, betalt a-konto ${paid}, fra fond ${fund}`,
    fund: (opening, closing) => `Fondet: ${opening} ved årets start, ${closing} ved årets slutt.`,
    placeholders: 'Resultatet bygger på plassholdere (ikke vedtatt):',
  },
  nn: {
    missing: 'Oppgi --unit ID, --year ÅÅÅÅ og --ledger FIL',
    badYear: '--year må vere eit årstal, til dømes 2027',
    badMapping: (detail) => `Ugyldig --mapping: ${detail}`,
    cannotRead: (file) => `Kan ikkje lese ${file}`,
    noUnit: (unit) => `Saka har inga felles eining «${unit}».\n`,
    noBudget: (year) => `Eininga har ikkje budsjett for ${year}.\n`,
    refused: (n) => `Rekneskapsfila har ${n} feil; ingenting er rekna ut.\n`,
    heading: (unit, year, file, lines) => `Årsoppgjer ${year} for ${unit} frå ${file} (${lines} linjer)\n`,
    mappingFrom: {
      given: 'Kolonnane er slik --mapping gir dei.',
      remembered: 'Kolonnane er dei same som ved førre import for eininga.',
      guessed: 'Kolonnane er gjetta ut frå overskriftene; sjekk dei, og gi dei med --mapping om dei er feil.',
    },
    perComponent: 'Rekneskap per budsjettpost:',
    unmapped: (lines, amount) =>
      `${lines} linjer (${amount}) høyrer ikkje til nokon budsjettpost og er ikkje med.`,
    pays: (name, amount) => `${name} skal betale ${amount}`,
    refund: (name, amount) => `${name} får tilbake ${amount}`,
    even: (name) => `${name} går i null`,
    detail: (share, paid, fund) => `del ${share}, betalt a-konto ${paid}, frå fond ${fund}`,
    fund: (opening, closing) => `Fondet: ${opening} ved starten av året, ${closing} ved slutten av året.`,
    placeholders: 'Resultatet byggjer på plasshaldarar (ikkje vedtekne):',
  },
  en: {
    missing: 'Give --unit ID, --year YYYY and --ledger FILE',
    badYear: '--year must be a year, such as 2027',
    badMapping: (detail) => `Invalid --mapping: ${detail}`,
    cannotRead: (file) => `Cannot read ${file}`,
    noUnit: (unit) => `The case has no joint unit «${unit}».\n`,
    noBudget: (year) => `The unit has no budget for ${year}.\n`,
    refused: (n) => `The ledger file has ${n} ${n === 1 ? 'error' : 'errors'}; nothing was computed.\n`,
    heading: (unit, year, file, lines) =>
      `Annual settlement ${year} for ${unit} from ${file} (${lines} lines)\n`,
    mappingFrom: {
      given: 'The columns are as --mapping gives them.',
      remembered: 'The columns are those of the unit’s previous import.',
      guessed:
        'The columns were guessed from the headers; check them, and give them with --mapping if wrong.',
    },
    perComponent: 'Actual cost per budget component:',
    unmapped: (lines, amount) => `${lines} lines (${amount}) belong to no budget component and are left out.`,
    pays: (name, amount) => `${name} pays ${amount}`,
    refund: (name, amount) => `${name} gets ${amount} back`,
    even: (name) => `${name} breaks even`,
    detail: (share, paid, fund) => `share ${share}, paid on account ${paid}, from the fund ${fund}`,
    fund: (opening, closing) => `The fund: ${opening} at the start of the year, ${closing} at its end.`,
    placeholders: 'The result rests on placeholders (not decided):',
  },
};

/** At most one byte past the CSV limit: a larger file is refused by the reader without being read whole. */
async function readBounded(path: string, message: string): Promise<Uint8Array> {
  try {
    const handle = await open(path, 'r');
    try {
      const buffer = new Uint8Array(MAX_LEDGER_CSV_BYTES + 1);
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
    throw new CommandFailedError(message, { cause });
  }
}

function mappingOption(raw: string | undefined, language: Language, t: Texts): LedgerColumns | undefined {
  if (raw === undefined) return undefined;
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    throw new UsageError(t.badMapping('JSON'), NAME);
  }
  const parsed = parseLedgerColumns(json, language);
  if (parsed.success) return parsed.data;
  throw new UsageError(t.badMapping(parsed.issues.map((i) => `${i.path}: ${i.message}`).join('; ')), NAME);
}

export const settleCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk settle FIL|--default --unit ID --year ÅÅÅÅ --ledger HOVEDBOK.csv|xlsx [--mapping JSON] [--lang nb|nn|en]',
    nn: 'flokk settle FIL|--default --unit ID --year ÅÅÅÅ --ledger HOVUDBOK.csv|xlsx [--mapping JSON] [--lang nb|nn|en]',
    en: 'flokk settle FILE|--default --unit ID --year YYYY --ledger LEDGER.csv|xlsx [--mapping JSON] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Les vertskommunens regnskap for en felles enhet og vis årsoppgjøret per kommune',
    nn: 'Les rekneskapen til vertskommunen for ei felles eining og vis årsoppgjeret per kommune',
    en: 'Read the host’s ledger for a joint unit and show the annual settlement per municipality',
  },
  help: {
    nb: 'Leser hovedboken (CSV eller .xlsx) med kolonnene fra --mapping, enhetens huskede kolonner eller en gjetning ut fra overskriftene, og skriver regnskapet per budsjettpost og hva hver kommune skal betale eller få tilbake. Hver feil i filen skrives med rad og kolonne. Ingenting lagres.\n\nAvslutningskode: 0 regnet ut, 1 feil i filen eller saken mangler noe for oppgjøret, 2 feil bruk eller filen kan ikke leses.',
    nn: 'Les hovudboka (CSV eller .xlsx) med kolonnane frå --mapping, dei hugsa kolonnane til eininga eller ei gjetting ut frå overskriftene, og skriv rekneskapen per budsjettpost og kva kvar kommune skal betale eller få tilbake. Kvar feil i fila blir skriven med rad og kolonne. Ingenting blir lagra.\n\nAvslutningskode: 0 rekna ut, 1 feil i fila eller saka manglar noko for oppgjeret, 2 feil bruk eller fila kan ikkje lesast.',
    en: 'Reads the general ledger (CSV or .xlsx) with the columns from --mapping, the unit’s remembered columns or a guess from the headers, and prints the actual cost per budget component and what each municipality pays or gets back. Every error in the file is printed with its row and column. Nothing is saved.\n\nExit code: 0 computed, 1 errors in the file or the case lacks something for the settlement, 2 wrong use or a file that cannot be read.',
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(settleCommand, language));
      return EXIT.ok;
    }
    const t = TEXT[language];
    if (values.unit === undefined || values.year === undefined || values.ledger === undefined)
      throw new UsageError(t.missing, NAME);
    const year = /^\d{4}$/.test(values.year) ? Number(values.year) : NaN;
    if (!(year >= 2000 && year <= 2100)) throw new UsageError(t.badYear, NAME);
    const columns = mappingOption(values.mapping, language, t);
    const { document } = await loadCaseArgument(positionals, values.default, context, NAME);
    const unit = document.operations.units.find((u) => u.id === values.unit);
    if (unit === undefined) {
      io.stderr(t.noUnit(values.unit));
      return EXIT.invalid;
    }
    if (!document.operations.budgets.some((b) => b.unitId === unit.id && b.year === year)) {
      io.stderr(t.noBudget(year));
      return EXIT.invalid;
    }
    const bytes = await readBounded(resolve(context.cwd, values.ledger), t.cannotRead(values.ledger));
    const fileName = values.ledger.split(/[\\/]/).pop()?.slice(0, 200) ?? values.ledger;
    const { preview } = await importLedgerFile(bytes, document, {
      unitId: unit.id,
      year,
      columns,
      fileName,
      // Nothing is recorded; the fingerprint and date only fill the in-memory settlement.
      fingerprint: '0'.repeat(64),
      recordedOn: new Date().toISOString().slice(0, 10),
      language,
    });
    if (preview.errors.length > 0) {
      io.stderr(t.refused(preview.errors.length));
      for (const issue of preview.errors) io.stderr(`${issue.text}\n`);
      return EXIT.invalid;
    }
    const nok = (value: number) => formatNok(value, language);
    const unitName = unit.name[language] ?? unit.name.nb ?? unit.id;
    io.stdout(t.heading(unitName, year, fileName, preview.lines));
    if (preview.mappingFrom !== null) io.stdout(`${t.mappingFrom[preview.mappingFrom]}\n`);
    io.stdout(`\n${t.perComponent}\n`);
    for (const a of preview.actual) io.stdout(`  ${a.name}: ${nok(a.amount)}\n`);
    if (preview.unmapped !== null && preview.unmapped.lines > 0)
      io.stdout(`${t.unmapped(preview.unmapped.lines, nok(preview.unmapped.amount))}\n`);
    const settlement = preview.settlement;
    if (settlement === null || !settlement.ok) {
      io.stdout('\n');
      io.stderr(`${settlement?.message ?? ''}\n`);
      return EXIT.invalid;
    }
    io.stdout('\n');
    for (const row of settlement.rows) {
      const line =
        row.balance > 0
          ? t.pays(row.name, nok(row.balance))
          : row.balance < 0
            ? t.refund(row.name, nok(-row.balance))
            : t.even(row.name);
      io.stdout(`${line} (${t.detail(nok(row.shareOfActual), nok(row.paid), nok(row.fromFund))})\n`);
    }
    if (settlement.fund !== null)
      io.stdout(`${t.fund(nok(settlement.fund.opening), nok(settlement.fund.closing))}\n`);
    if (settlement.hasPlaceholders) {
      io.stdout(`\n${t.placeholders}\n`);
      for (const p of settlement.placeholders) io.stdout(`  ${p.label}\n`);
    }
    return EXIT.ok;
  },
};
