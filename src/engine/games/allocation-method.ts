/**
 * The descriptor every game-theoretic allocation method exports, so the UI, CLI and documents can list the
 * methods from one registry (`allocation-methods.ts`) without switching on them.
 * @module
 */
import type { ALLOCATION_METHOD_IDS } from './allocation-method-ids.ts';
import type { CostGame } from './game.ts';
import type { GameWarning } from './game-warning.ts';
import type { LpSolver } from './lp-solver.ts';
import type { UnavailableReason } from './method-unavailable.ts';

/** shapley · nucleolus · per-capita-nucleolus · proportional-nucleolus · least-core · scrb · equal-profit. */
export type AllocationMethodId = (typeof ALLOCATION_METHOD_IDS)[number];

/** What a method returns: one share per player (summing to c(N)) and any warnings. */
export interface AllocationOutcome {
  allocation: Float64Array;
  warnings: GameWarning[];
}

/**
 * What running a method on a game gives (`runAllocationMethod`): its allocation, or that it is unavailable
 * for this game and why.
 */
export type AllocationAttempt =
  ({ available: true } & AllocationOutcome) | { available: false; reason: UnavailableReason };

export interface AllocationMethod {
  id: AllocationMethodId;
  /** Message key of the method's name, e.g. `allocation_method.shapley`. */
  labelKey: string;
  /** The publication that defines the method, as cited in its TSDoc. */
  source: string;
  /** Whether `allocate` needs a loaded LP solver (see `loadLpSolver`). */
  needsSolver: boolean;
  /**
   * Why the method cannot be used on `game`, found before any computation; null when it can. Absent for
   * methods without preconditions.
   */
  precondition?(game: CostGame): UnavailableReason | null;
  /**
   * Allocates c(N). Throws `MethodUnavailableError` when the game does not meet the precondition or an LP
   * cannot be solved, and a plain error if `needsSolver` and no solver is given (a programmer error).
   */
  allocate(game: CostGame, solver?: LpSolver): AllocationOutcome;
}

/** The solver, or a clear programmer error for a method that needs one. */
export function requireSolver(solver: LpSolver | undefined, id: AllocationMethodId): LpSolver {
  if (!solver) throw new Error(`Allocation method ${id} needs a loaded LP solver`);
  return solver;
}
