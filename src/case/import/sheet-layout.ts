/**
 * The baseline template's layout: its sheets and columns, with headers in bokmål, nynorsk and English. The
 * template writer and the importer both read this one table, so a header the writer puts in a workbook is one
 * the importer knows, in any of the three languages. Pure: no workbook library here.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { LANGUAGES } from '../../i18n/language.ts';

export type Words = Record<Language, string>;
const w = (nb: string, nn: string, en: string): Words => ({ nb, nn, en });

/** The data sheets: the baseline rows, the scenarios' volume measures, the switchboard's call counts. */
export type SheetId = 'baseline' | 'volumes' | 'calls';
export const SHEET_IDS: readonly SheetId[] = ['baseline', 'volumes', 'calls'];

export const SHEET_NAMES: Record<SheetId, Words> = {
  baseline: w('Grunnlag', 'Grunnlag', 'Baseline'),
  volumes: w('Volum', 'Volum', 'Volumes'),
  calls: w('Anrop', 'Anrop', 'Calls'),
};

export const INSTRUCTIONS_SHEET: Words = w('Slik fyller du ut', 'Slik fyller du ut', 'How to fill in');

/**
 * How a column's cells are read and written. `text`: as written · `integer` / `decimal2` / `nok`: numbers
 * (kroner whole) · `year`: a year without separator · `time`: «08:00», a time of day.
 */
export type ColumnFormat = 'text' | 'integer' | 'decimal2' | 'nok' | 'year' | 'time';

/** A fixed list of words a cell may hold (Excel's data validation offers them). */
export type ChoiceList = 'scope' | 'basis' | 'weekday';

export interface ColumnDef {
  id: string;
  header: Words;
  format: ColumnFormat;
  /** A key column: the import matches rows on these. Its header says «(nøkkel)». */
  key?: boolean;
  /** Shown for the reader's sake (a name beside its number); the import does not read it. */
  info?: boolean;
  /** May be left empty without meaning anything (a missing figure is `..` or empty). */
  choices?: ChoiceList;
  /** Column width in characters. */
  width: number;
}

const KEY_SUFFIX = w(' (nøkkel)', ' (nøkkel)', ' (key)');
const key = (header: Words): Words =>
  w(...(LANGUAGES.map((l) => header[l] + KEY_SUFFIX[l]) as [string, string, string]));

/** The other-cost kinds of the schema, one column each. */
export const OTHER_COST_KINDS = ['systems', 'premises', 'travel', 'other'] as const;
export type OtherCostKind = (typeof OTHER_COST_KINDS)[number];

/** The baseline's fields that carry a source, one source column each (as `SourcedField`). */
export const SOURCE_COLUMNS = ['fte', 'headcount', 'labourCost', 'ages'] as const;

/** The municipality a row is about: its number is the key, its name is there for the reader. Every sheet has both. */
const MUNICIPALITY_COLUMNS: readonly ColumnDef[] = [
  {
    id: 'municipalityNumber',
    header: key(w('Kommunenummer', 'Kommunenummer', 'Municipality number')),
    format: 'text',
    key: true,
    width: 22,
  },
  {
    id: 'municipalityName',
    header: w('Kommune', 'Kommune', 'Municipality'),
    format: 'text',
    info: true,
    width: 18,
  },
];

export const BASELINE_COLUMNS: readonly ColumnDef[] = [
  ...MUNICIPALITY_COLUMNS,
  {
    id: 'areaId',
    header: key(w('Tjenesteområde-id', 'Tenesteområde-id', 'Service area id')),
    format: 'text',
    key: true,
    width: 28,
  },
  {
    id: 'areaName',
    header: w('Tjenesteområde', 'Tenesteområde', 'Service area'),
    format: 'text',
    info: true,
    width: 30,
  },
  {
    id: 'scope',
    header: key(w('Omfang', 'Omfang', 'Scope')),
    format: 'text',
    key: true,
    choices: 'scope',
    width: 16,
  },
  {
    id: 'budgetYear',
    header: key(w('Budsjettår', 'Budsjettår', 'Budget year')),
    format: 'year',
    key: true,
    width: 18,
  },
  {
    id: 'figureBasis',
    header: w('Tallgrunnlag', 'Talgrunnlag', 'Basis of figures'),
    format: 'text',
    choices: 'basis',
    width: 22,
  },
  { id: 'fte', header: w('Årsverk', 'Årsverk', 'FTE'), format: 'decimal2', width: 10 },
  {
    id: 'headcount',
    header: w('Antall personer', 'Talet på personar', 'Headcount'),
    format: 'integer',
    width: 16,
  },
  {
    id: 'labourCost',
    header: w('Lønnskostnad (kr)', 'Lønskostnad (kr)', 'Labour cost (NOK)'),
    format: 'nok',
    width: 18,
  },
  {
    id: 'other.systems',
    header: w('Systemer (kr)', 'System (kr)', 'Systems (NOK)'),
    format: 'nok',
    width: 14,
  },
  {
    id: 'other.premises',
    header: w('Lokaler (kr)', 'Lokale (kr)', 'Premises (NOK)'),
    format: 'nok',
    width: 14,
  },
  { id: 'other.travel', header: w('Reise (kr)', 'Reise (kr)', 'Travel (NOK)'), format: 'nok', width: 14 },
  {
    id: 'other.other',
    header: w('Andre kostnader (kr)', 'Andre kostnader (kr)', 'Other costs (NOK)'),
    format: 'nok',
    width: 20,
  },
  {
    id: 'ageSingle',
    header: w('Alder (ett tall)', 'Alder (eitt tal)', 'Age (one figure)'),
    format: 'integer',
    width: 16,
  },
  { id: 'ageFrom', header: w('Alder fra', 'Alder frå', 'Age from'), format: 'integer', width: 10 },
  { id: 'ageTo', header: w('Alder til', 'Alder til', 'Age to'), format: 'integer', width: 10 },
  { id: 'ageBands', header: w('Aldersgrupper', 'Aldersgrupper', 'Age bands'), format: 'text', width: 26 },
  {
    id: 'source.fte',
    header: w('Kilde for årsverk', 'Kjelde for årsverk', 'Source of FTE'),
    format: 'text',
    width: 40,
  },
  {
    id: 'source.headcount',
    header: w('Kilde for antall personer', 'Kjelde for talet på personar', 'Source of headcount'),
    format: 'text',
    width: 30,
  },
  {
    id: 'source.labourCost',
    header: w('Kilde for lønnskostnad', 'Kjelde for lønskostnad', 'Source of labour cost'),
    format: 'text',
    width: 40,
  },
  {
    id: 'source.ages',
    header: w('Kilde for alder', 'Kjelde for alder', 'Source of ages'),
    format: 'text',
    width: 40,
  },
  { id: 'notes', header: w('Merknad', 'Merknad', 'Notes'), format: 'text', width: 40 },
];

