/**
 * A table as Flokk exports it: the same rows the page shows, as typed cells with a format, so the XLSX writer
 * (`src/documents/spreadsheet/`) can store real numbers with Norwegian number formats and the CSV writer can
 * write them as Norwegian Excel reads them. Headers are in the reader's language and carry the unit
 * («Lønnskostnad (kr)»), never a code name. Built in the case layer: pure, no I/O, the same for web, API and CLI.
 * @module
 */
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import type { Language } from '../../i18n/language.ts';
import type { ViewerRole } from '../people/redact-workforce.ts';
import type { ReferenceDataset } from '../reference/reference-data.ts';
import type { CaseDocument } from '../schema/case-document.ts';

/**
 * One cell: a number, a text, or `null` for a figure the sources do not give (written `..`, as SSB does,
 * never 0).
 */
export type ExportCell = string | number | null;

/**
 * How a column's numbers are shown. `nok`: whole kroner; `thousandNok` / `millionNok`: amounts already divided
 * (the header says «(1 000 kr)» / «(mill. kr)»); `percent`: a share 0–1 shown as %; `decimal1`/`decimal2`:
 * FTE and other measured quantities; `year`: a year without a thousands separator.
 */
export type ExportFormat =
  | 'text'
  | 'integer'
  | 'decimal1'
  | 'decimal2'
  | 'nok'
  | 'thousandNok'
  | 'millionNok'
  | 'percent'
  | 'year'
  | 'date';

export interface ExportColumn {
  /** In the reader's language, with the unit: «Årsverk», «Lønnskostnad (kr)», «Andel (%)». */
  header: string;
  format: ExportFormat;
}

/** Where figures in the workbook come from: one row of the «Kilder» sheet. */
export interface ExportSource {
  kind: 'source' | 'decision' | 'placeholder' | 'own-value' | 'reference-data';
  /** The document's title, the resolution, or the placeholder's field as the form labels it. */
  label: string;
  /** Place in the document, the point of the resolution, «skal fastsettes av …», or the editor and date. */
  detail: string;
  /** Sheet names the source is used in. */
  usedIn: string[];
}

export interface ExportTable {
  id: ExportTableId;
  /** At most 31 characters, no `[]:*?/\` (Excel's rules). */
  sheetName: string;
  /** A sentence above the table: what it is, for which scenario, in which unit. */
  title: string;
  columns: ExportColumn[];
  rows: ExportCell[][];
  /** Lines under the table: «Bygger på plassholdere: …», what `..` means, what was withheld for privacy. */
  notes: string[];
  /** The sources, decisions and placeholders behind the table's figures. */
  sources: ExportSource[];
}

/** Everything one download holds: one or more tables, and the facts the «Kilder» sheet states. */
export interface ExportBundle {
  caseId: string;
  caseTitle: string;
  /** The saved revision; 0 for a workbook made from a case file (the CLI), which has none. */
  revision: number;
  /** When the revision was saved (ISO); the «Kilder» sheet states it with the date of the export. */
  savedAt: string;
  exportedAt: string;
  language: Language;
  tables: ExportTable[];
  /** True when any figure rests on a placeholder: stated on the «Kilder» sheet and in each table's notes. */
  usesPlaceholders: boolean;
  /**
   * Tables of the whole-case workbook that could not be computed for this case (the analysis refused its
   * input), with the reason in words: the «Kilder» sheet names them, so a missing sheet is never silent.
   */
  omitted?: { id: ExportTableId; reason: string }[];
}

/**
 * The tables Flokk exports, by the id used in the API (`?table=`), the CLI (`--table`) and file names. The
 * order is the order of the sheets in the whole-case workbook.
 */
export const EXPORT_TABLE_IDS = [
  'baseline',
  'profile',
  'benchmark',
  'cash-flows',
  'budget-view',
  'socio-economic-view',
  'cost-sharing',
  'fairness',
  'people',
  'departures',
  'switchboard',
  'model-matrix',
  'model-ranking',
  'operations-budget',
  'a-konto',
  'benefits',
  'settlement',
] as const;
export type ExportTableId = (typeof EXPORT_TABLE_IDS)[number];

/** What a table is built for: the reader's language and role (personal data is redacted by role first). */
export interface ExportContext {
  language: Language;
  role: ViewerRole;
  /** The scenario of scenario tables; omitted: the case's first scenario. */
  scenarioId?: string | undefined;
  /** The joint unit and budget year of the operations tables; omitted: the first unit and its latest year. */
  unitId?: string | undefined;
  year?: number | undefined;
  /** The LP solver, passed in where an entry says it needs one (cost sharing, fairness). */
  solver?: LpSolver | undefined;
  /**
   * Paths already withheld from `document` (`baseline[4].ages`), set when the document was redacted for the
   * role before building (`redactForRole`): a builder shows them as `:` (withheld), not `..` (missing).
   */
  withheld?: readonly string[] | undefined;
  /**
   * The SSB/Kartverket figures of the profile and benchmark tables: the dataset the server answers from (a
   * refreshed file may replace the shipped one), so a download shows what the page shows. Absent: the
   * dataset shipped with the build (`shippedReferenceData()`).
   */
  referenceData?: ReferenceDataset | undefined;
}

/** Builds one table from one revision's document; `null` when the case has nothing to show (no scenario). */
export type ExportTableBuilder = (document: CaseDocument, context: ExportContext) => ExportTable | null;
