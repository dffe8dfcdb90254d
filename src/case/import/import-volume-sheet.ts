/**
 * The «Volum» sheet into the scenarios' volume measures (`scenarios[].areas[].volumes`): one row per scenario,
 * service area, municipality and measure. The sheet holds every measure of every scenario area, so a measure
 * the sheet no longer has is removed. Values are checked by the case schema afterwards, with the rest.
 * @module
 */
import { TEXT_LIMITS } from '../schema/text.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { readNumber, readText, type CellRead } from './cells.ts';
import { importMessage } from './import-messages.ts';
import type { IssueList, SheetTable, TableRow } from './sheet-table.ts';

/** `scenario|area|municipality|measure` → the sheet row it came from. */
export type VolumeRows = Map<string, number>;

export const volumeKey = (scenario: string, area: string, municipality: string, measure: string) =>
  `${scenario}|${area}|${municipality}|${measure}`;

function municipalityText(row: TableRow): CellRead<string | undefined> {
  const cell = row.cell('municipalityNumber');
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell < 10_000)
    return { ok: true, value: String(cell).padStart(4, '0') };
  return readText(cell, TEXT_LIMITS.name);
}

/** The case's scenarios with the sheet's volumes, and where each volume came from. */
export function importVolumeSheet(
  table: SheetTable,
  base: CaseDocument,
  issues: IssueList,
): { scenarios: CaseDocument['scenarios']; rows: VolumeRows } {
  const language = issues.language;
  const municipalities = new Set<string>(base.participants.map((p) => p.municipalityNumber));
  const volumes = new Map<string, Record<string, Record<string, number | null>>>();
  const rows: VolumeRows = new Map();
  for (const row of table.rows) {
    const place = (column: string) => ({ sheet: table.name, row: row.row, column: table.header(column) });
    let failed = false;
    const bad = new Set<string>();
    function take<T>(column: string, read: CellRead<T>): T | undefined {
      if (read.ok) return read.value;
      issues.add(place(column), read.code, importMessage(read.code, language, { value: read.quoted }));
      failed = true;
      bad.add(column);
      return undefined;
    }
    const scenarioId = take('scenarioId', readText(row.cell('scenarioId'), TEXT_LIMITS.name));
    const areaId = take('areaId', readText(row.cell('areaId'), TEXT_LIMITS.name));
    const municipality = take('municipalityNumber', municipalityText(row));
    const measure = take('measure', readText(row.cell('measure'), TEXT_LIMITS.name));
    const value = take('value', readNumber(row.cell('value')));
    const required = { scenarioId, areaId, municipalityNumber: municipality, measure };
    for (const [column, given] of Object.entries(required)) {
      if (given === undefined && !bad.has(column)) {
        issues.add(place(column), 'invalid_type', requiredWord(language));
        failed = true;
      }
    }
    if (
      failed ||
      scenarioId === undefined ||
      areaId === undefined ||
      municipality === undefined ||
      measure === undefined
    )
      continue;
    const scenario = base.scenarios.find((s) => s.id === scenarioId);
    if (!scenario) {
      issues.add(
        place('scenarioId'),
        'unknown_scenario',
        importMessage('unknown_scenario', language, { value: scenarioId.slice(0, 40) }),
      );
      continue;
    }
    if (!scenario.areas.some((a) => a.areaId === areaId)) {
      issues.add(
        place('areaId'),
        'unknown_scenario_area',
        importMessage('unknown_scenario_area', language, { value: areaId.slice(0, 40) }),
      );
      continue;
    }
    if (!municipalities.has(municipality)) {
      issues.add(
        place('municipalityNumber'),
        'unknown_municipality',
        importMessage('unknown_municipality', language, { value: municipality.slice(0, 40) }),
      );
      continue;
    }
    const key = volumeKey(scenarioId, areaId, municipality, measure);
    const first = rows.get(key);
    if (first !== undefined) {
      issues.add(
        place('measure'),
        'duplicate_key',
        importMessage('duplicate_key', language, { value: String(first) }),
      );
      continue;
    }
    rows.set(key, row.row);
    const areaKey = `${scenarioId}|${areaId}`;
    const forArea = volumes.get(areaKey) ?? {};
    forArea[municipality] = { ...forArea[municipality], [measure]: value ?? null };
    volumes.set(areaKey, forArea);
  }
  const scenarios = base.scenarios.map((scenario) => ({
    ...scenario,
    areas: scenario.areas.map((area) => ({
      ...area,
      // Values are checked by the schema with the whole case; `null` is reported there as a missing figure.
      volumes: (volumes.get(`${scenario.id}|${area.areaId}`) ?? {}) as typeof area.volumes,
    })),
  }));
  return { scenarios, rows };
}

function requiredWord(language: 'nb' | 'nn' | 'en'): string {
  return { nb: 'Må fylles ut', nn: 'Må fyllast ut', en: 'Required' }[language];
}
