import { describe, expect, it } from 'vitest';
import { benchNucleolus, benchNucleolusPlain, benchShapley, shapleyBenchGame } from './bench-games.ts';
import { loadLpSolver } from './lp-solver.ts';
import { totalCost } from './game.ts';

const solver = await loadLpSolver();

describe('bench workloads', () => {
  it('the two nucleolus paths agree on the bench game', () => {
    const main = benchNucleolus(7, 1, solver);
    const plain = benchNucleolusPlain(7, 1, solver);
    // At most n − 1 rounds, one per level.
    expect(main.levels).toBeLessThanOrEqual(6);
    main.allocation.forEach((x, i) => expect(x).toBeCloseTo(plain.allocation[i] as number, 6));
  });

  it('the Shapley workload is efficient', () => {
    const phi = benchShapley(10, 1);
    expect(phi.reduce((a, b) => a + b, 0)).toBeCloseTo(totalCost(shapleyBenchGame(10, 1)), 9);
  });
});
