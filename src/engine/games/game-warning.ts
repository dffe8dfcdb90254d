/**
 * Warnings of the game engine: expected conditions of a game or an allocation that the user should see,
 * returned as data (never thrown), each with a string `code` that the UI translates.
 * @module
 */
import type { Coalition } from './game.ts';

export type GameWarningCode =
  /** Some group costs more together than split into two smaller groups; `coalition` is the worst. */
  | 'not_subadditive'
  /** The cost function is not concave (submodular): a member's extra cost grows with the group. */
  | 'not_convex'
  /** No allocation satisfies every group; the method fell back to the least core (`amount` is its ε). */
  | 'core_empty'
  /** The stand-alone costs sum to less than c(N), so no allocation gives everyone at most its own cost. */
  | 'imputation_set_empty'
  /** A player's stand-alone cost is zero, so its relative saving is undefined; `player` names it. */
  | 'zero_stand_alone_cost'
  /** SCRB: a player's separable cost exceeds its stand-alone cost; its remaining benefit was taken as 0. */
  | 'negative_remaining_benefit'
  /** SCRB: no player has a remaining benefit, so the non-separable cost was split equally. */
  | 'no_remaining_benefit';

export interface GameWarning {
  code: GameWarningCode;
  /** The coalition concerned, as a mask. */
  coalition?: Coalition;
  /** The player concerned, as an index. */
  player?: number;
  /** A size in the game's money unit (an excess or ε). */
  amount?: number;
}
