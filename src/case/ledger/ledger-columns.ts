/**
 * Which columns of the host's ledger export hold what (issue 19): the user picks the columns once, Flokk keeps
 * the choice and reads every later export from the same accounting system with it. Columns are named by
 * their header as the file has it (matched without regard to case or surrounding spaces), so a system that
 * adds or moves a column does not break the mapping. `guessMapping` only proposes; the user confirms.
 * @module
 */
import { z } from 'zod';
import type { FieldIssue } from '../../common/errors.ts';
import { toFieldIssues } from '../issue-path.ts';
import { customMessage, zodErrorMap } from '../../i18n/issue-messages.ts';
import type { Language } from '../../i18n/language.ts';
import { TEXT_LIMITS, text } from '../schema/text.ts';

/** A column's header as the export has it. */
const Header = text(TEXT_LIMITS.name);

/** How the amount is given. */
const AmountColumns = z.discriminatedUnion('kind', [
  /** One column: debit (cost) positive, credit (income, reversal) negative. */
  z.strictObject({ kind: z.literal('signed'), column: Header }),
  /** Two columns, both positive: the amount is debit − credit; an empty cell counts as 0. */
  z.strictObject({ kind: z.literal('debitCredit'), debit: Header, credit: Header }),
]);

/** The column mapping of one accounting system's ledger export. */
export const LedgerColumns = z
  .strictObject({
    /** The row with the column headers, counted from 1 as a spreadsheet shows it (exports often start with a title). */
    headerRow: z.int().min(1).max(100),
    /** Art or konto: the account. */
    account: Header,
    /** Ansvar: the responsibility (cost centre). */
    responsibility: Header,
    /** Funksjon: the KOSTRA function. */
    function: Header,
    /** Prosjekt, where the host uses projects. */
    project: Header.optional(),
    /** The line's text (bilagstekst), kept to show beside the line. */
    text: Header.optional(),
    /** The line's date or accounting period. */
    period: Header.optional(),
    amount: AmountColumns,
    /** The decimal sign of amounts written as text: `comma` is 1234,50, `point` is 1234.50. */
    decimal: z.enum(['comma', 'point']),
    /** The thousands separator of amounts written as text: none, a space (any kind), a point or a comma. */
    thousands: z.enum(['none', 'space', 'point', 'comma']),
    /** The CSV field separator; `auto` picks the commonest of `;`, tab and `,` in the header row. */
    delimiter: z.enum(['auto', 'semicolon', 'comma', 'tab']),
  })
  .superRefine((columns, ctx) => {
    if (columns.thousands === columns.decimal) {
      ctx.addIssue({ code: 'custom', message: 'ledger_separators_same', path: ['thousands'] });
    }
    const seen = new Set<string>();
    for (const { path, header } of mappedHeaders(columns)) {
      const key = headerKey(header);
      if (seen.has(key)) ctx.addIssue({ code: 'custom', message: 'ledger_column_twice', path });
      else seen.add(key);
    }
  });
export type LedgerColumns = z.infer<typeof LedgerColumns>;

/** The fields a ledger line is read into, as the mapping names them. */
export type LedgerField =
  'account' | 'responsibility' | 'function' | 'project' | 'text' | 'period' | 'amount' | 'debit' | 'credit';

/** One column the mapping names: the field it holds, its path in the mapping (for messages) and its header. */
export interface MappedColumn {
  field: LedgerField;
  path: string[];
  header: string;
}

/** Every column the mapping names, in the order of the form. */
export function mappedHeaders(columns: LedgerColumns): MappedColumn[] {
  const out: MappedColumn[] = [];
  for (const field of ['account', 'responsibility', 'function', 'project', 'text', 'period'] as const) {
    const header = columns[field];
    if (header !== undefined) out.push({ field, path: [field], header });
  }
  const amount = columns.amount;
  if (amount.kind === 'signed')
    out.push({ field: 'amount', path: ['amount', 'column'], header: amount.column });
  else {
    out.push({ field: 'debit', path: ['amount', 'debit'], header: amount.debit });
    out.push({ field: 'credit', path: ['amount', 'credit'], header: amount.credit });
  }
  return out;
}

/** A header as it is compared: trimmed, lower case, inner spaces single. */
export function headerKey(header: string): string {
  return header.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nb-NO');
}

/** Checks a mapping at a boundary (API, CLI, stored settings); every problem names its field. */
// The result has `parseCase`'s shape, written out: the case schema stores this mapping, so this module must not
// import the case parser (that would be an import cycle).
export function parseLedgerColumns(
  raw: unknown,
  language: Language = 'nb',
): { success: true; data: LedgerColumns } | { success: false; issues: FieldIssue[] } {
  const result = LedgerColumns.safeParse(raw, { error: zodErrorMap(language) });
  if (result.success) return { success: true, data: result.data };
  return {
    success: false,
    issues: toFieldIssues(result.error.issues, (key) => customMessage(key, language)),
  };
}

