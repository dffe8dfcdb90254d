/**
 * The template's content, as plain cells: one row per baseline row, volume measure and call count of the
 * case, written so that reading the workbook back gives the same case (`importWorkbook` of an untouched
 * template changes nothing). Missing figures are `..`; the sheet writer adds formats, widths and lists.
 * @module
 */
import { MISSING } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { areaName, municipalityName, textOf } from '../field-label.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { formatAgeBands } from './baseline-cells.ts';
import { formatTime, type CellValue } from './cells.ts';
import { otherCostCell } from './other-cost-cells.ts';
import { CHOICES, OTHER_COST_KINDS, SHEET_COLUMNS, SOURCE_COLUMNS, type SheetId } from './sheet-layout.ts';
import { sourceCellText } from './source-cell.ts';

const figure = (value: number | null): CellValue => (value === null ? MISSING : value);

function baselineRows(document: CaseDocument, language: Language): Record<string, CellValue>[] {
  return document.baseline.map((row) => {
    const ages = row.ages;
    const cells: Record<string, CellValue> = {
      municipalityNumber: row.municipalityNumber,
      municipalityName: municipalityName(document, row.municipalityNumber),
      areaId: row.areaId,
      areaName: areaName(document, row.areaId, language),
      scope: CHOICES.scope[row.scope]?.[language] ?? row.scope,
      budgetYear: row.budgetYear,
      figureBasis:
        row.figureBasis === undefined ? null : (CHOICES.basis[row.figureBasis]?.[language] ?? null),
      fte: figure(row.fte),
      headcount: figure(row.headcount),
      labourCost: figure(row.labourCost),
      ageSingle: ages?.kind === 'single' ? ages.value : null,
      ageFrom: ages?.kind === 'range' ? ages.min : null,
      ageTo: ages?.kind === 'range' ? ages.max : null,
      ageBands: ages?.kind === 'bands' ? formatAgeBands(ages.bands) : null,
      notes: row.notes ?? null,
    };
    for (const kind of OTHER_COST_KINDS) {
      const cell = otherCostCell(row.otherCosts, kind);
      cells[`other.${kind}`] = cell.kind === 'none' ? null : figure(cell.amount);
    }
    for (const field of SOURCE_COLUMNS)
      cells[`source.${field}`] = sourceCellText(row.sources[field], language) || null;
    return cells;
  });
}

function volumeRows(document: CaseDocument, language: Language): Record<string, CellValue>[] {
  return document.scenarios.flatMap((scenario) =>
    scenario.areas.flatMap((area) =>
      Object.entries(area.volumes).flatMap(([municipality, measures]) =>
        Object.entries(measures).map(([measure, value]) => ({
          scenarioId: scenario.id,
          scenarioName: textOf(scenario.name, language) ?? scenario.id,
          areaId: area.areaId,
          areaName: areaName(document, area.areaId, language),
          municipalityNumber: municipality,
          municipalityName: municipalityName(document, municipality),
          measure,
          value,
        })),
      ),
    ),
  );
}

function callRows(document: CaseDocument, language: Language): Record<string, CellValue>[] {
  return document.people.switchboard.municipalities.flatMap((entry) =>
    (entry.calls ?? []).map((call) => ({
      municipalityNumber: entry.municipalityNumber,
      municipalityName: municipalityName(document, entry.municipalityNumber),
      weekday: CHOICES.weekday[String(call.weekday)]?.[language] ?? String(call.weekday),
      startTime: formatTime(call.startMinute),
      calls: call.calls,
    })),
  );
}

/** Each data sheet's rows as lists of cells in the layout's column order. */
export function templateRows(document: CaseDocument, language: Language): Record<SheetId, CellValue[][]> {
  const ordered = (sheet: SheetId, rows: Record<string, CellValue>[]) =>
    rows.map((row) => SHEET_COLUMNS[sheet].map((column) => row[column.id] ?? null));
  return {
    baseline: ordered('baseline', baselineRows(document, language)),
    volumes: ordered('volumes', volumeRows(document, language)),
    calls: ordered('calls', callRows(document, language)),
  };
}
