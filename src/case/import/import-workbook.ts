/**
 * A filled-in baseline template into a new case document: the sheets read and matched with the current
 * revision, every row through the schema's own `BaselineRow`, then the whole document through `parseCase` and
 * the source rule the save route applies (`checkSourceIntegrity`), every problem placed at its sheet, row and
 * column. A document comes back only when there is no problem at all; otherwise every problem does.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import { fieldLabel, parsePath } from '../field-label.ts';
import { parseCase } from '../parse-case.ts';
import { LIST_LIMITS } from '../schema/common.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { checkSourceIntegrity } from '../source-integrity.ts';
import type { SheetGrid } from './cells.ts';
import { importBaselineSheet } from './import-baseline-sheet.ts';
import { importCallSheet, callKey, type CallRows } from './import-call-sheet.ts';
import { importChanges, type ImportChange } from './import-changes.ts';
import { importMessage } from './import-messages.ts';
import { importVolumeSheet, volumeKey, type VolumeRows } from './import-volume-sheet.ts';
import { SHEET_NAMES, sheetForName, type SheetId } from './sheet-layout.ts';
import { IssueList, readSheetTable, type ImportIssue, type SheetTable } from './sheet-table.ts';
import type { ImportEntry } from './source-cell.ts';

export type { ImportIssue } from './sheet-table.ts';
export type { ImportChange } from './import-changes.ts';

export type ImportResult =
  { ok: true; document: CaseDocument; changes: ImportChange[] } | { ok: false; issues: ImportIssue[] };

/** Most rows a sheet may have: the baseline's own limit (one row per area × municipality × scope). */
export const MAX_SHEET_ROWS = LIST_LIMITS.baseline;

/** Where the rows of the new document came from, to place the whole-document checks' problems. */
interface Origins {
  tables: Partial<Record<SheetId, SheetTable>>;
  baselineRows: number[];
  volumeRows: VolumeRows;
  callRows: CallRows;
}

function findTables(sheets: readonly SheetGrid[], issues: IssueList): Partial<Record<SheetId, SheetTable>> {
  const tables: Partial<Record<SheetId, SheetTable>> = {};
  for (const grid of sheets) {
    const sheet = sheetForName(grid.name);
    if (sheet === undefined || tables[sheet]) continue;
    const table = readSheetTable(grid, sheet, issues, MAX_SHEET_ROWS);
    if (table) tables[sheet] = table;
  }
  if (!sheets.some((grid) => sheetForName(grid.name) === 'baseline')) {
    const name = SHEET_NAMES.baseline[issues.language];
    issues.add(
      { sheet: null, row: null, column: null },
      'missing_sheet',
      importMessage('missing_sheet', issues.language, { value: name }),
    );
  }
  return tables;
}

/** The sheet, row and column a problem of the whole document is in, by its path. */
function placeOf(path: string, origins: Origins, document: CaseDocument) {
  const segments = parsePath(path);
  const [top, index] = segments;
  const { tables } = origins;
  if (top === 'baseline' && typeof index === 'number' && tables.baseline) {
    const field = segments[2];
    const column =
      field === 'sources'
        ? `source.${String(segments[3])}`
        : field === 'ages'
          ? (({ min: 'ageFrom', max: 'ageTo', bands: 'ageBands' } as Record<string, string>)[
              String(segments[3])
            ] ?? 'ageSingle')
          : field === 'otherCosts'
            ? 'other.other'
            : typeof field === 'string'
              ? field
              : 'municipalityNumber';
    const row = origins.baselineRows[index];
    if (row !== undefined)
      return { sheet: tables.baseline.name, row, column: tables.baseline.header(column) };
  }
  if (top === 'scenarios' && typeof index === 'number' && segments[4] === 'volumes' && tables.volumes) {
    const scenario = document.scenarios[index];
    const area = typeof segments[3] === 'number' ? scenario?.areas[segments[3]] : undefined;
    const row =
      scenario && area
        ? origins.volumeRows.get(
            volumeKey(scenario.id, area.areaId, String(segments[5]), String(segments[6])),
          )
        : undefined;
    if (row !== undefined) return { sheet: tables.volumes.name, row, column: tables.volumes.header('value') };
  }
  if (
    top === 'people' &&
    segments[2] === 'municipalities' &&
    typeof segments[3] === 'number' &&
    tables.calls
  ) {
    const entry = document.people.switchboard.municipalities[segments[3]];
    const call = typeof segments[5] === 'number' ? entry?.calls?.[segments[5]] : undefined;
    const row =
      entry && call
        ? origins.callRows.get(callKey(entry.municipalityNumber, call.weekday, call.startMinute))
        : undefined;
    if (row !== undefined) return { sheet: tables.calls.name, row, column: tables.calls.header('calls') };
  }
  return null;
}

function addDocumentIssues(
  found: readonly { path: string; code: string; message: string }[],
  origins: Origins,
  document: CaseDocument,
  issues: IssueList,
): void {
  for (const issue of found) {
    const place = placeOf(issue.path, origins, document);
    if (place) issues.add(place, issue.code, issue.message);
    else
      issues.add(
        { sheet: null, row: null, column: null },
        issue.code,
        `${fieldLabel(issue.path, document, issues.language)}: ${issue.message}`,
      );
  }
}

/**
 * Reads `sheets` against `base` (the current revision). `entry` is who imports and when (the server's session
 * and clock, or the CLI's user), stamped on every figure that becomes the importer's own value.
 */
export function importWorkbook(
  sheets: readonly SheetGrid[],
  base: CaseDocument,
  entry: ImportEntry,
  language: Language,
): ImportResult {
  const issues = new IssueList(language);
  const tables = findTables(sheets, issues);
  const baseline = tables.baseline ? importBaselineSheet(tables.baseline, base, entry, issues) : null;
  const volumes = tables.volumes ? importVolumeSheet(tables.volumes, base, issues) : null;
  const calls = tables.calls ? importCallSheet(tables.calls, base, issues) : null;
  if (issues.items.length > 0 || !baseline) return { ok: false, issues: issues.all() };

  const next = {
    ...base,
    baseline: baseline.baseline,
    scenarios: volumes?.scenarios ?? base.scenarios,
    people: { ...base.people, switchboard: calls?.switchboard ?? base.people.switchboard },
  };
  const origins: Origins = {
    tables,
    baselineRows: baseline.sheetRows,
    volumeRows: volumes?.rows ?? new Map(),
    callRows: calls?.rows ?? new Map(),
  };
  const parsed = parseCase(next, language);
  if (!parsed.success) {
    addDocumentIssues(parsed.issues, origins, next, issues);
    return { ok: false, issues: issues.all() };
  }
  const sourced = checkSourceIntegrity(base, parsed.data, entry, language);
  if (sourced.issues.length > 0) {
    addDocumentIssues(sourced.issues, origins, parsed.data, issues);
    return { ok: false, issues: issues.all() };
  }
  return { ok: true, document: sourced.document, changes: importChanges(base, sourced.document, language) };
}