export const VOLUME_COLUMNS: readonly ColumnDef[] = [
  {
    id: 'scenarioId',
    header: key(w('Scenario-id', 'Scenario-id', 'Scenario id')),
    format: 'text',
    key: true,
    width: 26,
  },
  {
    id: 'scenarioName',
    header: w('Scenario', 'Scenario', 'Scenario'),
    format: 'text',
    info: true,
    width: 30,
  },
  {
    id: 'areaId',
    header: key(w('Tjenesteområde-id', 'Tenesteområde-id', 'Service area id')),
    format: 'text',
    key: true,
    width: 28,
  },
  {
    id: 'areaName',
    header: w('Tjenesteområde', 'Tenesteområde', 'Service area'),
    format: 'text',
    info: true,
    width: 30,
  },
  ...MUNICIPALITY_COLUMNS,
  {
    id: 'measure',
    header: key(w('Volummål', 'Volummål', 'Volume measure')),
    format: 'text',
    key: true,
    width: 24,
  },
  { id: 'value', header: w('Verdi per år', 'Verdi per år', 'Value per year'), format: 'decimal2', width: 14 },
];

export const CALL_COLUMNS: readonly ColumnDef[] = [
  ...MUNICIPALITY_COLUMNS,
  {
    id: 'weekday',
    header: key(w('Ukedag', 'Vekedag', 'Weekday')),
    format: 'text',
    key: true,
    choices: 'weekday',
    width: 18,
  },
  {
    id: 'startTime',
    header: key(w('Starttid', 'Starttid', 'Start time')),
    format: 'time',
    key: true,
    width: 18,
  },
  { id: 'calls', header: w('Anrop', 'Anrop', 'Calls'), format: 'decimal2', width: 10 },
];

export const SHEET_COLUMNS: Record<SheetId, readonly ColumnDef[]> = {
  baseline: BASELINE_COLUMNS,
  volumes: VOLUME_COLUMNS,
  calls: CALL_COLUMNS,
};

/** The words of each choice list, per language; the import accepts any language's word and the schema's id. */
export const CHOICES: Record<ChoiceList, Record<string, Words>> = {
  scope: {
    central: w('sentralt', 'sentralt', 'central'),
    decentral: w('desentralt', 'desentralt', 'decentral'),
  },
  basis: {
    budget: w('budsjett', 'budsjett', 'budget'),
    asOfDocument: w('per kildens dato', 'per datoen til kjelda', "as of the source's date"),
  },
  weekday: {
    '1': w('mandag', 'måndag', 'Monday'),
    '2': w('tirsdag', 'tysdag', 'Tuesday'),
    '3': w('onsdag', 'onsdag', 'Wednesday'),
    '4': w('torsdag', 'torsdag', 'Thursday'),
    '5': w('fredag', 'fredag', 'Friday'),
    '6': w('lørdag', 'laurdag', 'Saturday'),
    '7': w('søndag', 'sundag', 'Sunday'),
  },
};

/** Comparable form of a header or word: trimmed, lower case, inner spaces collapsed. */
export function normalizeWord(value: string): string {
  return value.trim().replace(/\s+/g, ' ').toLowerCase();
}

/** The column a header names, in any language; `undefined` for a header Flokk does not know. */
export function columnForHeader(sheet: SheetId, header: string): ColumnDef | undefined {
  const wanted = normalizeWord(header);
  return SHEET_COLUMNS[sheet].find((column) =>
    LANGUAGES.some((language) => normalizeWord(column.header[language]) === wanted),
  );
}

/** The sheet a workbook sheet name is, in any language. */
export function sheetForName(name: string): SheetId | undefined {
  const wanted = normalizeWord(name);
  return SHEET_IDS.find((sheet) => LANGUAGES.some((l) => normalizeWord(SHEET_NAMES[sheet][l]) === wanted));
}

/** The schema value a choice cell means, from any language's word or the value itself; `undefined` if none. */
export function choiceValue(list: ChoiceList, cell: string): string | undefined {
  const wanted = normalizeWord(cell);
  for (const [value, words] of Object.entries(CHOICES[list])) {
    if (normalizeWord(value) === wanted || LANGUAGES.some((l) => normalizeWord(words[l]) === wanted))
      return value;
  }
  return undefined;
}
