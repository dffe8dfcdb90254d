/**
 * Structural checks of a cost game that Flokk shows as warnings beside the coalition-cost table.
 *
 * Subadditive: c(S ∪ T) ≤ c(S) + c(T) for all disjoint S, T, i.e. no group is cheaper split in two.
 * Without it cooperation in the full group is not obviously worthwhile.
 *
 * Convex, for a cost game: the cost function is concave (submodular), c(S) + c(T) ≥ c(S ∪ T) + c(S ∩ T)
 * for all S, T; equivalently the extra cost of adding player i never grows as the group grows,
 * c(S ∪ {i, j}) − c(S ∪ {j}) ≤ c(S ∪ {i}) − c(S). Then the savings game v(S) = Σ_{i∈S} c(i) − c(S) is
 * convex in the sense of Shapley (1971), "Cores of convex games", IJGT 1: the core is non-empty and
 * contains the Shapley value.
 * @module
 */
import { defaultTolerance, grandCoalition, type Coalition, type CostGame } from './game.ts';
import type { GameWarning } from './game-warning.ts';

/** A group that costs more together than in two parts. */
export interface SubadditivityViolation {
  /** The group S ∪ T. */
  coalition: Coalition;
  /** The two disjoint parts S and T. */
  parts: [Coalition, Coalition];
  /** c(S ∪ T). */
  together: number;
  /** c(S) + c(T). */
  apart: number;
  /** together − apart, > 0. */
  excess: number;
}

/** A player whose extra cost grows when another player joins the group. */
export interface ConvexityViolation {
  /** The base group S (without i and j). */
  coalition: Coalition;
  /** Player i, whose extra cost is compared. */
  player: number;
  /** Player j, whose joining raises i's extra cost. */
  joining: number;
  /** c(S ∪ {i}) − c(S). */
  extraAlone: number;
  /** c(S ∪ {i, j}) − c(S ∪ {j}). */
  extraWith: number;
  /** extraWith − extraAlone, > 0. */
  excess: number;
}

export interface PropertyCheck<Violation> {
  /** True when no violation exceeds the tolerance. */
  holds: boolean;
  /** Number of violations found in all. */
  violationCount: number;
  /** The largest violations, largest first, at most `limit`. */
  violations: Violation[];
}

export interface CheckOptions {
  /** Differences up to this size are rounding, not violations. @default 1e-9 × the largest cost */
  tolerance?: number;
  /** Violations returned at most. @default 20 */
  limit?: number;
}

/**
 * Checks c(S ∪ T) ≤ c(S) + c(T) for every pair of disjoint non-empty coalitions, O(3^n) (n = 12: 0.5 M
 * pairs). Source: Young (1985), "Cost allocation", §1.3.
 * @example isSubadditive(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 15))).holds // → false: 15 > 6 + 8
 */
export function isSubadditive(
  game: CostGame,
  options: CheckOptions = {},
): PropertyCheck<SubadditivityViolation> {
  const c = game.costs;
  const tolerance = options.tolerance ?? defaultTolerance(game);
  const top = new TopViolations<SubadditivityViolation>(options.limit ?? 20);
  const full = grandCoalition(game.players.length);
  for (let union = 3; union <= full; union++) {
    const together = c[union] as number;
    // Each unordered split once: the part holding the lowest member is enumerated as `rest`.
    const low = union & -union;
    const others = union ^ low;
    for (let part = others; part !== 0; part = (part - 1) & others) {
      const rest = union ^ part;
      const apart = (c[part] as number) + (c[rest] as number);
      if (together - apart > tolerance) {
        top.add({ coalition: union, parts: [rest, part], together, apart, excess: together - apart });
      }
    }
  }
  return top.result();
}

/**
 * Checks that every player's extra cost c(S ∪ {i}) − c(S) does not grow when another player j joins S,
 * O(n² 2^n). Source: Shapley (1971), "Cores of convex games", IJGT 1, 11–26, applied to the savings game.
 * @example isConvex(gameFromFunction(['A', 'B', 'C'], (s) => 10 + 4 * coalitionSize(s))).holds // → true
 */
export function isConvex(game: CostGame, options: CheckOptions = {}): PropertyCheck<ConvexityViolation> {
  const c = game.costs;
  const n = game.players.length;
  const tolerance = options.tolerance ?? defaultTolerance(game);
  const top = new TopViolations<ConvexityViolation>(options.limit ?? 20);
  const full = grandCoalition(n);
  for (let base = 0; base <= full; base++) {
    for (let i = 0; i < n; i++) {
      const bi = 1 << i;
      if ((base & bi) !== 0) continue;
      const extraAlone = (c[base | bi] as number) - (c[base] as number);
      // The test is symmetric in i and j, so each pair {i, j} is checked once, from the lower player.
      for (let j = i + 1; j < n; j++) {
        const bj = 1 << j;
        if ((base & bj) !== 0) continue;
        const extraWith = (c[base | bi | bj] as number) - (c[base | bj] as number);
        if (extraWith - extraAlone > tolerance) {
          top.add({
            coalition: base,
            player: i,
            joining: j,
            extraAlone,
            extraWith,
            excess: extraWith - extraAlone,
          });
        }
      }
    }
  }
  return top.result();
}

/**
 * The structural warnings of a game: `not_subadditive` and `not_convex`, each naming the worst coalition.
 * A non-convex game is common and mild; a non-subadditive one means some group does better apart.
 * @example gameWarnings(game) // → [{ code: 'not_convex', coalition: 0b011, amount: 1.5 }]
 */
export function gameWarnings(game: CostGame, options: Pick<CheckOptions, 'tolerance'> = {}): GameWarning[] {
  const warnings: GameWarning[] = [];
  const sub = isSubadditive(game, { ...options, limit: 1 });
  const worstSub = sub.violations[0];
  if (worstSub)
    warnings.push({ code: 'not_subadditive', coalition: worstSub.coalition, amount: worstSub.excess });
  const convex = isConvex(game, { ...options, limit: 1 });
  const worstConvex = convex.violations[0];
  if (worstConvex) {
    const coalition = worstConvex.coalition | (1 << worstConvex.player) | (1 << worstConvex.joining);
    warnings.push({ code: 'not_convex', coalition, amount: worstConvex.excess });
  }
  return warnings;
}

/** Keeps the `limit` largest violations seen, without storing them all. */
class TopViolations<V extends { excess: number }> {
  private kept: V[] = [];
  private count = 0;
  constructor(private readonly limit: number) {}

  add(violation: V): void {
    this.count++;
    this.kept.push(violation);
    if (this.kept.length > 2 * this.limit + 16) this.trim();
  }

  result(): PropertyCheck<V> {
    this.trim();
    return { holds: this.count === 0, violationCount: this.count, violations: this.kept };
  }

  private trim(): void {
    // Stable sort keeps enumeration order among equal excesses, so results are deterministic.
    this.kept.sort((a, b) => b.excess - a.excess);
    this.kept.length = Math.min(this.kept.length, this.limit);
  }
}
