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
import { MethodUnavailableError } from '../../engine/games/method-unavailable.ts';
import {
  keyRows,
  methodRows,
  type AllocationRow,
  type UnavailableKey,
  type UnavailableMethod,
} from './allocation-rows.ts';
import { coreTriangle, type CoreTriangle } from './core-triangle.ts';

export interface GameAnalysis {
  /** c(N): the joint cost of all, kroner per year. */
  totalCost: number;
  /** Σ c({i}). */
  standAloneTotal: number;
  /**
   * The least-core value ε: ≤ 0 when the core is non-empty (the more negative, the larger the core), > 0
   * when empty; null when its LP cannot be solved for this game (then `coreEmpty` is null too).
   */
  leastCoreValue: number | null;
  coreEmpty: boolean | null;
  /** Simple keys first, then the game-theoretic methods that could allocate this game. */
  allocations: AllocationRow[];
  unavailableKeys: UnavailableKey[];
  /** The methods that cannot allocate this game, each with the reason. */
  unavailableMethods: UnavailableMethod[];
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

/** ε of the least core, or null when its LP cannot be solved for this game. */
function leastCoreValue(game: CostGame, solver: LpSolver): number | null {
  if (game.players.length < 2) return 0;
  try {
    return leastCore(game, solver).epsilon;
  } catch (error) {
    if (error instanceof MethodUnavailableError) return null;
    throw error;
  }
}

/**
 * Analyses `game` with the given keys and every registered allocation method. A method that cannot allocate
 * this game is listed in `unavailableMethods`; the others are compared as usual.
 * @example analyseGame(game, solver, { choices: [{ keyId: 'equal' }], inputs: game.players.map((id) => ({ id })), scenarioKey: null })
 */
export function analyseGame(game: CostGame, solver: LpSolver, keys: KeysToCompare): GameAnalysis {
  const n = game.players.length;
  const simple = keyRows(game, keys.choices, keys.inputs, keys.scenarioKey);
  const methods = methodRows(game, solver, keys.scenarioKey);
  const allocations = [...simple.rows, ...methods.rows];
  const totalCost = game.costs[grandCoalition(n)] as number;
  const epsilon = leastCoreValue(game, solver);
  return {
    totalCost,
    standAloneTotal: game.players.reduce((sum, _, i) => sum + (game.costs[1 << i] as number), 0),
    leastCoreValue: epsilon,
    // ε within the LP tolerance of 0 is a core that is a single point or a face, not an empty one.
    coreEmpty: epsilon === null ? null : epsilon > 1e-7 * Math.max(1, Math.abs(totalCost)),
    allocations,
    unavailableKeys: simple.unavailable,
    unavailableMethods: methods.unavailable,
    triangle: coreTriangle(
      game,
      allocations.map((row) => ({ id: row.id, amounts: row.amounts, inCore: row.core.inCore })),
    ),
  };
}
