/**
 * The one error vocabulary of Flokk. Every layer throws these; the server maps them to HTTP in
 * `server/error-handler.ts` and the CLI maps them to exit codes in `cli/run-command.ts`.
 * @module
 */

/** One problem with one field, named by its path in the document (`baseline[2].fte`). */
export interface FieldIssue {
  /** Path in the document, formatted as `baseline[2].fte`. Empty for the document itself. */
  path: string;
  /** Machine-readable code (Zod's issue code or one of Flokk's own, e.g. `unknown_reference`). */
  code: string;
  /** A human-readable message in the requested language. */
  message: string;
  /**
   * The field in words («Melhus, Sentralbord: årsverk»), where the boundary knows the document; what a person
   * reads instead of `path`.
   */
  label?: string;
}

export type ErrorCode =
  | 'validation'
  | 'conflict'
  | 'forbidden'
  | 'unauthenticated'
  | 'not_found'
  | 'rate_limited'
  | 'too_large'
  | 'busy';

abstract class FlokkError extends Error {
  abstract readonly code: ErrorCode;
}

/** Input failed validation; nothing was stored. */
export class ValidationError extends FlokkError {
  readonly code = 'validation' as const;
  constructor(
    readonly issues: FieldIssue[],
    message = 'Ugyldige data',
  ) {
    super(message);
  }
}

/**
 * Well-formed data that a rule of the case refuses, such as a changed figure still citing its old source:
 * answered 422 with the same issues as a 400, so clients read both alike.
 */
export class RuleViolationError extends ValidationError {}

/** A save was made against a revision that is no longer the newest. Never merged. */
export class ConflictError extends FlokkError {
  readonly code = 'conflict' as const;
  constructor(
    readonly latestRevision: number,
    readonly baseRevision: number,
  ) {
    super(`Revisjon ${baseRevision} er ikke lenger den nyeste; nyeste er ${latestRevision}`);
  }
}

/** The user is signed in but the role does not allow the action. */
export class ForbiddenError extends FlokkError {
  readonly code = 'forbidden' as const;
}

/** No valid session. */
export class UnauthenticatedError extends FlokkError {
  readonly code = 'unauthenticated' as const;
}

export class NotFoundError extends FlokkError {
  readonly code = 'not_found' as const;
}

export class RateLimitedError extends FlokkError {
  readonly code = 'rate_limited' as const;
  constructor(readonly retryAfterSeconds: number) {
    super('For mange forsøk');
  }
}

/** The request body is larger than the route accepts; nothing was read or stored. */
export class PayloadTooLargeError extends FlokkError {
  readonly code = 'too_large' as const;
  constructor(readonly maxBytes: number) {
    super(`Forespørselen er for stor (over ${Math.round(maxBytes / 1024).toLocaleString('nb-NO')} kB)`);
  }
}

/**
 * The server is too busy to take the request now (its compute queue is full) or the computation ran past
 * its time budget; nothing was changed, and the same request can be tried again later.
 */
export class ServiceBusyError extends FlokkError {
  readonly code = 'busy' as const;
  constructor(
    readonly retryAfterSeconds: number,
    readonly reason: 'queue_full' | 'timeout' = 'queue_full',
  ) {
    super(
      reason === 'timeout'
        ? 'Beregningen tok for lang tid. Prøv igjen med færre trekk.'
        : 'Tjeneren har mange beregninger i kø. Prøv igjen om litt.',
    );
  }
}

export function isFlokkError(error: unknown): error is FlokkError {
  return error instanceof FlokkError;
}
