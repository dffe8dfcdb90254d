/**
 * Runs Monte Carlo simulations in a Web Worker and tracks their progress. One run at a time: starting a
 * new run cancels the one going. The worker is created on the first run and ended when the component
 * leaves. A finished run is kept (see `simulation-cache.ts`) and found again for the same input.
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MonteCarloOutcome, MonteCarloResult } from '../../engine/economics/monte-carlo.ts';
import type { ScenarioInput } from '../../engine/economics/scenario-input.ts';
import { createMonteCarloWorker } from '../workers/create-monte-carlo-worker.ts';
import type { MonteCarloReply, MonteCarloRequest } from '../workers/monte-carlo-messages.ts';
import { cachedSimulation, simulationKey, storeSimulation } from '../workers/simulation-cache.ts';

export type SimulationState =
  | { status: 'idle' }
  | { status: 'running'; done: number; draws: number }
  | { status: 'done'; result: MonteCarloResult; key: string }
  | { status: 'cancelled'; done: number; draws: number }
  | { status: 'failed'; message: string };

export interface MonteCarloRunner {
  state: SimulationState;
  /** Runs (or finds) a simulation; resolves with its outcome, or `null` if it failed or was replaced. */
  run: (input: ScenarioInput, draws: number, seed: number) => Promise<MonteCarloOutcome | null>;
  /** Asks the worker to stop the current run between chunks. */
  cancel: () => void;
}

interface Pending {
  runId: number;
  key: string;
  resolve: (outcome: MonteCarloOutcome | null) => void;
}

export function useMonteCarlo(): MonteCarloRunner {
  const [state, setState] = useState<SimulationState>({ status: 'idle' });
  const worker = useRef<Worker | null>(null);
  const pending = useRef<Pending | null>(null);
  const nextId = useRef(1);

  useEffect(
    () => () => {
      worker.current?.terminate();
      worker.current = null;
      pending.current?.resolve(null);
      pending.current = null;
    },
    [],
  );

  const onReply = useCallback((event: MessageEvent<MonteCarloReply>) => {
    const message = event.data;
    const current = pending.current;
    if (!current || message.runId !== current.runId) return;
    if (message.type === 'progress') {
      setState({ status: 'running', done: message.done, draws: message.draws });
      return;
    }
    pending.current = null;
    if (message.type === 'done') {
      storeSimulation(current.key, message.result);
      setState({ status: 'done', result: message.result, key: current.key });
      current.resolve(message.result);
    } else if (message.type === 'cancelled') {
      setState({ status: 'cancelled', done: message.done, draws: message.draws });
      current.resolve({ status: 'cancelled', done: message.done, draws: message.draws });
    } else {
      setState({ status: 'failed', message: message.message });
      current.resolve(null);
    }
  }, []);

  const post = useCallback(
    (request: MonteCarloRequest) => {
      if (!worker.current) {
        worker.current = createMonteCarloWorker();
        worker.current.addEventListener('message', onReply);
        worker.current.addEventListener('error', (event) => {
          const current = pending.current;
          pending.current = null;
          setState({ status: 'failed', message: event.message });
          current?.resolve(null);
        });
      }
      worker.current.postMessage(request);
    },
    [onReply],
  );

  const cancel = useCallback(() => {
    const current = pending.current;
    if (current) post({ type: 'cancel', runId: current.runId });
  }, [post]);

  const run = useCallback(
    (input: ScenarioInput, draws: number, seed: number) => {
      const key = simulationKey(input, draws, seed);
      const cached = cachedSimulation(key);
      if (pending.current) {
        post({ type: 'cancel', runId: pending.current.runId });
        pending.current.resolve(null);
        pending.current = null;
      }
      if (cached) {
        setState({ status: 'done', result: cached, key });
        return Promise.resolve<MonteCarloOutcome>(cached);
      }
      const runId = nextId.current++;
      setState({ status: 'running', done: 0, draws });
      return new Promise<MonteCarloOutcome | null>((resolve) => {
        pending.current = { runId, key, resolve };
        post({ type: 'start', runId, input, draws, seed });
      });
    },
    [post],
  );

  return { state, run, cancel };
}
