/**
 * The host's ledger export (CSV or .xlsx) checked against a case, for the preview and the save of the annual
 * settlement (the server's `ledger-import` job and the CLI): the file's headers; the column mapping used and
 * where it came from (given by the user, remembered for the unit, or guessed from the headers); every error
 * by row and column; the actual cost per component, the unmapped lines by group, and the settlement the
 * figures would give, computed on the document with the import applied in memory. Never throws on a file.
 * @module
 */
import type { ImportIssue } from '../../case/import/sheet-table.ts';
import type { CellValue } from '../../case/import/cells.ts';
import { csvRows, decodeCsv, detectDelimiter, type CsvDelimiter } from '../../case/ledger/csv-rows.ts';
import {
  guessMappingInRows,
  headerKey,
  mappedHeaders,
  type LedgerColumns,
  type LedgerField,
  type MappingGuess,
} from '../../case/ledger/ledger-columns.ts';
import {
  MAX_LEDGER_CELL,
  readLedgerCsv,
  readLedgerRows,
  type LedgerRead,
} from '../../case/ledger/read-ledger.ts';
import {
  applyLedger,
  type LedgerImport,
  type LedgerImportInput,
} from '../../case/operations/ledger-import.ts';
import {
  settlementSummary,
  type SettlementMissing,
  type SettlementSummary,
} from '../../case/operations/settlement-summary.ts';
import { fieldLabel } from '../../case/field-label.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { Language } from '../../i18n/language.ts';
import { isLedgerWorkbook, readLedgerSheet } from './read-ledger-file.ts';

export type MappingFrom = 'given' | 'remembered' | 'guessed';

export interface LedgerFileOptions extends Omit<LedgerImportInput, 'lines' | 'columns'> {
  /** The mapping the user sent; without it the unit's remembered one, else a guess from the headers. */
  columns?: LedgerColumns | undefined;
  language: Language;
}

/** What the preview shows, and the save's 422 lists (`errors`). */
export interface LedgerFilePreview {
  /** The header row's cells as text, as the mapping's selects offer them. */
  headers: string[];
  mapping: LedgerColumns | null;
  mappingFrom: MappingFrom | null;
  /** Required fields no header was recognised for, when no mapping was given, remembered or guessed. */
  missingFields: LedgerField[];
  /** Ledger lines read (0 while there are errors). */
  lines: number;
  errors: ImportIssue[];
  actual: LedgerImport['actual'];
  unmapped: LedgerImport['unmapped'] | null;
  /** The settlement the figures would give, or what it still lacks in words; `null` while there are errors. */
  settlement: SettlementSummary | SettlementMissing | null;
}

export interface LedgerFileResult {
  preview: LedgerFilePreview;
  /** The document with the import applied; `null` when anything is wrong (then nothing may be saved). */
  document: CaseDocument | null;
  recorded: LedgerImport['recorded'] | null;
}

/** Most header cells offered, and their longest text. */
const MAX_HEADERS = 200;
const MAX_HEADER_CHARS = 200;
/** Rows looked through for the header row when guessing (as `guessMappingInRows` does). */
const GUESS_ROWS = 20;

const DELIMITER: Record<Exclude<LedgerColumns['delimiter'], 'auto'>, CsvDelimiter> = {
  semicolon: ';',
  comma: ',',
  tab: '\t',
};

/** The top rows of a CSV file as a separator would split them. */
function csvHead(bytes: Uint8Array, delimiter: CsvDelimiter): string[][] {
  return csvRows(decodeCsv(bytes).text, delimiter, { maxRows: GUESS_ROWS + 80, maxCell: MAX_LEDGER_CELL })
    .rows;
}

const DELIMITER_NAME: Record<CsvDelimiter, LedgerColumns['delimiter']> = {
  ';': 'semicolon',
  ',': 'comma',
  '\t': 'tab',
};

/** The guess for a CSV file: each separator tried, the one that finds a complete mapping (or most fields) kept. */
function guessCsv(bytes: Uint8Array): { guess: MappingGuess; rows: string[][] } {
  let best: { guess: MappingGuess; rows: string[][] } | null = null;
  for (const delimiter of [';', '\t', ','] as const) {
    const rows = csvHead(bytes, delimiter);
    const guess = guessMappingInRows(rows.slice(0, GUESS_ROWS));
    if (guess.columns !== null) {
      // The separator that found the headers is part of the proposal, so the user sees which it was.
      return {
        guess: { ...guess, columns: { ...guess.columns, delimiter: DELIMITER_NAME[delimiter] } },
        rows,
      };
    }
    if (best === null || Object.keys(guess.found).length > Object.keys(best.guess.found).length)
      best = { guess, rows };
  }
  return best as { guess: MappingGuess; rows: string[][] };
}

function headerTexts(row: readonly CellValue[] | undefined): string[] {
  return (row ?? [])
    .slice(0, MAX_HEADERS)
    .map((cell) => (typeof cell === 'string' || typeof cell === 'number' ? String(cell).trim() : ''))
    .map((text) => text.slice(0, MAX_HEADER_CHARS));
}

