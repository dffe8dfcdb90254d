/**
 * The baseline grouped into tables: one per service area and scope (central before decentral), each with
 * its rows (and their index in the document, for paths like `baseline[2].ages`) and its total.
 * @module
 */
import type { BaselineRow } from '../../case/schema/baseline.ts';
import type { ServiceArea } from '../../case/schema/service-areas.ts';
import { baselineTotals, type BaselineTotal } from '../../engine/baseline-totals.ts';

export interface IndexedRow {
  row: BaselineRow;
  /** Position in `document.baseline`. */
  index: number;
}

export interface BaselineTable {
  area: ServiceArea | undefined;
  areaId: string;
  scope: BaselineRow['scope'];
  rows: IndexedRow[];
  total: BaselineTotal | undefined;
}

const SCOPE_ORDER: Record<BaselineRow['scope'], number> = { central: 0, decentral: 1 };

/**
 * @param totals the server's totals when given; otherwise they are computed from the rows here, with the
 * same engine function.
 */
export function baselineTables(
  rows: readonly BaselineRow[],
  areas: readonly ServiceArea[],
  totals: readonly BaselineTotal[] = baselineTotals(rows),
): BaselineTable[] {
  const tables = new Map<string, BaselineTable>();
  rows.forEach((row, index) => {
    const key = `${row.areaId}\u0000${row.scope}`;
    let table = tables.get(key);
    if (!table) {
      table = {
        area: areas.find((area) => area.id === row.areaId),
        areaId: row.areaId,
        scope: row.scope,
        rows: [],
        total: totals.find((total) => total.areaId === row.areaId && total.scope === row.scope),
      };
      tables.set(key, table);
    }
    table.rows.push({ row, index });
  });
  const areaOrder = (areaId: string) => {
    const position = areas.findIndex((area) => area.id === areaId);
    return position === -1 ? areas.length : position;
  };
  return [...tables.values()].sort(
    (a, b) => areaOrder(a.areaId) - areaOrder(b.areaId) || SCOPE_ORDER[a.scope] - SCOPE_ORDER[b.scope],
  );
}

/** Tables of the same service area together, keeping the order of `tables`. */
export function groupByArea(tables: readonly BaselineTable[]): BaselineTable[][] {
  const groups: BaselineTable[][] = [];
  for (const table of tables) {
    const last = groups[groups.length - 1];
    if (last && last[0]?.areaId === table.areaId) last.push(table);
    else groups.push([table]);
  }
  return groups;
}
