/**
 * Results derived from a revision, cached by (case, revision, what, parameters). Revisions are immutable, so
 * an entry never goes stale; it only leaves when the memory budget needs room (least recently used first).
 * Identical requests that arrive while the first is still computing share its computation.
 * @module
 */

export interface CacheStats {
  entries: number;
  bytes: number;
  hits: number;
  misses: number;
}

export class ResultCache<T = string | null> {
  readonly #entries = new Map<string, { value: T; bytes: number }>();
  readonly #inFlight = new Map<string, Promise<T>>();
  #bytes = 0;
  #hits = 0;
  #misses = 0;

  /**
   * @param maxBytes memory budget; an entry's size is `sizeOf(value)` (UTF-16 text: 2 bytes a character)
   */
  constructor(
    private readonly maxBytes: number,
    private readonly sizeOf: (value: T) => number = (value) =>
      typeof value === 'string' ? value.length * 2 + 64 : 64,
  ) {}

  /** The cached value for `key`, or the value `compute` gives (then cached). Failures are not cached. */
  async get(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = this.#entries.get(key);
    if (hit) {
      this.#hits++;
      // Re-inserting marks it most recently used: a Map iterates in insertion order.
      this.#entries.delete(key);
      this.#entries.set(key, hit);
      return hit.value;
    }
    const running = this.#inFlight.get(key);
    if (running) {
      this.#hits++;
      return running;
    }
    this.#misses++;
    const computing = compute().then(
      (value) => {
        this.#inFlight.delete(key);
        this.#store(key, value);
        return value;
      },
      (error: unknown) => {
        this.#inFlight.delete(key);
        throw error;
      },
    );
    this.#inFlight.set(key, computing);
    return computing;
  }

  /** Whether `key` is kept (without counting as a use). */
  has(key: string): boolean {
    return this.#entries.has(key);
  }

  stats(): CacheStats {
    return { entries: this.#entries.size, bytes: this.#bytes, hits: this.#hits, misses: this.#misses };
  }

  #store(key: string, value: T): void {
    const bytes = this.sizeOf(value);
    // Something larger than the whole budget is answered but not kept.
    if (bytes > this.maxBytes) return;
    this.#entries.set(key, { value, bytes });
    this.#bytes += bytes;
    for (const [oldest, entry] of this.#entries) {
      if (this.#bytes <= this.maxBytes) break;
      this.#entries.delete(oldest);
      this.#bytes -= entry.bytes;
    }
  }
}
