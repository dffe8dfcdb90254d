/**
 * The embedded driver: PostgreSQL 17 compiled to WebAssembly, in-process, so Flokk runs with no server to
 * install. It is the default and what the tests use.
 * @module
 */
import { PGlite, type Transaction } from '@electric-sql/pglite';
import type { Database, Queryable } from '../database.ts';
import { QueryError } from '../query-error.ts';

type Runner = Pick<Transaction, 'query' | 'exec'>;

/**
 * Opens PGlite in `dataDir`, or in memory when it is `null` (tests, demos).
 * PGlite has one connection and already queues queries and transactions behind one lock, so concurrent
 * transactions run one after the other. Inside `transaction`, use only the `tx` it passes: calling the
 * database itself there waits for the transaction to end and never returns.
 */
export async function openPglite(dataDir: string | null): Promise<Database> {
  const pg = await PGlite.create(dataDir ?? undefined);
  return {
    driver: 'pglite',
    query: <Row extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      run<Row>(pg, sql, params),
    transaction: (work) => pg.transaction((tx) => work(queryable(tx))),
    close: () => pg.close(),
  };
}

function queryable(runner: Runner): Queryable {
  return {
    query: <Row extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      run<Row>(runner, sql, params),
  };
}

/** Without parameters, uses the simple protocol (as node-postgres does) so a migration can hold many statements. */
async function run<Row>(runner: Runner, sql: string, params: unknown[] = []): Promise<Row[]> {
  try {
    if (params.length > 0) return (await runner.query<Row>(sql, params)).rows;
    const results = await runner.exec(sql);
    // The caller names the row shape, as with `Queryable.query<Row>`.
    return (results.at(-1)?.rows ?? []) as Row[];
  } catch (error) {
    throw new QueryError(sql, error);
  }
}
