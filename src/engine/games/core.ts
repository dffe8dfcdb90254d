/**
 * The core check of an allocation, for any allocation including the simple keys (population, equal
 * shares): an allocation x is in the core when it covers the total, x(N) = c(N), and no group S pays more
 * than it would alone, x(S) ≤ c(S). A violation is a group with excess x(S) − c(S) > 0; a singleton
 * violation is a municipality paying more than its stand-alone cost ("Melhus betaler 0,3 mill. kr mer enn
 * alene"). Source: Gillies (1959), "Solutions to general non-zero-sum games", Contributions to the Theory of
 * Games IV; for cost allocation Young (1985), "Cost allocation", §1.4.
 * @module
 */
import { coalitionMembers, defaultTolerance, grandCoalition, type Coalition, type CostGame } from './game.ts';
import { coalitionSums } from './excess.ts';
import { leastCore } from './least-core.ts';
import type { LpSolver } from './lp-solver.ts';

/** A group that pays more under the allocation than it would alone. */
export interface CoreViolation {
  coalition: Coalition;
  /** Player ids of the group. */
  members: string[];
  /** x(S): what the group pays under the allocation. */
  pays: number;
  /** c(S): what the group would pay alone. */
  alone: number;
  /** pays − alone, > 0. */
  excess: number;
}

/** A player in at least one overcharged group, with the worst such group. */
export interface HurtPlayer {
  player: number;
  id: string;
  /** The largest excess of a violating group that contains the player. */
  excess: number;
  /** That group. */
  coalition: Coalition;
}

export interface CoreCheck {
  /** Efficient (within tolerance) and no group overcharged. */
  inCore: boolean;
  /** x(N) − c(N): zero for an allocation that covers exactly the total cost. */
  balance: number;
  /** Every overcharged group, largest excess first, then smaller groups first. */
  violations: CoreViolation[];
  /** The largest violation, or null. */
  largest: CoreViolation | null;
  /** Players in an overcharged group, most overcharged first. */
  hurt: HurtPlayer[];
}

export interface CoreCheckOptions {
  /** Excesses up to this are rounding, not violations. @default 1e-9 × the largest cost */
  tolerance?: number;
}

/**
 * Checks every group S ∉ {∅, N}: violations are those with x(S) − c(S) > tolerance. O(2^n) time and memory.
 * @example
 * // A alone 6, B alone 8, together 11. Charging A 8 and B 3 makes A pay 2 more than alone:
 * coreCheck(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11)), [8, 3]).largest
 * // → { coalition: 0b01, members: ['A'], pays: 8, alone: 6, excess: 2 }
 */
export function coreCheck(
  game: CostGame,
  allocation: ArrayLike<number>,
  options: CoreCheckOptions = {},
): CoreCheck {
  const n = game.players.length;
  if (allocation.length !== n) throw new RangeError(`Expected ${n} shares, got ${allocation.length}`);
  const tolerance = options.tolerance ?? defaultTolerance(game);
  const full = grandCoalition(n);
  const sums = coalitionSums(allocation);
  const violations: CoreViolation[] = [];
  for (let mask = 1; mask < full; mask++) {
    const pays = sums[mask] as number;
    const alone = game.costs[mask] as number;
    if (pays - alone > tolerance) {
      violations.push({
        coalition: mask,
        members: coalitionMembers(game, mask),
        pays,
        alone,
        excess: pays - alone,
      });
    }
  }
  violations.sort(
    (a, b) => b.excess - a.excess || a.members.length - b.members.length || a.coalition - b.coalition,
  );
  const balance = (sums[full] as number) - (game.costs[full] as number);
  return {
    inCore: violations.length === 0 && Math.abs(balance) <= tolerance,
    balance,
    violations,
    largest: violations[0] ?? null,
    hurt: hurtPlayers(game, violations),
  };
}

function hurtPlayers(game: CostGame, violations: readonly CoreViolation[]): HurtPlayer[] {
  const worst = new Map<number, CoreViolation>();
  // Violations come largest first, so the first one seen for a player is its worst.
  for (const violation of violations) {
    for (let m = violation.coalition; m !== 0; m &= m - 1) {
      const player = 31 - Math.clz32(m & -m);
      if (!worst.has(player)) worst.set(player, violation);
    }
    if (worst.size === game.players.length) break;
  }
  return [...worst]
    .map(([player, v]) => ({
      player,
      id: game.players[player] as string,
      excess: v.excess,
      coalition: v.coalition,
    }))
    .sort((a, b) => b.excess - a.excess || a.player - b.player);
}

/**
 * True when no allocation satisfies every group: the least-core value ε is positive (Bondareva 1963,
 * Shapley 1967: the core is non-empty exactly when the game is balanced). The default tolerance is the LP
 * solver's, 1e-7 of the largest cost.
 * @example isCoreEmpty(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11)), solver) // → false
 */
export function isCoreEmpty(game: CostGame, solver: LpSolver, options: CoreCheckOptions = {}): boolean {
  return leastCore(game, solver).epsilon > (options.tolerance ?? 100 * defaultTolerance(game));
}
