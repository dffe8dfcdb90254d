/**
 * The storage seam: one small interface, two thin drivers (`drivers/pglite.ts` embedded by default,
 * `drivers/node-postgres.ts` when DATABASE_URL is set). Everything above it writes plain PostgreSQL.
 * @module
 */

/** Something that runs SQL: the database itself or an open transaction. */
export interface Queryable {
  /**
   * Runs one statement with `$1, $2, …` parameters and returns the rows. Without parameters it may run
   * several statements (a migration file) and returns the last one's rows, the same on both drivers.
   */
  query<Row extends Record<string, unknown> = Record<string, unknown>>(
    sql: string,
    params?: unknown[],
  ): Promise<Row[]>;
}

export interface Database extends Queryable {
  /**
   * Runs `work` in one transaction: committed if it resolves, rolled back if it throws. Inside `work`, use
   * only `tx`: PGlite has one connection, so a query on the database itself waits for `work` forever.
   */
  transaction<T>(work: (tx: Queryable) => Promise<T>): Promise<T>;
  close(): Promise<void>;
  /** `pglite` or `postgres`, for logs and the start-up message. */
  readonly driver: 'pglite' | 'postgres';
  /**
   * A number that changes after every statement that may have written, or `undefined` when other processes
   * can write to the same database (a PostgreSQL server). Where it is defined (embedded PGlite: this process is
   * the only writer), a read made while it stayed the same is still true, so callers may keep it in memory.
   */
  changeCount(): number | undefined;
}
