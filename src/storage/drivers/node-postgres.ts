/**
 * The server driver: a node-postgres pool, used when DATABASE_URL is set, for an organisation that runs
 * its own PostgreSQL (15 or newer).
 * @module
 */
import { Pool, type PoolClient, type PoolConfig, type QueryResult } from 'pg';
import type { Database, Queryable } from '../database.ts';
import { QueryError } from '../query-error.ts';

export interface NodePostgresOptions {
  /** Schemas every connection uses, comma-separated plain names (`flokk` or `flokk_test_ab12,public`). */
  searchPath?: string;
}

const SEARCH_PATH = /^[A-Za-z_][A-Za-z0-9_$]*(,[A-Za-z_][A-Za-z0-9_$]*)*$/;

/** Connects a pool to `connectionString` and checks that the server answers before returning. */
export async function openNodePostgres(
  connectionString: string,
  options: NodePostgresOptions = {},
): Promise<Database> {
  const pool = new Pool({
    connectionString,
    application_name: 'flokk',
    ...searchPathConfig(options.searchPath),
  });
  // An idle connection that drops emits 'error' on the pool; left unhandled, that would end the process.
  pool.on('error', (error) => console.error('PostgreSQL connection lost', error));
  try {
    await run(pool, 'SELECT 1');
  } catch (error) {
    await pool.end();
    throw error;
  }
  return {
    driver: 'postgres',
    query: <Row extends Record<string, unknown>>(sql: string, params?: unknown[]) =>
      run<Row>(pool, sql, params),
    transaction: (work) => transaction(pool, work),
    close: () => pool.end(),
    // Other processes may write to the server too: nothing read can be kept on the strength of this process.
    changeCount: () => undefined,
  };
}

function searchPathConfig(searchPath: string | undefined): Pick<PoolConfig, 'options'> {
  if (searchPath === undefined) return {};
  // The value goes into a startup option, where spaces and quotes would split or break it.
  if (!SEARCH_PATH.test(searchPath))
    throw new Error(`searchPath must list plain schema names: ${searchPath}`);
  return { options: `-c search_path=${searchPath}` };
}

async function transaction<T>(pool: Pool, work: (tx: Queryable) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  let open = true;
  const tx: Queryable = {
    query: <Row extends Record<string, unknown>>(sql: string, params?: unknown[]) => {
      // A query after the end would run outside the transaction, or on a connection someone else now holds.
      if (!open) return Promise.reject(new Error('The transaction has ended'));
      return run<Row>(client, sql, params);
    },
  };
  let broken: Error | undefined;
  try {
    await run(client, 'BEGIN');
    const result = await work(tx);
    await run(client, 'COMMIT');
    return result;
  } catch (error) {
    broken = await rollback(client);
    throw error;
  } finally {
    open = false;
    // Passing an error destroys the connection instead of returning it to the pool in an unknown state.
    client.release(broken);
  }
}

async function rollback(client: PoolClient): Promise<Error | undefined> {
  try {
    await run(client, 'ROLLBACK');
    return undefined;
  } catch (error) {
    return error instanceof Error ? error : new Error(String(error));
  }
}

/** Without parameters node-postgres uses the simple protocol, which allows several statements (migrations). */
async function run<Row>(client: Pool | PoolClient, sql: string, params?: unknown[]): Promise<Row[]> {
  try {
    // Several statements give one result each; the last one is the answer.
    const result: QueryResult | QueryResult[] = await client.query(sql, params);
    const last = Array.isArray(result) ? result.at(-1) : result;
    // The caller names the row shape, as with `Queryable.query<Row>`.
    return (last?.rows ?? []) as Row[];
  } catch (error) {
    throw new QueryError(sql, error);
  }
}
