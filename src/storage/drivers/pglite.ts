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
  // This process is PGlite's only user, so every write passes here: counting them tells callers when what
  // they read may have changed. Anything but a plain SELECT counts, after it ran (and a transaction at its end).
  let changes = 0;
  const counted = async <T>(sql: string, running: Promise<T>): Promise<T> => {
    try {
      return await running;
    } finally {
      if (!READ_ONLY.test(sql)) changes++;
    }
  };
  const queryable = (runner: Runner): Queryable => ({
    query: <Row extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      counted(sql, run<Row>(runner, sql, params)),
  });
  return {
    driver: 'pglite',
    query: <Row extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      counted(sql, run<Row>(pg, sql, params)),
    transaction: async (work) => {
      try {
        return await pg.transaction((tx) => work(queryable(tx)));
      } finally {
        changes++;
      }
    },
    close: () => pg.close(),
    changeCount: () => changes,
  };
}

// A statement that only reads: SELECT without FOR UPDATE/SHARE (which take locks in a writing transaction).
const READ_ONLY = /^\s*SELECT\b(?![\s\S]*\bFOR\s+(UPDATE|SHARE|NO KEY UPDATE|KEY SHARE)\b)/i;

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
