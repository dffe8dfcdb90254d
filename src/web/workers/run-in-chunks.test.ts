import { describe, expect, it } from 'vitest';
import { defaultCase } from '../../case/default-case/default-case.ts';
import { scenarioEngineInput } from '../../case/scenario/analyse-scenario.ts';
import { runMonteCarlo } from '../../engine/economics/monte-carlo.ts';
import { runInChunks } from './run-in-chunks.ts';

// The engine input with the scenario's allocation-method keys resolved, as the scenario page passes it.
const input = scenarioEngineInput(defaultCase(), 'administrative-tjenester')!.input;
const pause = () => Promise.resolve();

describe('runInChunks', () => {
  it('gives the same numbers as the engine run the CLI and server use, for the same seed', async () => {
    let tick = 0;
    const progress: number[] = [];
    const outcome = await runInChunks(input, {
      draws: 3_000,
      seed: 42,
      chunkSize: 700,
      // Every clock reading is a slice later: each slice is one chunk.
      now: () => (tick += 100),
      pause,
      isCancelled: () => false,
      onProgress: (done) => progress.push(done),
    });
    expect(progress).toEqual([700, 1_400, 2_100, 2_800, 3_000]);
    expect(outcome).toEqual(runMonteCarlo(input, { draws: 3_000, seed: 42 }));
  });

  it('stops between slices once cancelled', async () => {
    let cancelled = false;
    let tick = 0;
    const outcome = await runInChunks(input, {
      draws: 10_000,
      seed: 42,
      chunkSize: 1_000,
      now: () => (tick += 100),
      pause,
      isCancelled: () => cancelled,
      onProgress: () => {
        cancelled = true;
      },
    });
    expect(outcome).toEqual({ status: 'cancelled', done: 1_000, draws: 10_000 });
  });
});
