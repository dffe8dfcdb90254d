import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CellRef,
  type CountTable,
  recoverableCells,
  secondarySuppression,
  smallCells,
} from './aggregate-suppression.ts';

const key = (c: CellRef) => `${String(c.row)}/${String(c.column)}`;

/**
 * An independent check by linear algebra: write every published total as an equation, keep the withheld
 * cells as unknowns, and call a cell recoverable when its unit vector lies in the row space of the
 * equations restricted to the unknowns (Gaussian elimination; the coefficients are 0 and ±1).
 */
function recoverableByAlgebra(table: CountTable, withheld: readonly CellRef[]): string[] {
  const rows = table.cells.length;
  const columns = table.cells[0]?.length ?? 0;
  const unknown = withheld.map(key);
  const equations: number[][] = [];
  const equation = (terms: [CellRef, number][]) => {
    const row = new Array<number>(unknown.length).fill(0);
    for (const [ref, sign] of terms) {
      const i = unknown.indexOf(key(ref));
      if (i >= 0) row[i] = (row[i] as number) + sign;
    }
    equations.push(row);
  };
  const rIdx = [...Array(rows).keys()];
  const cIdx = [...Array(columns).keys()];
  if (table.rowTotals) {
    for (const r of rIdx)
      equation([
        ...cIdx.map((c) => [{ row: r, column: c }, 1] as [CellRef, number]),
        [{ row: r, column: 'total' }, -1],
      ]);
    equation([
      ...rIdx.map((r) => [{ row: r, column: 'total' }, 1] as [CellRef, number]),
      [{ row: 'total', column: 'total' }, -1],
    ]);
  }
  if (table.columnTotals) {
    for (const c of cIdx)
      equation([
        ...rIdx.map((r) => [{ row: r, column: c }, 1] as [CellRef, number]),
        [{ row: 'total', column: c }, -1],
      ]);
    equation([
      ...cIdx.map((c) => [{ row: 'total', column: c }, 1] as [CellRef, number]),
      [{ row: 'total', column: 'total' }, -1],
    ]);
  }
  const rank = (m: number[][]) => {
    const a = m.map((r) => [...r]);
    let rk = 0;
    for (let col = 0; col < unknown.length && rk < a.length; col++) {
      const pivot = a.findIndex((r, i) => i >= rk && Math.abs(r[col] as number) > 1e-9);
      if (pivot < 0) continue;
      [a[rk], a[pivot]] = [a[pivot] as number[], a[rk] as number[]];
      const p = a[rk] as number[];
      for (let i = 0; i < a.length; i++) {
        if (i === rk) continue;
        const f = (a[i]?.[col] as number) / (p[col] as number);
        if (f !== 0) a[i] = (a[i] as number[]).map((v, j) => v - f * (p[j] as number));
      }
      rk++;
    }
    return rk;
  };
  const base = rank(equations);
  return unknown.filter((_, i) => {
    const unit = unknown.map((__, j) => (j === i ? 1 : 0));
    return rank([...equations, unit]) === base;
  });
}

describe('a single row of three cells with its total', () => {
  const table: CountTable = { cells: [[2, 7, 9]], rowTotals: true, columnTotals: false };

  it('lets the withheld 2 be recovered as 18 − 7 − 9', () => {
    expect(smallCells(table)).toEqual([{ row: 0, column: 0 }]);
    expect(recoverableCells(table, [{ row: 0, column: 0 }])).toEqual([{ row: 0, column: 0 }]);
  });

  it('forces a second suppression, the smaller neighbour (7), and then nothing is recoverable', () => {
    const { cells, warnings } = secondarySuppression(table, [{ row: 0, column: 0 }]);
    expect(cells).toEqual([{ row: 0, column: 1 }]);
    expect(warnings).toEqual([]);
    expect(recoverableCells(table, [{ row: 0, column: 0 }, ...cells])).toEqual([]);
  });
});

describe('two-way tables', () => {
  it('withholds a rectangle of interior cells around one small cell when both margins are published', () => {
    const table: CountTable = {
      cells: [
        [3, 10],
        [12, 20],
      ],
      rowTotals: true,
      columnTotals: true,
    };
    const { cells } = secondarySuppression(table, [{ row: 0, column: 0 }]);
    expect(cells).toEqual([
      { row: 0, column: 1 },
      { row: 1, column: 0 },
      { row: 1, column: 1 },
    ]);
  });

  it('withholds column totals when a single row makes them equal to the cells', () => {
    const table: CountTable = { cells: [[3, 10]], rowTotals: true, columnTotals: true };
    const { cells } = secondarySuppression(table, [{ row: 0, column: 0 }]);
    expect(cells).toEqual([
      { row: 0, column: 1 },
      { row: 'total', column: 0 },
      { row: 'total', column: 1 },
    ]);
  });

  it('needs nothing more when no totals are published', () => {
    const table: CountTable = { cells: [[3, 10]], rowTotals: false, columnTotals: false };
    expect(secondarySuppression(table, [{ row: 0, column: 0 }]).cells).toEqual([]);
  });

  it('refuses a cell the table does not publish', () => {
    const table: CountTable = { cells: [[3, 10]], rowTotals: false, columnTotals: false };
    expect(() => secondarySuppression(table, [{ row: 0, column: 'total' }])).toThrow(RangeError);
  });
});

describe('properties', () => {
  const tables = fc
    .record({ rows: fc.integer({ min: 1, max: 4 }), columns: fc.integer({ min: 1, max: 4 }) })
    .chain(({ rows, columns }) =>
      fc.record({
        cells: fc.array(
          fc.array(fc.integer({ min: 0, max: 20 }), { minLength: columns, maxLength: columns }),
          {
            minLength: rows,
            maxLength: rows,
          },
        ),
        rowTotals: fc.boolean(),
        columnTotals: fc.boolean(),
      }),
    );

  it('agrees with linear algebra on which withheld cells are recoverable', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const primary = smallCells(table);
        expect(recoverableCells(table, primary).map(key).sort()).toEqual(
          recoverableByAlgebra(table, primary).sort(),
        );
      }),
    );
  });

  it('leaves no withheld cell recoverable after secondary suppression, unless it warns', () => {
    fc.assert(
      fc.property(tables, (table) => {
        const primary = smallCells(table);
        const { cells, warnings } = secondarySuppression(table, primary);
        const all = [...primary, ...cells];
        const stillOpen = recoverableByAlgebra(table, all);
        expect(stillOpen.sort()).toEqual(warnings.map((w) => key(w.cell)).sort());
        expect(new Set(all.map(key)).size).toBe(all.length);
      }),
    );
  });
});
