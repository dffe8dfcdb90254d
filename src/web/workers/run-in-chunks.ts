/**
 * Runs a Monte Carlo simulation in slices of about `sliceMs`, reporting progress and yielding after each
 * so a cancel message can arrive. The engine's run gives the same result whatever the chunk sizes, so the
 * browser matches the CLI and the server for the same seed.
 * @module
 */
import { startMonteCarlo, type MonteCarloOutcome } from '../../engine/economics/monte-carlo.ts';
import type { ScenarioInput } from '../../engine/economics/scenario-input.ts';

export interface ChunkedRunOptions {
  draws: number;
  seed: number;
  /** Draws between clock checks. @default 500 */
  chunkSize?: number;
  /** Time to compute before reporting and yielding, in milliseconds. @default 50 */
  sliceMs?: number;
  /** The clock. @default performance.now */
  now?: () => number;
  /** Lets pending messages (a cancel) through, e.g. a zero-delay timeout. */
  pause: () => Promise<void>;
  /** Asked before each slice; true stops the run. */
  isCancelled: () => boolean;
  onProgress: (done: number, draws: number) => void;
}

/**
 * @example
 * const outcome = await runInChunks(input, { draws: 10_000, seed: 42, pause, isCancelled: () => false, onProgress });
 */
export async function runInChunks(
  input: ScenarioInput,
  options: ChunkedRunOptions,
): Promise<MonteCarloOutcome> {
  const { draws, seed, pause, isCancelled, onProgress } = options;
  const chunkSize = options.chunkSize ?? 500;
  const sliceMs = options.sliceMs ?? 50;
  const now = options.now ?? (() => performance.now());
  const run = startMonteCarlo(input, { draws, seed });
  while (run.done < run.draws) {
    if (isCancelled()) return { status: 'cancelled', done: run.done, draws };
    const start = now();
    do run.step(chunkSize);
    while (run.done < run.draws && now() - start < sliceMs);
    onProgress(run.done, run.draws);
    await pause();
  }
  return run.result();
}
