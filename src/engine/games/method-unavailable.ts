/**
 * Why an allocation method cannot allocate a particular game: a precondition the game does not meet (found
 * before any LP is solved), or an LP that the solver could not bring to an optimum. These are expected
 * conditions of hostile or unusual input, returned to the user as data (`runAllocationMethod`), never a
 * reason to fail the whole comparison. Anything else a method throws is a programming error and stays one.
 * @module
 */
import type { LpResult } from './linear-program.ts';

export type UnavailableReason =
  /** A proportional variant: some player's stand-alone cost c({i}) is 0, so its relative excess is undefined. */
  | 'zero_standalone_costs'
  /** A proportional variant: some group of two or more costs 0, so its relative excess is undefined. */
  | 'zero_group_cost'
  /** An LP of the method has no feasible solution for this game. */
  | 'infeasible_lp'
  /** An LP of the method has no finite optimum for this game. */
  | 'unbounded_lp'
  /**
   * The costs are too far apart in size (or too large) for a reliable computation: the solver refused the
   * model or gave up, or a result was not a finite number.
   */
  | 'numerical';

/** Every reason, in the order the documentation lists them. */
export const UNAVAILABLE_REASONS: readonly UnavailableReason[] = [
  'zero_standalone_costs',
  'zero_group_cost',
  'infeasible_lp',
  'unbounded_lp',
  'numerical',
];

/**
 * A method cannot allocate this game, for `reason`. Thrown by the methods and caught, per method, where
 * methods run side by side.
 * @example throw new MethodUnavailableError('zero_standalone_costs', 'Player 0 has stand-alone cost 0')
 */
export class MethodUnavailableError extends Error {
  readonly reason: UnavailableReason;

  constructor(reason: UnavailableReason, detail: string) {
    super(`${reason}: ${detail}`);
    this.name = 'MethodUnavailableError';
    this.reason = reason;
  }

  /**
   * The error for an LP that did not end optimal; `what` names the LP for the message.
   * @example MethodUnavailableError.fromLp('infeasible', 'Nucleolus round').reason // → 'infeasible_lp'
   */
  static fromLp(status: Exclude<LpResult['status'], 'optimal'>, what: string): MethodUnavailableError {
    const reason: UnavailableReason =
      status === 'infeasible' ? 'infeasible_lp' : status === 'unbounded' ? 'unbounded_lp' : 'numerical';
    return new MethodUnavailableError(reason, `${what} LP ended ${status}`);
  }
}
