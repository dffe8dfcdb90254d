import { baselineTotals, type BaselineFigures } from '../../src/engine/baseline-totals.ts';
import type { Figure } from '../harness.ts';

const ROWS = 10_000;

/** Deterministic rows over 20 areas, 50 municipalities and both scopes, with about 1 in 17 figures missing. */
function rows(): BaselineFigures[] {
  return Array.from({ length: ROWS }, (_, i) => ({
    areaId: `area-${i % 20}`,
    municipalityNumber: String(5000 + (i % 50)),
    scope: i % 3 === 0 ? 'decentral' : 'central',
    fte: i % 17 === 0 ? null : ((i * 37) % 1000) / 100,
    labourCost: i % 19 === 0 ? null : (i * 7919) % 2_000_000,
  }));
}

/** Totals over a baseline far larger than any real case. */
export const baselineTotals10k: Figure = {
  name: `baselineTotals(${ROWS.toLocaleString('en')} rows)`,
  prepare() {
    const input = rows();
    return () => baselineTotals(input);
  },
};
