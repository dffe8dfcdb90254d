import { describe, expect, it } from 'vitest';
import {
  RowBuilder,
  solveLinearProgram,
  solveWithRowGeneration,
  type LinearProgram,
} from './linear-program.ts';
import { loadLpSolver } from './lp-solver.ts';

const solver = await loadLpSolver();

describe('LP solving', () => {
  it('builds a row from a coalition mask, with an optional last coefficient', () => {
    const rows = new RowBuilder();
    rows.addMembers(0b101, 3, -2, -Infinity, 4);
    rows.addMembers(0b010, 3, 0, 1, 1);
    expect(rows.starts).toEqual([0, 3, 4]);
    expect(rows.indices).toEqual([0, 2, 3, 1]);
    expect(rows.values).toEqual([1, 1, -2, 1]);
  });

  it('appends the rows a separator returns and re-solves to the optimum of the full LP', () => {
    // minimise t subject to x − t ≤ 1, −x − t ≤ 3 and t ≥ −10: optimum t = −2 at x = −1. The second row is
    // generated only after the first solve (t = −10 with x ≤ −9) violates it.
    const rows = new RowBuilder();
    rows.add([0, 1], [1, -1], -Infinity, 1);
    const lp: LinearProgram = {
      sense: 'minimize',
      objective: [0, 1],
      colLower: [-Infinity, -10],
      colUpper: [Infinity, Infinity],
      rows,
    };
    const seen: string[] = [];
    const {
      result,
      solves,
      rows: count,
    } = solveWithRowGeneration(solver, lp, (current) => {
      seen.push(current.status);
      const x = current.columns[0] as number;
      const t = current.columns[1] as number;
      if (-x - t <= 3 + 1e-9) return null;
      const extra = new RowBuilder();
      extra.add([0, 1], [-1, -1], -Infinity, 3);
      return extra;
    });
    expect(seen).toEqual(['optimal', 'optimal']);
    expect(solves).toBe(2);
    expect(count).toBe(2);
    expect(result.objective).toBeCloseTo(-2, 9);
    expect(result.columns[0]).toBeCloseTo(-1, 9);
    // Both rows are tight with positive duals that sum to the objective's coefficient.
    expect(Math.abs(result.rowDuals[0] as number) + Math.abs(result.rowDuals[1] as number)).toBeCloseTo(1, 9);
    expect(
      solveLinearProgram(solver, {
        ...lp,
        rows: (() => {
          const all = new RowBuilder();
          all.add([0, 1], [1, -1], -Infinity, 1);
          all.add([0, 1], [-1, -1], -Infinity, 3);
          return all;
        })(),
      }).objective,
    ).toBeCloseTo(-2, 9);
  });
});
