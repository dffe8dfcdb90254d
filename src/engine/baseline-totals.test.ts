import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { baselineTotals, type BaselineFigures } from './baseline-totals.ts';

function row(
  areaId: string,
  municipalityNumber: string,
  fte: number | null,
  labourCost: number | null,
  scope = 'central',
): BaselineFigures {
  return { areaId, municipalityNumber, scope, fte, labourCost };
}

describe('baselineTotals: hand-calculated examples', () => {
  it('sums FTE and labour cost per area', () => {
    const totals = baselineTotals([
      row('a', '5027', 1.5, 1_000_000),
      row('a', '5028', 2.25, 1_500_000),
      row('b', '5027', 0.5, 300_000),
    ]);
    // a: 1.5 + 2.25 = 3.75 FTE; 1 000 000 + 1 500 000 = 2 500 000 kr. b: the single row.
    expect(totals).toEqual([
      {
        areaId: 'a',
        scope: 'central',
        rows: 2,
        fte: { value: 3.75, known: 2, missing: 0 },
        labourCost: { value: 2_500_000, known: 2, missing: 0 },
      },
      {
        areaId: 'b',
        scope: 'central',
        rows: 1,
        fte: { value: 0.5, known: 1, missing: 0 },
        labourCost: { value: 300_000, known: 1, missing: 0 },
      },
    ]);
  });

  it('keeps central and decentral rows of the same area apart, in order of first appearance', () => {
    const totals = baselineTotals([
      row('lrf', '5027', 6.2, 5_500_000),
      row('lrf', '5028', 6.44, 4_200_000, 'decentral'),
      row('lrf', '5028', 6.4, 5_200_000),
    ]);
    // central: 6.2 + 6.4 = 12.6 FTE; 5 500 000 + 5 200 000 = 10 700 000 kr. decentral: 6.44 FTE; 4 200 000 kr.
    expect(totals.map((t) => [t.areaId, t.scope, t.rows, t.fte.value, t.labourCost.value])).toEqual([
      ['lrf', 'central', 2, 12.6, 10_700_000],
      ['lrf', 'decentral', 1, 6.44, 4_200_000],
    ]);
  });

  it('reports a total over rows with missing figures as incomplete, not as if the missing were 0', () => {
    const [total] = baselineTotals([
      row('a', '5027', 1.7, null),
      row('a', '5028', null, 2_960_000),
      row('a', '5029', 2.5, 2_000_000),
    ]);
    // FTE: 1.7 + 2.5 = 4.2 from 2 rows, 1 missing. Cost: 2 960 000 + 2 000 000 = 4 960 000 kr from 2 rows, 1 missing.
    expect(total?.fte).toEqual({ value: 4.2, known: 2, missing: 1 });
    expect(total?.labourCost).toEqual({ value: 4_960_000, known: 2, missing: 1 });
  });

  it('gives null, not 0, when every figure is missing', () => {
    const [total] = baselineTotals([row('a', '5027', null, null), row('a', '5028', null, null)]);
    expect(total?.fte).toEqual({ value: null, known: 0, missing: 2 });
    expect(total?.labourCost).toEqual({ value: null, known: 0, missing: 2 });
  });

  it('keeps a known 0 apart from a missing figure', () => {
    const [total] = baselineTotals([row('a', '5027', 0, 0)]);
    expect(total?.fte).toEqual({ value: 0, known: 1, missing: 0 });
  });

  it('returns no totals for no rows', () => {
    expect(baselineTotals([])).toEqual([]);
  });
});

