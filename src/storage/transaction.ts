/**
 * Lets a repository function that needs several statements to be atomic accept either the database or an
 * open transaction, so callers can combine it with other writes (create a case and its owner together).
 * @module
 */
import type { Database, Queryable } from './database.ts';

/** Runs `work` in a new transaction when given the database, or in the caller's when given a `tx`. */
export function inTransaction<T>(db: Queryable, work: (tx: Queryable) => Promise<T>): Promise<T> {
  return isDatabase(db) ? db.transaction(work) : work(db);
}

function isDatabase(db: Queryable): db is Database {
  return 'transaction' in db && typeof db.transaction === 'function';
}