/**
 * Header words of common Norwegian accounting exports (Visma, Unit4/Agresso, Xledger), compared after
 * `guessKey`. Unit4 municipalities often call the function dimension «Tjeneste».
 */
const HEADER_WORDS: Record<LedgerField, readonly string[]> = {
  account: ['art', 'konto', 'artskonto', 'art konto', 'account'],
  responsibility: ['ansvar', 'ansvarssted', 'ansvarsområde', 'responsibility'],
  function: ['funksjon', 'tjeneste', 'function'],
  project: ['prosjekt', 'project'],
  text: ['tekst', 'bilagstekst', 'beskrivelse', 'posteringstekst', 'text', 'description'],
  period: ['periode', 'regnskapsperiode', 'dato', 'bilagsdato', 'posteringsdato', 'period', 'date'],
  amount: ['beløp', 'belop', 'nettobeløp', 'beløp nok', 'amount'],
  debit: ['debet', 'debit'],
  credit: ['kredit', 'kreditt', 'credit'],
};

/** «Beløp (NOK)», «Konto-nr.» and «Ansvarsnummer» compare as «beløp», «konto» and «ansvar». */
function guessKey(header: string): string {
  return headerKey(header.replace(/\(.*?\)/g, ''))
    .replace(/[.\-_:/]/g, '')
    .trim()
    .replace(/(?<=\p{L}{3})s?\s?(nr|nummer)$/u, '');
}

/** What `guessMapping` found: a mapping to confirm, or the fields it could not place. */
export interface MappingGuess {
  /** A complete mapping to show the user for confirmation; `null` while a required column is not found. */
  columns: LedgerColumns | null;
  /** The header proposed for each field recognised. */
  found: Partial<Record<LedgerField, string>>;
  /** Required fields no header was recognised for (`amount` when neither an amount nor debit and credit was). */
  missing: LedgerField[];
}

/**
 * Proposes a mapping from an export's headers: each field takes the first header whose words it knows; one
 * amount column is preferred to debit and credit. Numbers default to Norwegian text (decimal comma, no
 * thousands separator) and the separator to `auto`; the user confirms or changes all of it.
 * @example guessMapping(['Konto', 'Ansvar', 'Funksjon', 'Beløp']).columns?.amount // → { kind: 'signed', column: 'Beløp' }
 */
export function guessMapping(headers: readonly unknown[], headerRow = 1): MappingGuess {
  const found: Partial<Record<LedgerField, string>> = {};
  const taken = new Set<number>();
  for (const field of Object.keys(HEADER_WORDS) as LedgerField[]) {
    const at = headers.findIndex(
      (h, i) => !taken.has(i) && typeof h === 'string' && HEADER_WORDS[field].includes(guessKey(h)),
    );
    if (at >= 0) {
      taken.add(at);
      found[field] = (headers[at] as string).trim();
    }
  }
  const amount =
    found.amount !== undefined
      ? { kind: 'signed' as const, column: found.amount }
      : found.debit !== undefined && found.credit !== undefined
        ? { kind: 'debitCredit' as const, debit: found.debit, credit: found.credit }
        : undefined;
  const missing = (['account', 'responsibility', 'function'] as const).filter((f) => found[f] === undefined);
  const { account, responsibility, function: fn, project, text: lineText, period } = found;
  if (account === undefined || responsibility === undefined || fn === undefined || amount === undefined) {
    return { columns: null, found, missing: amount ? missing : [...missing, 'amount'] };
  }
  const proposal = {
    headerRow,
    account,
    responsibility,
    function: fn,
    ...(project === undefined ? {} : { project }),
    ...(lineText === undefined ? {} : { text: lineText }),
    ...(period === undefined ? {} : { period }),
    amount,
    decimal: 'comma',
    thousands: 'none',
    delimiter: 'auto',
  } satisfies LedgerColumns;
  // A header that names nothing a person could type (control characters) is no proposal at all.
  const checked = LedgerColumns.safeParse(proposal);
  return checked.success ? { columns: checked.data, found, missing } : { columns: null, found, missing };
}

/** How many rows from the top `guessMappingInRows` looks through for the header row. */
const HEADER_SEARCH_ROWS = 20;

/**
 * Finds the header row of an export that may start with title lines (a report name, the period, blank rows):
 * the first of the top 20 rows that gives a complete proposal, else the one where most fields are recognised.
 * @example guessMappingInRows([['Hovedbok 2027'], [], ['Konto', 'Ansvar', 'Funksjon', 'Beløp']]).columns?.headerRow // → 3
 */
export function guessMappingInRows(rows: readonly (readonly unknown[])[]): MappingGuess {
  let best: MappingGuess = guessMapping(rows[0] ?? []);
  for (let r = 0; r < Math.min(rows.length, HEADER_SEARCH_ROWS); r++) {
    const guess = guessMapping(rows[r] ?? [], r + 1);
    if (guess.columns !== null) return guess;
    if (Object.keys(guess.found).length > Object.keys(best.found).length) best = guess;
  }
  return best;
}
