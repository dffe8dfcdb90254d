/**
 * The error the operations engine (budget, a-konto, settlement, membership, benefits) throws for input it
 * cannot compute with. The path names the field, e.g. `['components', 2, 'amount']` or `['ledger', 41, 'amount']`.
 * @module
 */

/** Why the input was refused. */
export type OperationsErrorCode =
  /** An amount is not a whole number of kroner, is negative where it may not be, or is out of range. */
  | 'invalid_amount'
  /** A component, period list or key has nobody (or nothing) to share among. */
  | 'no_participants'
  /** A participant is named that is not among the municipalities given. */
  | 'unknown_municipality'
  /** A name is given twice where it must be unique (a municipality, a component, a period). */
  | 'duplicate_id'
  /** The key could not share the cost (its cause is the cost key's error). */
  | 'invalid_key'
  /** Shares given directly do not sum to 100 %, or one is outside 0–1. */
  | 'shares_do_not_sum'
  /** A number option (margin, years, months, tolerance) is out of its range. */
  | 'invalid_option'
  /** A date is not a real ISO calendar date, or dates are out of order. */
  | 'invalid_date'
  /** A text field (account, responsibility, function, project) is missing, not text, or too long. */
  | 'invalid_field'
  /** A ledger mapping names a component the budget does not have. */
  | 'unknown_component';

/**
 * Refused input, with the path of the offending field.
 * @example new OperationsError('invalid_amount', ['components', 0, 'amount'], 'must be whole kroner').path // → ['components', 0, 'amount']
 */
export class OperationsError extends Error {
  readonly code: OperationsErrorCode;
  readonly path: readonly (string | number)[];

  constructor(
    code: OperationsErrorCode,
    path: readonly (string | number)[],
    detail: string,
    options?: { cause?: unknown },
  ) {
    super(`${code} at ${path.join('.') || '(root)'}: ${detail}`, options);
    this.name = 'OperationsError';
    this.code = code;
    this.path = path;
  }
}

/** Largest amount the engine accepts, the same ceiling as every amount in Flokk (100 mrd. kr). */
export const MAX_KRONER = 100_000_000_000;

/**
 * Checks a whole-kroner amount within ±100 mrd. kr (≥ 0 unless `allowNegative`).
 * @throws OperationsError `invalid_amount` naming `path`.
 * @example checkKroner(1_200_000, ['components', 0, 'amount']) // → 1200000
 */
export function checkKroner(
  value: number,
  path: readonly (string | number)[],
  allowNegative = false,
): number {
  if (!Number.isSafeInteger(value) || Math.abs(value) > MAX_KRONER || (!allowNegative && value < 0)) {
    const sign = allowNegative ? '' : ' ≥ 0';
    throw new OperationsError('invalid_amount', path, `${value} is not whole kroner${sign} within 100 mrd.`);
  }
  return value;
}

/**
 * Checks that every id is unique.
 * @throws OperationsError `duplicate_id` naming the second occurrence.
 * @example checkUnique(['5027', '5028'], ['municipalities'])
 */
export function checkUnique(ids: readonly string[], path: readonly (string | number)[]): void {
  const seen = new Set<string>();
  ids.forEach((id, i) => {
    if (seen.has(id)) throw new OperationsError('duplicate_id', [...path, i], `«${id}» is given twice`);
    seen.add(id);
  });
}

/**
 * Runs `compute`, prefixing the path of any `OperationsError` it throws, so an error from a nested input
 * names the field from the caller's root (`['budget', 'components', 1, 'amount']`).
 * @example underPath(['budget'], () => allocateBudget(input.budget))
 */
export function underPath<T>(prefix: readonly (string | number)[], compute: () => T): T {
  try {
    return compute();
  } catch (error) {
    if (!(error instanceof OperationsError)) throw error;
    const detail = error.message.slice(error.message.indexOf(': ') + 2);
    throw new OperationsError(error.code, [...prefix, ...error.path], detail, {
      cause: error.cause ?? error,
    });
  }
}
