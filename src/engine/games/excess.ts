/**
 * The excess of a coalition under an allocation, for cost games: e(S, x) = x(S) − c(S), what the group pays
 * beyond what it would pay alone (positive means the group is overcharged). The nucleolus variants divide
 * it by a weight w(S): 1 for the nucleolus, |S| for the per-capita (weak) nucleolus, c(S) for the
 * proportional nucleolus. Source: Young, Okada & Hashimoto (1982), "Cost allocation in water resources
 * development", Water Resources Research 18(3), 463–475, §3 (least core, weak and proportional least core).
 * @module
 */
import { coalitionSize, grandCoalition, largestCost, type Coalition, type CostGame } from './game.ts';
import type { UnavailableReason } from './method-unavailable.ts';

export type ExcessWeighting =
  /** e(S) = x(S) − c(S): the nucleolus and least core (Schmeidler 1969). */
  | 'absolute'
  /** e(S) = (x(S) − c(S)) / |S|: the per-capita or weak nucleolus (Grotte 1970; Young et al. 1982). */
  | 'per-capita'
  /** e(S) = (x(S) − c(S)) / c(S): the proportional nucleolus (Young et al. 1982). */
  | 'proportional';

/**
 * The weight w(S) that divides the excess of S. A weight of 0 (a proportional weight of a zero-cost group)
 * makes x(S) ≤ c(S) a hard constraint instead of a compared excess.
 * @example excessWeight(game, 0b011, 'per-capita') // → 2
 */
export function excessWeight(game: CostGame, mask: Coalition, weighting: ExcessWeighting): number {
  if (weighting === 'absolute') return 1;
  if (weighting === 'per-capita') return coalitionSize(mask);
  return Math.max(0, game.costs[mask] as number);
}

/**
 * x(S) for every coalition S, indexed by mask, in O(2^n): each sum extends the sum without its lowest member.
 * @example coalitionSums([1, 2]) // → [0, 1, 2, 3]
 */
export function coalitionSums(allocation: ArrayLike<number>): Float64Array {
  const sums = new Float64Array(1 << allocation.length);
  for (let mask = 1; mask < sums.length; mask++) {
    const low = mask & -mask;
    sums[mask] = (sums[mask ^ low] as number) + (allocation[31 - Math.clz32(low)] as number);
  }
  return sums;
}

/**
 * The smallest weight, relative to the largest cost, that the LP solver still sees: HiGHS takes matrix
 * entries below its `small_matrix_value` (1e-9) as zero, which would silently drop the excess of a cheap
 * group. A factor of ten above that keeps some precision in the weights that remain.
 */
const SMALLEST_RELATIVE_WEIGHT = 1e-8;

/**
 * Whether the excess weights of `weighting` can be used on `game`, or why not. The absolute excess has
 * weight 1 and the per-capita excess |S| ≥ 1, so they always can. The proportional excess divides by c(S),
 * so it needs every group's cost above 0: first every player's stand-alone cost
 * (`zero_standalone_costs`), then every larger group's (`zero_group_cost`); and every cost at least 1e-8 of
 * the largest, or the solver would lose the cheap groups (`numerical`).
 * @example excessPrecondition(gameFromCosts(['A', 'B'], Float64Array.of(0, 0, 0, 10)), 'proportional') // → 'zero_standalone_costs'
 */
export function excessPrecondition(game: CostGame, weighting: ExcessWeighting): UnavailableReason | null {
  const n = game.players.length;
  // One player pays c(N) whatever the weights.
  if (weighting !== 'proportional' || n === 1) return null;
  for (let i = 0; i < n; i++) if (!((game.costs[1 << i] as number) > 0)) return 'zero_standalone_costs';
  const full = grandCoalition(n);
  for (let mask = 1; mask <= full; mask++) if (!((game.costs[mask] as number) > 0)) return 'zero_group_cost';
  const smallest = SMALLEST_RELATIVE_WEIGHT * largestCost(game);
  for (let mask = 1; mask <= full; mask++) if ((game.costs[mask] as number) < smallest) return 'numerical';
  return null;
}
