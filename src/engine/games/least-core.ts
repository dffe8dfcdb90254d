/**
 * The least core of a cost game: the allocations that minimise the largest excess
 * ε = max_S (x(S) − c(S)) / w(S) over all groups S other than ∅ and N, with x(N) = c(N). When ε ≤ 0 the core is
 * non-empty and the least core is its "most stable" part; when ε > 0 no allocation satisfies every group and
 * ε is the smallest surcharge per group that makes one possible. With w(S) = |S| it is the weak least core,
 * with w(S) = c(S) the proportional least core. Sources: Maschler, Peleg & Shapley (1979), Math. Oper. Res.
 * 4(4), 303–338; Young, Okada & Hashimoto (1982), Water Resources Research 18(3), 463–475, §3.
 * @module
 */
import { largestCost, type CostGame } from './game.ts';
import { excessPrecondition, type ExcessWeighting } from './excess.ts';
import { solveLinearProgram } from './linear-program.ts';
import type { LpSolver } from './lp-solver.ts';
import { initialState, roundLp, scaleGame } from './nucleolus-lp.ts';
import { requireSolver, type AllocationMethod } from './allocation-method.ts';
import { MethodUnavailableError } from './method-unavailable.ts';

export interface LeastCore {
  /** The least-core value ε, in money (money per member for per-capita, a fraction of cost for proportional). */
  epsilon: number;
  /**
   * One allocation in the least core: the vertex the simplex method returns, not a canonical point. The
   * least core is a set; its lexicographic centre is the nucleolus.
   */
  allocation: Float64Array;
}

export interface LeastCoreOptions {
  /** Which excess is minimised. @default 'absolute' */
  weighting?: ExcessWeighting;
}

/**
 * Solves one LP: minimise ε subject to x(N) = c(N) and x(S) − w(S)·ε ≤ c(S) for every S ∉ {∅, N}. Throws
 * {@link MethodUnavailableError} when the weighting cannot be used on the game (`excessPrecondition`) or
 * the LP does not end optimal.
 * @example
 * leastCore(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11)), solver)
 * // → { epsilon: -1.5, allocation: [4.5, 6.5] }: each pays 1.5 less than alone
 */
export function leastCore(game: CostGame, solver: LpSolver, options: LeastCoreOptions = {}): LeastCore {
  const weighting = options.weighting ?? 'absolute';
  const blocked = excessPrecondition(game, weighting);
  if (blocked) throw new MethodUnavailableError(blocked, `The ${weighting} least core cannot use this game`);
  const scaled = scaleGame(game, weighting);
  if (scaled.n === 1) return { epsilon: 0, allocation: Float64Array.of(game.costs[1] as number) };
  const result = solveLinearProgram(solver, roundLp(scaled, initialState(scaled, 'preimputations')).lp);
  if (result.status !== 'optimal') throw MethodUnavailableError.fromLp(result.status, 'Least-core');
  const unit = weighting === 'proportional' ? 1 : scaled.scale;
  return {
    epsilon: (result.columns[scaled.n] as number) * unit,
    allocation: result.columns.slice(0, scaled.n).map((value) => value * scaled.scale),
  };
}

/** Registry descriptor of the least core (one of its allocations). */
export const leastCoreMethod: AllocationMethod = {
  id: 'least-core',
  labelKey: 'allocation_method.least_core',
  source: 'Maschler, Peleg & Shapley (1979), Math. Oper. Res. 4(4)',
  needsSolver: true,
  allocate: (game, solver) => {
    const { allocation, epsilon } = leastCore(game, requireSolver(solver, 'least-core'));
    // ε within the LP tolerance of 0 is a core that is a single point or a face, not an empty one.
    const empty = epsilon > 1e-7 * largestCost(game);
    return { allocation, warnings: empty ? [{ code: 'core_empty', amount: epsilon }] : [] };
  },
};
