import { benchNucleolus, benchNucleolusPlain, benchShapley } from '../../src/engine/games/bench-games.ts';
import { loadLpSolver } from '../../src/engine/games/lp-solver.ts';
import type { Figure } from '../harness.ts';

/** Issue 5's goal: exact nucleolus for 12 municipalities under 1 s (random subadditive game, fixed seed). */
export const nucleolus12: Figure = {
  name: 'Nucleolus n=12 (sequential LPs, HiGHS)',
  iterations: 5,
  warmup: 1,
  async prepare() {
    const solver = await loadLpSolver();
    return () => benchNucleolus(12, 1, solver);
  },
};

export const nucleolusPlain12: Figure = {
  name: 'Nucleolus n=12, second path (one LP per tight coalition)',
  iterations: 3,
  warmup: 1,
  async prepare() {
    const solver = await loadLpSolver();
    return () => benchNucleolusPlain(12, 1, solver);
  },
};

/** Issue 5's goal: exact Shapley value for 20 municipalities under 2 s. */
export const shapley20: Figure = {
  name: 'Shapley value n=20 (exact, 2^20 coalitions)',
  iterations: 5,
  warmup: 1,
  prepare: () => () => benchShapley(20, 1),
};
