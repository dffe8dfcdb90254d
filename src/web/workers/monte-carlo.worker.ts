/**
 * The Web Worker that runs Monte Carlo simulations off the page's thread. It answers each `start` with
 * progress messages and then the result, and stops between slices when a `cancel` for the run arrives.
 * @module
 */
import type { MonteCarloReply, MonteCarloRequest } from './monte-carlo-messages.ts';
import { runInChunks } from './run-in-chunks.ts';

// This file runs as a dedicated worker: `self` is the worker's global scope, not a window.
declare const self: DedicatedWorkerGlobalScope;

const cancelled = new Set<number>();

function reply(message: MonteCarloReply): void {
  self.postMessage(message);
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function start(request: Extract<MonteCarloRequest, { type: 'start' }>): Promise<void> {
  const { runId, input, draws, seed } = request;
  try {
    const outcome = await runInChunks(input, {
      draws,
      seed,
      pause,
      isCancelled: () => cancelled.has(runId),
      onProgress: (done, total) => reply({ type: 'progress', runId, done, draws: total }),
    });
    if (outcome.status === 'done') reply({ type: 'done', runId, result: outcome });
    else reply({ type: 'cancelled', runId, done: outcome.done, draws: outcome.draws });
  } catch (error) {
    reply({ type: 'failed', runId, message: error instanceof Error ? error.message : String(error) });
  } finally {
    cancelled.delete(runId);
  }
}

self.addEventListener('message', (event: MessageEvent<MonteCarloRequest>) => {
  const request = event.data;
  if (request.type === 'cancel') cancelled.add(request.runId);
  else void start(request);
});
