/**
 * The Equal Profit Method (EPM): a core allocation whose relative savings (c(i) − x_i)/c(i) are as equal as
 * possible. It minimises the largest difference of relative savings between two players,
 *   minimise f  subject to  x_i/c(i) − x_j/c(j) ≤ f  for all players i, j,
 *                           x(S) ≤ c(S) for every group S,  x(N) = c(N),
 * written with the largest and smallest cost ratio u and l (u − l = f) so it needs 2n rows, not n².
 * Source: Frisk, Göthe-Lundgren, Jörnsten & Rönnqvist (2010), "Cost allocation in collaborative forest
 * transportation", European Journal of Operational Research 205(2), 448–458, §4.5. When the core is empty
 * the group constraints are relaxed by the least-core value ε, as the paper suggests, with a warning.
 * @module
 */
import { grandCoalition, largestCost, memberIndices, type CostGame } from './game.ts';
import type { GameWarning } from './game-warning.ts';
import { leastCore } from './least-core.ts';
import { RowBuilder, solveLinearProgram } from './linear-program.ts';
import type { LpSolver } from './lp-solver.ts';
import { requireSolver, type AllocationMethod } from './allocation-method.ts';
import { MethodUnavailableError, type UnavailableReason } from './method-unavailable.ts';

export interface EqualProfitResult {
  allocation: Float64Array;
  /** The largest difference in relative saving between two players, f (a fraction). */
  spread: number;
  /** The surcharge ε allowed per group because the core is empty; 0 otherwise. */
  relaxation: number;
  warnings: GameWarning[];
}

/**
 * The cost ratio x_i / c(i) enters the LP with the coefficient largest cost / c(i); HiGHS refuses entries
 * above 1e15 and loses precision long before, so every positive stand-alone cost must be at least 1e-8 of
 * the largest cost.
 */
const SMALLEST_RELATIVE_STAND_ALONE = 1e-8;

/**
 * Whether EPM can be computed reliably for `game`: `numerical` when a positive stand-alone cost is below
 * 1e-8 of the largest cost (zero stand-alone costs are left out of the spread, with a warning, and are fine).
 * @example equalProfitPrecondition(gameFromCosts(['A', 'B'], Float64Array.of(0, 1e15, 6, 1e15))) // → 'numerical'
 */
export function equalProfitPrecondition(game: CostGame): UnavailableReason | null {
  const smallest = SMALLEST_RELATIVE_STAND_ALONE * largestCost(game);
  for (let i = 0; i < game.players.length; i++) {
    const alone = game.costs[1 << i] as number;
    if (alone > 0 && alone < smallest) return 'numerical';
  }
  return null;
}

/**
 * EPM allocation by one LP (two when the core is empty). Players with zero stand-alone cost have no relative
 * saving and are left out of the spread, with a warning. Throws {@link MethodUnavailableError} when
 * `equalProfitPrecondition` fails or an LP does not end optimal.
 * @example
 * // Alone 10, 40 and 80; pairs 45, 85 and 115; all three 105. Splitting 105 in proportion to the
 * // stand-alone costs satisfies every pair, so everyone saves the same 25/130 ≈ 19.2 %:
 * equalProfit(game, solver).allocation // → [8.077, 32.308, 64.615], spread 0
 */
export function equalProfit(game: CostGame, solver: LpSolver): EqualProfitResult {
  const blocked = equalProfitPrecondition(game);
  if (blocked)
    throw new MethodUnavailableError(blocked, 'Stand-alone costs too small beside the largest cost');
  const n = game.players.length;
  const scale = largestCost(game);
  const warnings: GameWarning[] = [];
  const epsilon = n > 1 ? leastCore(game, solver).epsilon : 0;
  const relaxation = epsilon > 1e-7 * scale ? epsilon : 0;
  if (relaxation > 0) warnings.push({ code: 'core_empty', amount: relaxation });
  // Columns: x_0 … x_{n−1} in units of `scale`, then u and l.
  const rows = new RowBuilder();
  const full = grandCoalition(n);
  for (let mask = 1; mask <= full; mask++) {
    const bound = (game.costs[mask] as number) / scale;
    if (mask === full) rows.addOnes(memberIndices(mask), bound, bound);
    else rows.addOnes(memberIndices(mask), -Infinity, bound + relaxation / scale);
  }
  for (let i = 0; i < n; i++) {
    const alone = (game.costs[1 << i] as number) / scale;
    if (alone <= 0) warnings.push({ code: 'zero_stand_alone_cost', player: i });
    if (alone <= 0) continue;
    rows.add([i, n], [1 / alone, -1], -Infinity, 0);
    rows.add([i, n + 1], [1 / alone, -1], 0, Infinity);
  }
  // u ≥ l keeps the LP bounded when no player has a stand-alone cost to compare.
  rows.add([n, n + 1], [1, -1], 0, Infinity);
  const result = solveLinearProgram(solver, {
    sense: 'minimize',
    objective: [...new Array<number>(n).fill(0), 1, -1],
    colLower: new Array<number>(n + 2).fill(-Infinity),
    colUpper: new Array<number>(n + 2).fill(Infinity),
    rows,
  });
  if (result.status !== 'optimal') throw MethodUnavailableError.fromLp(result.status, 'Equal Profit Method');
  return {
    allocation: result.columns.slice(0, n).map((value) => value * scale),
    spread: n > 1 ? result.objective : 0,
    relaxation,
    warnings,
  };
}

/** Registry descriptor of the Equal Profit Method. */
export const equalProfitMethod: AllocationMethod = {
  id: 'equal-profit',
  labelKey: 'allocation_method.equal_profit',
  source: 'Frisk, Göthe-Lundgren, Jörnsten & Rönnqvist (2010), EJOR 205(2)',
  needsSolver: true,
  precondition: equalProfitPrecondition,
  allocate: (game, solver) => {
    const { allocation, warnings } = equalProfit(game, requireSolver(solver, 'equal-profit'));
    return { allocation, warnings };
  },
};
