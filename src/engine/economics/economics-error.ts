/**
 * The error the economics engine throws for input it cannot compute with (an unknown municipality, a
 * discount schedule without a first step). Expected conditions in valid input are warnings instead.
 * @module
 */

/** Why the input was refused. */
export type EconomicsErrorCode =
  /** The discount schedule is empty, does not start at year 0, is out of order or has a rate ≤ −100 %. */
  | 'invalid_discount_schedule'
  /** A field of the scenario is out of its range or refers to something that does not exist. */
  | 'invalid_scenario'
  /** A cost key that is an allocation method cannot allocate this area's coalition costs. */
  | 'allocation_unavailable';

/**
 * Refused input, with the path of the offending field, e.g. `['serviceAreas', 0, 'rampUpYears']`.
 * @example new EconomicsInputError('invalid_scenario', ['serviceAreas', 0, 'rampUpYears'], 'must be ≥ 0').path // → ['serviceAreas', 0, 'rampUpYears']
 */
export class EconomicsInputError extends Error {
  readonly code: EconomicsErrorCode;
  readonly path: readonly (string | number)[];

  constructor(
    code: EconomicsErrorCode,
    path: readonly (string | number)[],
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${code} at ${path.join('.') || '(root)'}: ${detail}`, options);
    this.name = 'EconomicsInputError';
    this.code = code;
    this.path = path;
  }
}
