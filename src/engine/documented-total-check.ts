/**
 * Compares the totals computed from the rows with the totals a source document states (its TOTALT row).
 * A difference is a warning, not an error: the document may have a typo or a row may be mistyped, and
 * the people who own the figures must decide which.
 * @module
 */
import type { BaselineTotal } from './baseline-totals.ts';

export interface StatedTotal {
  areaId: string;
  scope: string;
  fte: number | null;
  labourCost: number | null;
}

export interface TotalDiscrepancy {
  code: 'documented_total_mismatch' | 'documented_total_incomplete_rows';
  areaId: string;
  scope: string;
  field: 'fte' | 'labourCost';
  documented: number;
  /** Sum of the rows; null when no row has the figure. */
  computed: number | null;
  /** computed − documented, where both exist. */
  difference: number | null;
}

// FTE totals are compared in hundredths, kroner exactly.
const TOLERANCE = { fte: 0.005, labourCost: 0.5 } as const;

/**
 * Lists every stated total that differs from the sum of its rows, or whose rows have missing figures.
 * @example
 * // Rows 1 360 000 + 2 960 000 + 2 000 000 = 6 320 000 against a stated 6 420 000:
 * // → [{ code: 'documented_total_mismatch', field: 'labourCost', documented: 6420000, computed: 6320000, difference: -100000, … }]
 */
export function checkDocumentedTotals(
  totals: readonly BaselineTotal[],
  stated: readonly StatedTotal[],
): TotalDiscrepancy[] {
  const out: TotalDiscrepancy[] = [];
  for (const statedTotal of stated) {
    const total = totals.find((t) => t.areaId === statedTotal.areaId && t.scope === statedTotal.scope);
    for (const field of ['fte', 'labourCost'] as const) {
      const documented = statedTotal[field];
      if (documented === null) continue;
      const sum = total?.[field];
      const computed = sum?.value ?? null;
      const base = { areaId: statedTotal.areaId, scope: statedTotal.scope, field, documented, computed };
      if (!sum || sum.missing > 0) {
        out.push({ ...base, code: 'documented_total_incomplete_rows', difference: null });
      } else if (computed === null || Math.abs(computed - documented) > TOLERANCE[field]) {
        const difference = computed === null ? null : Math.round((computed - documented) * 100) / 100;
        out.push({ ...base, code: 'documented_total_mismatch', difference });
      }
    }
  }
  return out;
}
