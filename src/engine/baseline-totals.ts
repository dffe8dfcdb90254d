/**
 * Totals of the baseline tables, computed from the rows. Missing figures are not zeros: a total over rows
 * where some figures are missing is reported as incomplete, and a total with no known figure is `null`.
 * @module
 */

/** The fields of a baseline row this module reads. */
export interface BaselineFigures {
  areaId: string;
  municipalityNumber: string;
  scope: string;
  fte: number | null;
  labourCost: number | null;
}

/** A sum over rows where some figures may be missing. */
export interface PartialSum {
  /** Sum of the known figures; `null` when none is known. */
  value: number | null;
  /** Number of rows with a known figure. */
  known: number;
  /** Number of rows where the figure is missing. */
  missing: number;
}

export interface BaselineTotal {
  areaId: string;
  scope: string;
  rows: number;
  fte: PartialSum;
  labourCost: PartialSum;
}

// FTE is given to at most two decimals; summing in hundredths avoids float noise such as 6.2 + 6.4 = 12.600000000000001.
const FTE_SCALE = 100;

function partialSum(values: (number | null)[], scale: number): PartialSum {
  let scaled = 0;
  let known = 0;
  for (const value of values) {
    if (value === null) continue;
    scaled += Math.round(value * scale);
    known++;
  }
  return { value: known === 0 ? null : scaled / scale, known, missing: values.length - known };
}

/**
 * Sums FTE and labour cost per service area and scope, in the order the areas first appear.
 * @example
 * baselineTotals([{ areaId: 'sb', municipalityNumber: '5027', scope: 'central', fte: 0.8, labourCost: 640000 }])
 * // → [{ areaId: 'sb', scope: 'central', rows: 1, fte: { value: 0.8, known: 1, missing: 0 }, ... }]
 */
export function baselineTotals(rows: readonly BaselineFigures[]): BaselineTotal[] {
  const groups = new Map<string, BaselineFigures[]>();
  for (const row of rows) {
    const key = `${row.areaId}\u0000${row.scope}`;
    const group = groups.get(key);
    if (group) group.push(row);
    else groups.set(key, [row]);
  }
  return [...groups.values()].map((group) => {
    const first = group[0] as BaselineFigures;
    return {
      areaId: first.areaId,
      scope: first.scope,
      rows: group.length,
      fte: partialSum(
        group.map((r) => r.fte),
        FTE_SCALE,
      ),
      labourCost: partialSum(
        group.map((r) => r.labourCost),
        1,
      ),
    };
  });
}
