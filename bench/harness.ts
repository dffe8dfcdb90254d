/**
 * A small benchmark harness: warm up, time N runs with `performance.now()`, report median and p95.
 * Timings belong here, never in test assertions.
 * @module
 */

/** The same computation by an outside implementation, timed beside Flokk's (see `peer/`). */
export interface PeerLink {
  /** The game's name, e.g. `smooth-n12`. */
  game: string;
  /** Absolute path of the game file both read. */
  gameFile: string;
  /** Which of the peer's results this figure matches. */
  method: 'nucleolus' | 'shapley';
}

/** What a figure with a peer returns from each timed run. */
export interface PeerResult {
  players: readonly string[];
  allocation: ArrayLike<number>;
}

/** One measured figure. Register it in `figures.ts`. */
export interface Figure {
  /** Shown in the report, e.g. `parseCase(default case)`. */
  name: string;
  /** Builds the input once, outside the timing (it may load a solver first), and returns the function to time. */
  prepare(): (() => unknown) | Promise<() => unknown>;
  /** Timed runs. @default 200 */
  iterations?: number;
  /** Untimed runs first, so the JIT has settled. @default 20 */
  warmup?: number;
  /** Set when the figure is compared with a peer; its timed function then returns a `PeerResult`. */
  peer?: PeerLink;
}

export interface Measurement {
  name: string;
  iterations: number;
  /** Milliseconds per run. */
  median: number;
  p95: number;
  min: number;
  /** What the last timed run returned (the allocation, for a peer comparison). */
  result: unknown;
  peer?: PeerLink;
}

// Results are kept here so the JIT cannot drop a call whose value is unused.
const sink: unknown[] = [undefined];

/** The value at quantile `q` (0–1) of sorted samples, nearest-rank method. */
export function quantile(sorted: readonly number[], q: number): number {
  const rank = Math.max(1, Math.ceil(q * sorted.length));
  return sorted[rank - 1] ?? Number.NaN;
}

/** Runs the figure's warm-up and timed runs. */
export async function measure(figure: Figure): Promise<Measurement> {
  const run = await figure.prepare();
  const iterations = figure.iterations ?? 200;
  // An async figure (a DOCX is packed asynchronously) is timed to its end; a sync one gets no extra tick.
  const settle = async (value: unknown) => (value instanceof Promise ? await value : value);
  for (let i = 0; i < (figure.warmup ?? 20); i++) sink[0] = await settle(run());
  const samples: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const start = performance.now();
    sink[0] = await settle(run());
    samples.push(performance.now() - start);
  }
  samples.sort((a, b) => a - b);
  return {
    name: figure.name,
    iterations,
    median: quantile(samples, 0.5),
    p95: quantile(samples, 0.95),
    min: samples[0] ?? Number.NaN,
    result: sink[0],
    ...(figure.peer === undefined ? {} : { peer: figure.peer }),
  };
}