describe('baselineTotals: floating-point traps', () => {
  it('sums 6.2 + 6.4 + 5.0 to exactly 17.6, and 6.2 + 6.4 to exactly 12.6', () => {
    // In binary floating point 6.2 + 6.4 is 12.600000000000001; summing in hundredths gives 1260 / 100.
    expect(6.2 + 6.4).not.toBe(12.6);
    expect(baselineTotals([row('a', '1', 6.2, null), row('a', '2', 6.4, null)])[0]?.fte.value).toBe(12.6);
    const rows = [
      row('a', '5027', 6.2, 5_500_000),
      row('a', '5028', 6.4, 5_200_000),
      row('a', '5029', 5.0, 4_100_000),
    ];
    expect(baselineTotals(rows)[0]?.fte.value).toBe(17.6);
  });

  it('sums 0.1 + 0.2 + 0.3 to exactly 0.6', () => {
    expect(0.1 + 0.2 + 0.3).not.toBe(0.6);
    const rows = [row('a', '1', 0.1, null), row('a', '2', 0.2, null), row('a', '3', 0.3, null)];
    expect(baselineTotals(rows)[0]?.fte.value).toBe(0.6);
  });
});

interface GeneratedRow {
  areaId: string;
  municipalityNumber: string;
  scope: string;
  fteHundredths: number | null;
  labourCost: number | null;
}

describe('baselineTotals: properties', () => {
  const hundredths = fc.option(fc.integer({ min: 0, max: 1_000_000 }), { nil: null });
  const kroner = fc.option(fc.integer({ min: 0, max: 100_000_000 }), { nil: null });
  const rowArbitrary: fc.Arbitrary<GeneratedRow> = fc.record({
    areaId: fc.constantFrom('lrf', 'sb', 'ap'),
    municipalityNumber: fc.constantFrom('5027', '5028', '5029'),
    scope: fc.constantFrom('central', 'decentral'),
    fteHundredths: hundredths,
    labourCost: kroner,
  });
  const rowsArbitrary = fc.array(rowArbitrary, { maxLength: 60 });
  const toFigures = (r: GeneratedRow): BaselineFigures => ({
    areaId: r.areaId,
    municipalityNumber: r.municipalityNumber,
    scope: r.scope,
    fte: r.fteHundredths === null ? null : r.fteHundredths / 100,
    labourCost: r.labourCost,
  });

  it('each total equals the sum of its known figures (FTE in hundredths), or null when none is known', () => {
    fc.assert(
      fc.property(rowsArbitrary, (generated) => {
        for (const total of baselineTotals(generated.map(toFigures))) {
          const group = generated.filter((r) => r.areaId === total.areaId && r.scope === total.scope);
          const knownFte = group.flatMap((r) => (r.fteHundredths === null ? [] : [r.fteHundredths]));
          const knownCost = group.flatMap((r) => (r.labourCost === null ? [] : [r.labourCost]));
          const expectedFte = knownFte.length === 0 ? null : knownFte.reduce((a, b) => a + b, 0) / 100;
          const expectedCost = knownCost.length === 0 ? null : knownCost.reduce((a, b) => a + b, 0);
          expect(total.fte.value).toBe(expectedFte);
          expect(total.labourCost.value).toBe(expectedCost);
        }
      }),
    );
  });

  it('counts every row once: known + missing = rows, and the groups cover all rows', () => {
    fc.assert(
      fc.property(rowsArbitrary, (generated) => {
        const totals = baselineTotals(generated.map(toFigures));
        for (const total of totals) {
          expect(total.fte.known + total.fte.missing).toBe(total.rows);
          expect(total.labourCost.known + total.labourCost.missing).toBe(total.rows);
        }
        expect(totals.reduce((sum, t) => sum + t.rows, 0)).toBe(generated.length);
      }),
    );
  });

  it('does not depend on the order of the rows within a group', () => {
    fc.assert(
      fc.property(rowsArbitrary, (generated) => {
        const key = (t: ReturnType<typeof baselineTotals>[number]) => `${t.areaId}|${t.scope}`;
        const sorted = (rows: BaselineFigures[]) =>
          baselineTotals(rows).sort((a, b) => key(a).localeCompare(key(b)));
        const figures = generated.map(toFigures);
        expect(sorted([...figures].reverse())).toEqual(sorted(figures));
      }),
    );
  });
});
