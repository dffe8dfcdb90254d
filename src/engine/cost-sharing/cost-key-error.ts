/**
 * The error a cost key throws when it cannot share a cost: no participants, a missing population figure,
 * all weights zero. The path names the field, e.g. `['participants', 2, 'volumes', 'payslips']`.
 * @module
 */

/** Why a cost could not be shared. */
export type CostKeyErrorCode =
  /** No participants to share among. */
  | 'no_participants'
  /** A weight (population, volume) is negative or not a finite number. */
  | 'invalid_weight'
  /** Every weight is zero, so no share can be computed. */
  | 'zero_total_weight'
  /** A participant has no population figure at the reference date. */
  | 'missing_population'
  /** A participant has no figure for the chosen volume measure. */
  | 'missing_volume'
  /** An option is missing or out of range. */
  | 'invalid_option'
  /** No key is registered with this id. */
  | 'unknown_key'
  /** The total to share is not a whole number of kroner. */
  | 'non_integer_total';

/**
 * A cost key could not share the cost.
 * @example throw new CostKeyError('missing_volume', ['participants', 2, 'volumes', 'payslips'], 'no payslips figure')
 */
export class CostKeyError extends Error {
  readonly code: CostKeyErrorCode;
  readonly path: readonly (string | number)[];

  constructor(code: CostKeyErrorCode, path: readonly (string | number)[], detail: string) {
    super(`${code} at ${path.join('.') || '(root)'}: ${detail}`);
    this.name = 'CostKeyError';
    this.code = code;
    this.path = path;
  }
}
