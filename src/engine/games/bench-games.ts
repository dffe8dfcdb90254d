/**
 * Fixed-seed workloads for `npm run bench`: the nucleolus by both LP paths and the Shapley value on random
 * games. They return results, never timings; the bench harness times the calls.
 * @module
 */
import type { CostGame } from './game.ts';
import { nucleolus, nucleolusPlain } from './nucleolus.ts';
import type { LpSolver } from './lp-solver.ts';
import { randomFacilityGame, randomSubadditiveGame, seededRandom } from './random-game.ts';
import { shapley } from './shapley.ts';

/** What a nucleolus bench run computed, for a sanity check beside the timing. */
export interface NucleolusBenchResult {
  n: number;
  seed: number;
  allocation: number[];
  lpSolves: number;
  levels: number;
}

/**
 * The bench game for the nucleolus: a random subadditive game (few ties, so the LP rounds are typical),
 * n ≤ 14. Build it outside the timed call when only the solve should be timed.
 * @example nucleolusBenchGame(12, 1)
 */
export function nucleolusBenchGame(n: number, seed: number): CostGame {
  return randomSubadditiveGame(n, seededRandom(seed));
}

/** The bench game for the Shapley value: a random facility-location game with 3 sites, O(2^n) to build. */
export function shapleyBenchGame(n: number, seed: number): CostGame {
  return randomFacilityGame(n, seededRandom(seed));
}

/**
 * Nucleolus of the bench game by the main path (duals and tight-set reduction).
 * @example benchNucleolus(12, 1, solver).levels // → at most 11 (one LP round per level)
 */
export function benchNucleolus(n: number, seed: number, solver: LpSolver): NucleolusBenchResult {
  return summary(n, seed, nucleolus(nucleolusBenchGame(n, seed), solver));
}

/**
 * Nucleolus of the same game by the plain path (one probing LP per tight coalition, no reduction).
 * @example benchNucleolusPlain(12, 1, solver).allocation // → the same as benchNucleolus(12, 1, solver)
 */
export function benchNucleolusPlain(n: number, seed: number, solver: LpSolver): NucleolusBenchResult {
  return summary(n, seed, nucleolusPlain(nucleolusBenchGame(n, seed), solver));
}

/**
 * Shapley value of the bench game.
 * @example benchShapley(20, 1).length // → 20
 */
export function benchShapley(n: number, seed: number): number[] {
  return Array.from(shapley(shapleyBenchGame(n, seed)));
}

function summary(
  n: number,
  seed: number,
  result: { allocation: Float64Array; lpSolves: number; levels: number[] },
): NucleolusBenchResult {
  return {
    n,
    seed,
    allocation: Array.from(result.allocation),
    lpSolves: result.lpSolves,
    levels: result.levels.length,
  };
}
