/**
 * The messages between the page and the Monte Carlo worker. Every run has an id, so a late message from
 * a cancelled run is never taken for the current one.
 * @module
 */
import type { MonteCarloResult } from '../../engine/economics/monte-carlo.ts';
import type { ScenarioInput } from '../../engine/economics/scenario-input.ts';

/** From the page: start a run, or cancel one (honoured between chunks). */
export type MonteCarloRequest =
  | { type: 'start'; runId: number; input: ScenarioInput; draws: number; seed: number }
  | { type: 'cancel'; runId: number };

/** From the worker: progress after each chunk, then exactly one of done, cancelled or failed. */
export type MonteCarloReply =
  | { type: 'progress'; runId: number; done: number; draws: number }
  | { type: 'done'; runId: number; result: MonteCarloResult }
  | { type: 'cancelled'; runId: number; done: number; draws: number }
  | { type: 'failed'; runId: number; message: string };
