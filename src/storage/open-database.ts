/**
 * The one entry point to storage: picks the driver from the configuration and migrates the schema, so
 * the server and the CLI get a ready database from one call.
 * @module
 */
import { mkdir } from 'node:fs/promises';
import type { Database } from './database.ts';
import { openNodePostgres } from './drivers/node-postgres.ts';
import { openPglite } from './drivers/pglite.ts';
import { migrate } from './migrate.ts';

export interface DatabaseConfig {
  /** A PostgreSQL connection string. When set, Flokk uses that server and ignores `dataDir`. */
  databaseUrl?: string;
  /** The PGlite data folder, created if missing. `null` or absent keeps the database in memory. */
  dataDir?: string | null;
  /** Schemas for the PostgreSQL connections, such as `flokk`. PGlite holds only Flokk, so it ignores this. */
  searchPath?: string;
}

/** Opens PostgreSQL when `databaseUrl` is set, else PGlite, and returns it with the schema up to date. */
export async function openDatabase(config: DatabaseConfig): Promise<Database> {
  const db = await connect(config);
  try {
    await migrate(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}

async function connect(config: DatabaseConfig): Promise<Database> {
  if (config.databaseUrl) {
    const { searchPath } = config;
    return openNodePostgres(config.databaseUrl, searchPath === undefined ? {} : { searchPath });
  }
  const dataDir = config.dataDir ?? null;
  if (dataDir !== null) await mkdir(dataDir, { recursive: true });
  return openPglite(dataDir);
}
