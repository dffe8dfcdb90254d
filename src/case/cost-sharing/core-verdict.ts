/**
 * The core check of an allocation as plain data for the screens, the CLI and the API: in the core or not,
 * the largest violation, and who is hurt by how much. Built on the engine's `coreCheck` (Gillies 1959;
 * Young 1985, §1.4): an allocation x is in the core when x(N) = c(N) and no group S pays more than it would
 * alone, x(S) ≤ c(S).
 * @module
 */
import { coreCheck } from '../../engine/games/core.ts';
import type { CostGame } from '../../engine/games/game.ts';

/** A group that pays more under the allocation than it would alone. */
export interface GroupOvercharge {
  /** Municipality numbers of the group. */
  members: string[];
  /** x(S): what the group pays under the allocation, kroner per year. */
  pays: number;
  /** c(S): what the group would pay alone. */
  alone: number;
  /** pays − alone, > 0. */
  excess: number;
}

/** A municipality in at least one overcharged group, with the worst such group. */
export interface HurtMunicipality {
  municipality: string;
  /** The largest excess of an overcharged group it belongs to. */
  excess: number;
  /** That group's members. */
  members: string[];
}

export interface CoreVerdict {
  inCore: boolean;
  /** x(N) − c(N): 0 when the allocation covers exactly the total. */
  balance: number;
  /** Number of overcharged groups. */
  violationCount: number;
  largest: GroupOvercharge | null;
  /** Municipalities paying more than alone (their own group of one), largest excess first. */
  aboveStandAlone: GroupOvercharge[];
  hurt: HurtMunicipality[];
}

/**
 * The verdict for allocation `x` (kroner per player, in the game's player order).
 * @example
 * // A alone 6, B alone 8, together 11; charging A 8 and B 3:
 * coreVerdict(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11)), [8, 3]).largest
 * // → { members: ['A'], pays: 8, alone: 6, excess: 2 }
 */
export function coreVerdict(game: CostGame, x: ArrayLike<number>): CoreVerdict {
  const check = coreCheck(game, x);
  const plain = (v: (typeof check.violations)[number]): GroupOvercharge => ({
    members: v.members,
    pays: v.pays,
    alone: v.alone,
    excess: v.excess,
  });
  return {
    inCore: check.inCore,
    balance: check.balance,
    violationCount: check.violations.length,
    largest: check.largest ? plain(check.largest) : null,
    aboveStandAlone: check.violations.filter((v) => v.members.length === 1).map(plain),
    hurt: check.hurt.map((h) => ({
      municipality: h.id,
      excess: h.excess,
      members: game.players.filter((_, i) => (h.coalition & (1 << i)) !== 0),
    })),
  };
}
