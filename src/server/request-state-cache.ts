/**
 * What every request reads before its handler runs (the session with its user; the role in the case with the
 * newest revision number), kept in memory while the database says nothing has been written since. Only a
 * database that this process alone writes to (embedded PGlite) says so; on a PostgreSQL server, which other
 * processes share, every request reads afresh, so a sign-out or a save through one process counts at once in
 * all. Any write at all (a save, a sign-out, a role change, a sign-in) empties the memory, so a stale role or
 * session can never be used.
 * @module
 */
import type { Database } from '../storage/database.ts';

export class RequestStateCache<T> {
  readonly #entries = new Map<string, T>();
  #changeCount: number | undefined;

  constructor(private readonly maxEntries = 10_000) {}

  /** The value for `key` read while nothing was written since, or a fresh one from `load`. */
  async get(db: Database, key: string, load: () => Promise<T>): Promise<T> {
    const before = db.changeCount();
    if (before === undefined) return load();
    if (before !== this.#changeCount) {
      this.#entries.clear();
      this.#changeCount = before;
    }
    const hit = this.#entries.get(key);
    if (hit !== undefined) return hit;
    const value = await load();
    // Kept only if nothing was written while it was read; a bounded number, so random keys cannot grow it.
    if (db.changeCount() === before && this.#changeCount === before) {
      if (this.#entries.size >= this.maxEntries) this.#entries.clear();
      this.#entries.set(key, value);
    }
    return value;
  }
}