/** True when every column `mapping` names is among `headers` (compared as the reader compares them). */
function fitsHeaders(mapping: LedgerColumns, headers: readonly string[]): boolean {
  const present = new Set(headers.map(headerKey));
  return mappedHeaders(mapping).every(({ header }) => present.has(headerKey(header)));
}

/** The settlement a year could not give, as an error without row or column. */
function viewIssue(code: string, message: string): ImportIssue {
  return { sheet: null, row: null, column: null, code, message, text: message };
}

const NO_MAPPING: Record<Language, string> = {
  nb: 'Fant ikke kolonnene for art (konto), ansvar, funksjon og beløp. Velg kolonnene selv.',
  nn: 'Fann ikkje kolonnane for art (konto), ansvar, funksjon og beløp. Vel kolonnane sjølv.',
  en: 'Could not find the columns for account, responsibility, function and amount. Choose the columns.',
};

/**
 * Reads `bytes` against `document` for the options' unit and year. The unit and budget must exist (the
 * caller answers 404 otherwise); a mapping that names no column of the file is an error like any other.
 */
export async function importLedgerFile(
  bytes: Uint8Array,
  document: CaseDocument,
  options: LedgerFileOptions,
): Promise<LedgerFileResult> {
  const { language } = options;
  const workbook = isLedgerWorkbook(bytes);
  const sheet = workbook ? await readLedgerSheet(bytes, language) : null;
  const remembered = document.operations.units.find((u) => u.id === options.unitId)?.ledgerColumns;
  const empty = { actual: [], unmapped: null, settlement: null };
  const fail = (preview: Omit<LedgerFilePreview, keyof typeof empty>): LedgerFileResult => ({
    preview: { ...preview, ...empty },
    document: null,
    recorded: null,
  });
  if (sheet !== null && !sheet.ok)
    return fail({
      headers: [],
      mapping: null,
      mappingFrom: null,
      missingFields: [],
      lines: 0,
      errors: sheet.issues,
    });

  const headRowsFor = (mapping: LedgerColumns): readonly (readonly CellValue[])[] => {
    if (sheet !== null) return sheet.rows;
    const delimiter =
      mapping.delimiter === 'auto'
        ? detectDelimiter(decodeCsv(bytes).text, mapping.headerRow)
        : DELIMITER[mapping.delimiter];
    return csvHead(bytes, delimiter);
  };
  // Last year's mapping is used while the file has every column it names; a file laid out otherwise (another
  // export, another system) gets a fresh guess instead, since the remembered columns could not be chosen away
  // on the page (text and period are not among its selects) and would only give «column not found».
  const rememberedFits =
    remembered !== undefined &&
    options.columns === undefined &&
    fitsHeaders(remembered, headerTexts(headRowsFor(remembered)[remembered.headerRow - 1]));
  let columns: LedgerColumns | null = options.columns ?? (rememberedFits ? remembered : null) ?? null;
  const mappingFrom: MappingFrom | null = options.columns ? 'given' : rememberedFits ? 'remembered' : null;
  let missingFields: LedgerField[] = [];
  let headRows: readonly (readonly CellValue[])[];
  if (columns === null) {
    const { guess, rows } =
      sheet !== null ? { guess: guessMappingInRows(sheet.rows), rows: sheet.rows } : guessCsv(bytes);
    columns = guess.columns;
    missingFields = guess.missing;
    headRows = rows;
  } else {
    headRows = headRowsFor(columns);
  }
  const headerRow = columns?.headerRow ?? 1;
  const headers = headerTexts(headRows[headerRow - 1]);
  const from: MappingFrom | null = columns === null ? null : (mappingFrom ?? 'guessed');
  if (columns === null) {
    const issue = viewIssue('ledger_no_mapping', NO_MAPPING[language]);
    return fail({ headers, mapping: null, mappingFrom: null, missingFields, lines: 0, errors: [issue] });
  }
  const read: LedgerRead =
    sheet !== null
      ? readLedgerRows(sheet.rows, columns, language, sheet.name)
      : readLedgerCsv(bytes, columns, language);
  const base = { headers, mapping: columns, mappingFrom: from, missingFields };
  if (!read.ok) return fail({ ...base, lines: 0, errors: read.issues });

  const applied = applyLedger(document, { ...options, lines: read.lines, columns });
  if (!applied.ok) {
    const issue = viewIssue(applied.code, fieldLabel(applied.path, document, language));
    return fail({ ...base, lines: read.lines.length, errors: [issue] });
  }
  return {
    preview: {
      ...base,
      lines: read.lines.length,
      errors: [],
      actual: applied.actual,
      unmapped: applied.unmapped,
      settlement: settlementSummary(applied.document, options.unitId, options.year, language),
    },
    document: applied.document,
    recorded: applied.recorded,
  };
}
