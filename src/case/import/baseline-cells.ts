/**
 * One row of the «Grunnlag» sheet read cell by cell into the fields of a baseline row, before the schema
 * checks it: numbers as numbers, the scope and basis from their words, ages from whichever of the three forms
 * is filled in (one figure, from–to, or bands «20–29: 3; 30–39: 4»), and each source cell as text.
 * @module
 */
import { MISSING } from '../../i18n/format.ts';
import type { AgeInfo } from '../schema/baseline.ts';
import { TEXT_LIMITS } from '../schema/text.ts';
import { isBlank, quote, readNumber, readText, type CellRead, type CellValue } from './cells.ts';
import {
  OTHER_COST_KINDS,
  SOURCE_COLUMNS,
  choiceValue,
  type ChoiceList,
  type OtherCostKind,
} from './sheet-layout.ts';
import type { TableRow } from './sheet-table.ts';

/** A cell that could not be read: the column and the problem. */
export interface CellProblem {
  column: string;
  code: string;
  quoted: string;
}

/** What a cell of an other-cost column says: no cost of the kind, a cost with no figure (`..`), or an amount. */
export type OtherCostCell = { kind: 'none' } | { kind: 'amount'; amount: number | null };

export interface BaselineCells {
  municipalityNumber: string | undefined;
  areaId: string | undefined;
  scope: string | undefined;
  budgetYear: number | null;
  figureBasis: string | undefined;
  fte: number | null;
  headcount: number | null;
  labourCost: number | null;
  otherCosts: Record<OtherCostKind, OtherCostCell>;
  ages: AgeInfo | null;
  /** The age column the row used, for placing the schema's complaints about ages. */
  ageColumn: string;
  sources: Record<(typeof SOURCE_COLUMNS)[number], string | undefined>;
  notes: string | undefined;
}

/** Bands written «20–29: 3; 30–39: 4» (hyphen or dash, `;` or line breaks between them). */
export function parseAgeBands(text: string): { from: number; to: number; count: number }[] | null {
  const parts = text
    .split(/[;\n]/)
    .map((part) => part.trim())
    .filter((part) => part !== '');
  const bands = parts.map((part) => /^(\d{1,3})\s*[-–—]\s*(\d{1,3})\s*:\s*(\d{1,7})$/.exec(part));
  if (bands.length === 0 || bands.some((band) => band === null)) return null;
  return bands.map((band) => ({ from: Number(band?.[1]), to: Number(band?.[2]), count: Number(band?.[3]) }));
}

/** Bands as the template writes them. */
export function formatAgeBands(bands: readonly { from: number; to: number; count: number }[]): string {
  return bands.map((band) => `${band.from}–${band.to}: ${band.count}`).join('; ');
}

/** A kommunenummer typed as a number loses its leading zero (301 for 0301); this gives it back. */
function municipalityCell(cell: CellValue | undefined): CellRead<string | undefined> {
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell < 10_000)
    return { ok: true, value: String(cell).padStart(4, '0') };
  return readText(cell, TEXT_LIMITS.name);
}

function choiceCell(cell: CellValue | undefined, list: ChoiceList): CellRead<string | undefined> {
  const text = readText(cell, TEXT_LIMITS.name);
  if (!text.ok || text.value === undefined) return text;
  const value = choiceValue(list, text.value);
  return value === undefined
    ? { ok: false, code: 'unknown_choice', quoted: quote(text.value) }
    : { ok: true, value };
}

/** Reads the row; every unreadable cell is a problem, and its field is left empty so it is not reported twice. */
export function readBaselineCells(row: TableRow): { cells: BaselineCells; problems: CellProblem[] } {
  const problems: CellProblem[] = [];
  function take<T>(column: string, read: CellRead<T>, fallback: T): T {
    if (read.ok) return read.value;
    problems.push({ column, code: read.code, quoted: read.quoted });
    return fallback;
  }
  const number = (column: string) => take(column, readNumber(row.cell(column)), null);
  const text = (column: string, max: number) => take(column, readText(row.cell(column), max), undefined);

  const otherCosts = {} as Record<OtherCostKind, OtherCostCell>;
  for (const kind of OTHER_COST_KINDS) {
    const column = `other.${kind}`;
    const cell = row.cell(column);
    otherCosts[kind] = isBlank(cell) ? { kind: 'none' } : { kind: 'amount', amount: number(column) };
  }
  const sources = {} as BaselineCells['sources'];
  for (const field of SOURCE_COLUMNS) sources[field] = text(`source.${field}`, TEXT_LIMITS.line + 100);

  const { ages, ageColumn } = readAges(row, problems, number);
  return {
    cells: {
      municipalityNumber: take(
        'municipalityNumber',
        municipalityCell(row.cell('municipalityNumber')),
        undefined,
      ),
      areaId: text('areaId', TEXT_LIMITS.name),
      scope: take('scope', choiceCell(row.cell('scope'), 'scope'), undefined),
      budgetYear: number('budgetYear'),
      figureBasis: take('figureBasis', choiceCell(row.cell('figureBasis'), 'basis'), undefined),
      fte: number('fte'),
      headcount: number('headcount'),
      labourCost: number('labourCost'),
      otherCosts,
      ages,
      ageColumn,
      sources,
      notes: text('notes', TEXT_LIMITS.paragraph),
    },
    problems,
  };
}

function readAges(
  row: TableRow,
  problems: CellProblem[],
  number: (column: string) => number | null,
): { ages: AgeInfo | null; ageColumn: string } {
  const filled = (column: string) => !isBlank(row.cell(column)) && row.cell(column) !== MISSING;
  const single = filled('ageSingle');
  const range = filled('ageFrom') || filled('ageTo');
  const bands = filled('ageBands');
  if ([single, range, bands].filter(Boolean).length > 1) {
    problems.push({ column: single ? 'ageSingle' : 'ageFrom', code: 'age_several_forms', quoted: '' });
    return { ages: null, ageColumn: 'ageSingle' };
  }
  if (single) {
    const value = number('ageSingle');
    return { ages: value === null ? null : { kind: 'single', value }, ageColumn: 'ageSingle' };
  }
  if (range) {
    const min = number('ageFrom');
    const max = number('ageTo');
    if (min === null || max === null) {
      if (!problems.some((p) => p.column === 'ageFrom' || p.column === 'ageTo'))
        problems.push({
          column: min === null ? 'ageFrom' : 'ageTo',
          code: 'age_range_incomplete',
          quoted: '',
        });
      return { ages: null, ageColumn: 'ageFrom' };
    }
    return { ages: { kind: 'range', min, max }, ageColumn: 'ageFrom' };
  }
  if (bands) {
    const read = readText(row.cell('ageBands'), 2_000);
    const parsed = read.ok && read.value !== undefined ? parseAgeBands(read.value) : null;
    if (!parsed) {
      problems.push({
        column: 'ageBands',
        code: read.ok ? 'age_bands_format' : read.code,
        quoted: read.ok ? '' : read.quoted,
      });
      return { ages: null, ageColumn: 'ageBands' };
    }
    return { ages: { kind: 'bands', bands: parsed }, ageColumn: 'ageBands' };
  }
  return { ages: null, ageColumn: 'ageSingle' };
}
