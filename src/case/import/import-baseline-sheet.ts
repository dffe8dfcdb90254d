/**
 * The «Grunnlag» sheet into the case's baseline: each row read, checked by the schema's own `BaselineRow`,
 * matched with the current revision on its keys (municipality, service area, scope, budget year), its sources
 * decided by the rules in `source-cell.ts`. Rows keep their place in the baseline; rows the sheet no longer has
 * are removed, and new rows come last, so the revision history compares like with like.
 * @module
 */
import { customMessage, zodErrorMap } from '../../i18n/issue-messages.ts';
import { BaselineRow, type FigureSource, type SourcedField } from '../schema/baseline.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { readBaselineCells, type BaselineCells } from './baseline-cells.ts';
import { importMessage } from './import-messages.ts';
import { mergeOtherCosts } from './other-cost-cells.ts';
import { CHOICES, OTHER_COST_KINDS, SOURCE_COLUMNS } from './sheet-layout.ts';
import type { IssueList, SheetTable, TableRow } from './sheet-table.ts';
import { importedSource, type ImportEntry } from './source-cell.ts';

/** The key a baseline row is matched on. */
export function baselineKey(row: {
  municipalityNumber: string;
  areaId: string;
  scope: string;
  budgetYear: number;
}): string {
  return `${row.municipalityNumber}|${row.areaId}|${row.scope}|${row.budgetYear}`;
}

export interface ImportedBaseline {
  baseline: BaselineRow[];
  /** The sheet row each baseline row came from, by its index in `baseline`. */
  sheetRows: number[];
}

type Place = (row: TableRow, column: string) => { sheet: string; row: number; column: string };

/** The column a schema issue's path points at, in the row as read. */
function columnOfPath(path: readonly PropertyKey[], cells: BaselineCells, kinds: readonly string[]): string {
  const [first, second] = path;
  if (first === 'ages') {
    if (second === 'min') return 'ageFrom';
    if (second === 'max') return 'ageTo';
    if (second === 'value') return 'ageSingle';
    if (second === 'bands') return 'ageBands';
    return cells.ageColumn;
  }
  if (first === 'otherCosts' && typeof second === 'number') return `other.${kinds[second] ?? 'other'}`;
  if (first === 'sources' && typeof second === 'string') return `source.${second}`;
  return typeof first === 'string' ? first : 'municipalityNumber';
}

export function importBaselineSheet(
  table: SheetTable,
  base: CaseDocument,
  entry: ImportEntry,
  issues: IssueList,
): ImportedBaseline {
  const language = issues.language;
  const place: Place = (row, column) => ({ sheet: table.name, row: row.row, column: table.header(column) });
  const municipalities = new Set<string>(base.participants.map((p) => p.municipalityNumber));
  const areas = new Set(base.serviceAreas.map((a) => a.id));
  const sourceIds = new Set(base.sources.map((s) => s.id));
  const baseRows = new Map(base.baseline.map((row, index) => [baselineKey(row), index]));
  const seen = new Map<string, number>();
  const imported = new Map<number, { data: BaselineRow; row: number }>();
  const added: { data: BaselineRow; row: number }[] = [];

  for (const row of table.rows) {
    const { cells, problems } = readBaselineCells(row);
    for (const problem of problems) {
      const fill = { value: problem.quoted, choices: choiceWords(problem.column, language) };
      issues.add(place(row, problem.column), problem.code, importMessage(problem.code, language, fill));
    }
    const known = checkKeys(row, cells, { municipalities, areas }, issues, place);
    const scope = cells.scope ?? 'central';
    const key =
      cells.municipalityNumber !== undefined && cells.areaId !== undefined && cells.budgetYear !== null
        ? baselineKey({
            municipalityNumber: cells.municipalityNumber,
            areaId: cells.areaId,
            scope,
            budgetYear: cells.budgetYear,
          })
        : undefined;
    // The schema allows one row per municipality, area and scope, whatever its year.
    const rowId = `${cells.municipalityNumber}|${cells.areaId}|${scope}`;
    const first = seen.get(rowId);
    if (first !== undefined) {
      issues.add(
        place(row, 'municipalityNumber'),
        'duplicate_key',
        importMessage('duplicate_key', language, { value: String(first) }),
      );
      continue;
    }
    seen.set(rowId, row.row);
    if (problems.length > 0 || !known || key === undefined) continue;
    const beforeIndex = baseRows.get(key);
    const before = beforeIndex === undefined ? undefined : base.baseline[beforeIndex];
    const data = buildRow(row, cells, before, { sourceIds, entry, issues, place });
    if (!data) continue;
    if (beforeIndex === undefined) added.push({ data, row: row.row });
    else imported.set(beforeIndex, { data, row: row.row });
  }

  const kept = base.baseline.flatMap((_, index) => {
    const found = imported.get(index);
    return found ? [found] : [];
  });
  const all = [...kept, ...added];
  return { baseline: all.map((item) => item.data), sheetRows: all.map((item) => item.row) };
}

