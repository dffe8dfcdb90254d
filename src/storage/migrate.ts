/**
 * Schema migrations: every `migrations/NNNN-name.sql` runs once, in name order, each in its own
 * transaction, and is recorded in `schema_migrations`. The same files run on PGlite and PostgreSQL.
 * @module
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Database, Queryable } from './database.ts';

export interface Migration {
  /** The file name, such as `0001-init.sql`; also the key recorded in `schema_migrations`. */
  name: string;
  sql: string;
}

const MIGRATIONS_DIR = fileURLToPath(new URL('./migrations/', import.meta.url));
const MIGRATION_FILE = /^\d{4}-[a-z0-9-]+\.sql$/;
// Any constant will do, as long as every Flokk process sharing the database uses the same one.
const MIGRATION_LOCK = 4_207_117;

/** Reads the migration files in the order they must run. */
export function readMigrations(dir: string = MIGRATIONS_DIR): Migration[] {
  return readdirSync(dir)
    .filter((name) => MIGRATION_FILE.test(name))
    .sort()
    .map((name) => ({ name, sql: readFileSync(`${dir}/${name}`, 'utf8') }));
}

/** Brings the schema up to date and returns the names of the migrations it applied (none when current). */
export async function migrate(db: Database, migrations: Migration[] = readMigrations()): Promise<string[]> {
  const applied: string[] = [];
  for (const migration of migrations) {
    if (await applyOnce(db, migration)) applied.push(migration.name);
  }
  return applied;
}

async function applyOnce(db: Database, migration: Migration): Promise<boolean> {
  return db.transaction(async (tx) => {
    // Two processes starting against the same database must not both run a migration.
    await tx.query('SELECT pg_advisory_xact_lock($1)', [MIGRATION_LOCK]);
    if (await isApplied(tx, migration.name)) return false;
    await tx.query(migration.sql);
    await tx.query('INSERT INTO schema_migrations (name) VALUES ($1)', [migration.name]);
    return true;
  });
}

async function isApplied(tx: Queryable, name: string): Promise<boolean> {
  await tx.query(
    'CREATE TABLE IF NOT EXISTS schema_migrations (name text PRIMARY KEY, applied_at timestamptz NOT NULL DEFAULT now())',
  );
  const rows = await tx.query('SELECT 1 FROM schema_migrations WHERE name = $1', [name]);
  return rows.length > 0;
}
