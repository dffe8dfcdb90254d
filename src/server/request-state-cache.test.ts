import { describe, expect, it } from 'vitest';
import { openDatabase } from '../storage/open-database.ts';
import type { Database } from '../storage/database.ts';
import { RequestStateCache } from './request-state-cache.ts';

function fakeDb(count: () => number | undefined): Database {
  return { changeCount: count } as unknown as Database;
}

describe('request state cache', () => {
  it('keeps a read while the database reports no write, and forgets everything after one', async () => {
    let changes = 0;
    const db = fakeDb(() => changes);
    const cache = new RequestStateCache<string>();
    let loads = 0;
    const load = async () => `svar ${++loads}`;
    expect(await cache.get(db, 'k', load)).toBe('svar 1');
    expect(await cache.get(db, 'k', load)).toBe('svar 1');
    changes++;
    expect(await cache.get(db, 'k', load)).toBe('svar 2');
  });

  it('never keeps anything for a database other processes write to', async () => {
    const cache = new RequestStateCache<number>();
    let loads = 0;
    const db = fakeDb(() => undefined);
    await cache.get(db, 'k', async () => ++loads);
    await cache.get(db, 'k', async () => ++loads);
    expect(loads).toBe(2);
  });

  it('does not keep a read during which something was written', async () => {
    let changes = 0;
    const db = fakeDb(() => changes);
    const cache = new RequestStateCache<number>();
    let loads = 0;
    await cache.get(db, 'k', async () => {
      changes++; // a save finished while this was read
      return ++loads;
    });
    await cache.get(db, 'k', async () => ++loads);
    expect(loads).toBe(2);
  });

  it('sees every PGlite write: inserts, updates and transactions count, plain reads do not', async () => {
    const db = await openDatabase({ dataDir: null });
    try {
      const start = db.changeCount() ?? -1;
      await db.query('SELECT 1');
      await db.query('SELECT count(*) FROM users WHERE email = $1', ['x@y.no']);
      expect(db.changeCount()).toBe(start);
      await db.query('DELETE FROM sessions WHERE token_hash = $1', ['ingen']);
      expect(db.changeCount()).toBe(start + 1);
      await db.transaction(async (tx) => {
        await tx.query('SELECT id FROM cases WHERE id = $1 FOR UPDATE', ['x']);
      });
      expect(db.changeCount()).toBeGreaterThan(start + 1);
    } finally {
      await db.close();
    }
  });
});