function choiceWords(column: string, language: 'nb' | 'nn' | 'en'): string {
  const list = column === 'scope' ? CHOICES.scope : column === 'figureBasis' ? CHOICES.basis : undefined;
  return list
    ? Object.values(list)
        .map((words) => words[language])
        .join(', ')
    : '';
}

/** Municipality and area must be the case's own; reports each that is not. */
function checkKeys(
  row: TableRow,
  cells: BaselineCells,
  known: { municipalities: Set<string>; areas: Set<string> },
  issues: IssueList,
  place: Place,
): boolean {
  let ok = true;
  if (cells.municipalityNumber !== undefined && !known.municipalities.has(cells.municipalityNumber)) {
    const value = cells.municipalityNumber.slice(0, 40);
    issues.add(
      place(row, 'municipalityNumber'),
      'unknown_municipality',
      importMessage('unknown_municipality', issues.language, { value }),
    );
    ok = false;
  }
  if (cells.areaId !== undefined && !known.areas.has(cells.areaId)) {
    const value = cells.areaId.slice(0, 40);
    issues.add(
      place(row, 'areaId'),
      'unknown_area',
      importMessage('unknown_area', issues.language, { value }),
    );
    ok = false;
  }
  return ok;
}

/** The row as the schema has it, or `null` when the schema or a source cell refuses it (each problem reported). */
function buildRow(
  row: TableRow,
  cells: BaselineCells,
  before: BaselineRow | undefined,
  context: { sourceIds: Set<string>; entry: ImportEntry; issues: IssueList; place: Place },
): BaselineRow | null {
  const { issues, place } = context;
  const language = issues.language;
  let failed = false;
  const sources: Partial<Record<SourcedField, FigureSource>> = {};
  for (const field of SOURCE_COLUMNS) {
    const read = importedSource(
      {
        cell: cells.sources[field],
        value: cells[field],
        before: before ? { value: before[field], source: before.sources[field] } : undefined,
      },
      context.sourceIds,
      context.entry,
      language,
    );
    if (!read.ok) {
      issues.add(
        place(row, `source.${field}`),
        read.code,
        importMessage(read.code, language, { value: read.value.slice(0, 40) }),
      );
      failed = true;
    } else if (read.source !== undefined) sources[field] = read.source;
  }
  const other = mergeOtherCosts(cells.otherCosts, before?.otherCosts ?? []);
  for (const kind of other.several) {
    issues.add(
      place(row, `other.${kind}`),
      'other_costs_several',
      importMessage('other_costs_several', language),
    );
    failed = true;
  }
  if (failed) return null;
  const notes = cells.notes ?? (before?.notes === '' ? '' : undefined);
  const candidate = {
    areaId: cells.areaId,
    municipalityNumber: cells.municipalityNumber,
    scope: cells.scope ?? 'central',
    budgetYear: cells.budgetYear,
    ...(cells.figureBasis === undefined ? {} : { figureBasis: cells.figureBasis }),
    fte: cells.fte,
    headcount: cells.headcount,
    labourCost: cells.labourCost,
    ages: cells.ages,
    otherCosts: other.costs,
    ...(notes === undefined ? {} : { notes }),
    sources,
  };
  const parsed = BaselineRow.safeParse(candidate, { error: zodErrorMap(language) });
  if (parsed.success) return parsed.data;
  const kinds = other.costs.map((cost) => cost.kind);
  for (const issue of parsed.error.issues) {
    const column = columnOfPath(issue.path, cells, kinds.length > 0 ? kinds : OTHER_COST_KINDS);
    const code = issue.code === 'custom' ? issue.message : issue.code;
    const message = issue.code === 'custom' ? customMessage(issue.message, language) : issue.message;
    issues.add(place(row, column), code, message);
  }
  return null;
}
