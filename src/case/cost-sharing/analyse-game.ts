/**
 * The analysis of one cost game, whatever it came from (a scenario's coalition-cost table or a plain table
 * file): the totals, the least-core value, every key and method side by side with its core verdict, and the
 * core triangle for three players.
 * @module
 */
import type { KeyChoice, KeyInput } from '../../engine/cost-sharing/cost-key.ts';
import { grandCoalition, type CostGame } from '../../engine/games/game.ts';
import { leastCore } from '../../engine/games/least-core.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import { keyRows, methodRows, type AllocationRow, type UnavailableKey } from './allocation-rows.ts';
import { coreTriangle, type CoreTriangle } from './core-triangle.ts';

export interface GameAnalysis {
  /** c(N): the joint cost of all, kroner per year. */
  totalCost: number;
  /** Σ c({i}). */
  standAloneTotal: number;
  /** The least-core value ε: ≤ 0 when the core is non-empty (the more negative, the larger the core), > 0 when empty. */
  leastCoreValue: number;
  coreEmpty: boolean;
  /** Simple keys first, then the game-theoretic methods. */
  allocations: AllocationRow[];
  unavailableKeys: UnavailableKey[];
  /** The core in the triangle of savings, for exactly three players. */
  triangle: CoreTriangle | null;
}

export interface KeysToCompare {
  choices: readonly KeyChoice[];
  /** The facts the keys read, one per player in player order. */
  inputs: readonly KeyInput[];
  /** The key the scenario itself uses, marked in the rows. */
  scenarioKey: KeyChoice | null;
}

/**
 * Analyses `game` with the given keys and every registered allocation method.
 * @example analyseGame(game, solver, { choices: [{ keyId: 'equal' }], inputs: game.players.map((id) => ({ id })), scenarioKey: null })
 */
export function analyseGame(game: CostGame, solver: LpSolver, keys: KeysToCompare): GameAnalysis {
  const n = game.players.length;
  const simple = keyRows(game, keys.choices, keys.inputs, keys.scenarioKey);
  const allocations = [...simple.rows, ...methodRows(game, solver)];
  const totalCost = game.costs[grandCoalition(n)] as number;
  const epsilon = n > 1 ? leastCore(game, solver).epsilon : 0;
  return {
    totalCost,
    standAloneTotal: game.players.reduce((sum, _, i) => sum + (game.costs[1 << i] as number), 0),
    leastCoreValue: epsilon,
    // ε within the LP tolerance of 0 is a core that is a single point or a face, not an empty one.
    coreEmpty: epsilon > 1e-7 * Math.max(1, Math.abs(totalCost)),
    allocations,
    unavailableKeys: simple.unavailable,
    triangle: coreTriangle(
      game,
      allocations.map((row) => ({ id: row.id, amounts: row.amounts, inCore: row.core.inCore })),
    ),
  };
}
