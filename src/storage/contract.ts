/**
 * The storage contract: one behaviour suite that every driver must pass, run by `pglite.test.ts` and, when
 * DATABASE_URL is set, by `postgres.test.ts`. It is what makes the two drivers interchangeable.
 * @module
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from './database.ts';
import { accountContract } from './contract/accounts.ts';
import { analysisResultContract } from './contract/analysis-results.ts';
import { caseDocumentContract } from './contract/case-documents.ts';
import { addUser, rejection, type DatabaseAccess } from './contract/fixtures.ts';
import { revisionContract } from './contract/revisions.ts';
import { migrate, readMigrations } from './migrate.ts';
import { QueryError } from './query-error.ts';
import { findUserByEmail } from './users.ts';

/**
 * Registers the contract for one driver. `open` must return a migrated, otherwise empty database;
 * `close` defaults to `db.close()`.
 */
export function describeStorageContract(
  name: string,
  open: () => Promise<Database>,
  close: (db: Database) => Promise<void> = (db) => db.close(),
): void {
  describe(`storage contract: ${name}`, () => {
    let current: Database | undefined;
    const db: DatabaseAccess = () => {
      if (!current) throw new Error('The database did not open');
      return current;
    };
    beforeAll(async () => {
      current = await open();
    });
    afterAll(async () => {
      if (current) await close(current);
    });

    databaseContract(db);
    describe('revisions', () => revisionContract(db));
    describe('accounts', () => accountContract(db));
    describe('analysis results', () => analysisResultContract(db));
    describe('generated documents', () => caseDocumentContract(db));
  });
}

function databaseContract(db: DatabaseAccess): void {
  it('runs migrations once: a second run applies nothing', async () => {
    expect(await migrate(db())).toEqual([]);
    const rows = await db().query<{ name: string }>('SELECT name FROM schema_migrations ORDER BY name');
    expect(rows.map((row) => row.name)).toEqual(readMigrations().map((m) => m.name));
  });

  it('commits a transaction that resolves', async () => {
    const user = await db().transaction((tx) => addUser(tx, 'commit@example.no'));
    expect(await findUserByEmail(db(), 'commit@example.no')).toMatchObject(user);
  });

  it('rolls back a transaction that throws', async () => {
    const failing = db().transaction(async (tx) => {
      await tx.query(
        "INSERT INTO users (email, display_name, password_hash) VALUES ('rollback@example.no', 'R', 'h')",
      );
      expect(await tx.query("SELECT 1 FROM users WHERE email = 'rollback@example.no'")).toHaveLength(1);
      throw new Error('boom');
    });
    await expect(failing).rejects.toThrow('boom');
    expect(await findUserByEmail(db(), 'rollback@example.no')).toBeNull();
  });

  it('reports a failed statement with its first line and the original error', async () => {
    const error = await rejection(
      db().query('SELECT no_such_column\n  FROM no_such_table WHERE 1 = $1', [1]),
    );
    expect(error).toBeInstanceOf(QueryError);
    expect(error).toMatchObject({ sqlState: '42P01', cause: expect.any(Error) });
    expect(String(error)).toContain('(in: SELECT no_such_column)');
  });
}
