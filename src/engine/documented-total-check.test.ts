import { describe, expect, it } from 'vitest';
import { baselineTotals, type BaselineFigures } from './baseline-totals.ts';
import { checkDocumentedTotals } from './documented-total-check.ts';

const row = (municipalityNumber: string, fte: number | null, labourCost: number | null): BaselineFigures => ({
  areaId: 'arkiv',
  municipalityNumber,
  scope: 'central',
  fte,
  labourCost,
});

describe('checkDocumentedTotals', () => {
  it('finds the archive table error in the saksframlegg: rows sum to 6 320 000, TOTALT says 6 420 000', () => {
    // 1 360 000 + 2 960 000 + 2 000 000 = 6 320 000; 1,7 + 3,7 + 2,5 = 7,9.
    const totals = baselineTotals([
      row('5027', 1.7, 1_360_000),
      row('5028', 3.7, 2_960_000),
      row('5029', 2.5, 2_000_000),
    ]);
    const warnings = checkDocumentedTotals(totals, [
      { areaId: 'arkiv', scope: 'central', fte: 7.9, labourCost: 6_420_000 },
    ]);
    expect(warnings).toEqual([
      {
        code: 'documented_total_mismatch',
        areaId: 'arkiv',
        scope: 'central',
        field: 'labourCost',
        documented: 6_420_000,
        computed: 6_320_000,
        difference: -100_000,
      },
    ]);
  });

  it('is silent when the stated total equals the rows', () => {
    // 6,2 + 6,4 + 5,0 = 17,6 and 5 500 000 + 5 200 000 + 4 100 000 = 14 800 000.
    const totals = baselineTotals([
      row('5027', 6.2, 5_500_000),
      row('5028', 6.4, 5_200_000),
      row('5029', 5.0, 4_100_000),
    ]);
    expect(
      checkDocumentedTotals(totals, [
        { areaId: 'arkiv', scope: 'central', fte: 17.6, labourCost: 14_800_000 },
      ]),
    ).toEqual([]);
  });

  it('does not compare against rows with missing figures', () => {
    const totals = baselineTotals([row('5027', 1, null), row('5028', 2, 100)]);
    const warnings = checkDocumentedTotals(totals, [
      { areaId: 'arkiv', scope: 'central', fte: null, labourCost: 300 },
    ]);
    expect(warnings.map((w) => [w.code, w.field, w.difference])).toEqual([
      ['documented_total_incomplete_rows', 'labourCost', null],
    ]);
  });
});
