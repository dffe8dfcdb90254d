/**
 * The one error both drivers throw when PostgreSQL rejects a statement, so repositories can react to a
 * SQLSTATE (a unique violation, say) the same way on PGlite and node-postgres.
 * @module
 */

/** SQLSTATE codes the repositories act on. */
export const SqlState = {
  /** Another row already has this key; usually a concurrent insert. */
  uniqueViolation: '23505',
  /** A referenced row (a case, a user) does not exist. */
  foreignKeyViolation: '23503',
} as const;

/**
 * A database error with the failed statement's first line as context and the driver's error as `cause`.
 * The parameters are left out of the message on purpose: they can hold password hashes and personal data.
 */
export class QueryError extends Error {
  /** The SQLSTATE reported by PostgreSQL, when there is one. */
  readonly sqlState: string | undefined;

  constructor(sql: string, cause: unknown) {
    super(`${messageOf(cause)} (in: ${firstLine(sql)})`, { cause });
    this.name = 'QueryError';
    this.sqlState = sqlStateOf(cause);
  }
}

/** True when `error` is a `QueryError` with the given SQLSTATE. */
export function hasSqlState(error: unknown, sqlState: string): boolean {
  return error instanceof QueryError && error.sqlState === sqlState;
}

function firstLine(sql: string): string {
  return sql.trim().split('\n', 1)[0] ?? '';
}

function messageOf(cause: unknown): string {
  return cause instanceof Error ? cause.message : String(cause);
}

function sqlStateOf(cause: unknown): string | undefined {
  if (typeof cause !== 'object' || cause === null || !('code' in cause)) return undefined;
  return typeof cause.code === 'string' ? cause.code : undefined;
}
