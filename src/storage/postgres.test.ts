import { randomBytes } from 'node:crypto';
import { describe } from 'vitest';
import { describeStorageContract } from './contract.ts';
import type { Database } from './database.ts';
import { openNodePostgres } from './drivers/node-postgres.ts';
import { openDatabase } from './open-database.ts';

const databaseUrl = process.env['DATABASE_URL'] ?? '';

// Each run gets its own schema, so parallel runs on a shared server never see each other's rows.
describe.skipIf(!databaseUrl)('PostgreSQL server (DATABASE_URL)', () => {
  const schema = `flokk_test_${randomBytes(6).toString('hex')}`;

  async function open(): Promise<Database> {
    const admin = await openNodePostgres(databaseUrl);
    await admin.query(`CREATE SCHEMA ${schema}`);
    await admin.close();
    return openDatabase({ databaseUrl, searchPath: schema });
  }

  async function close(db: Database): Promise<void> {
    await db.query(`DROP SCHEMA ${schema} CASCADE`);
    await db.close();
  }

  describeStorageContract(`postgres (schema ${schema})`, open, close);
});
