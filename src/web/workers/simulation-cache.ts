/**
 * Finished simulations, kept for the browser session, so the comparison page can show P10 / P50 / P90 of
 * a scenario simulated on its own page without running it again. A result is found only for the same
 * engine input, number of draws and seed, which by the engine's guarantee would give the same numbers.
 * @module
 */
import type { MonteCarloResult } from '../../engine/economics/monte-carlo.ts';
import type { ScenarioInput } from '../../engine/economics/scenario-input.ts';

const LIMIT = 20;
const results = new Map<string, MonteCarloResult>();

export function simulationKey(input: ScenarioInput, draws: number, seed: number): string {
  return `${draws}|${seed}|${JSON.stringify(input)}`;
}

export function cachedSimulation(key: string): MonteCarloResult | undefined {
  return results.get(key);
}

export function storeSimulation(key: string, result: MonteCarloResult): void {
  results.delete(key);
  results.set(key, result);
  // The oldest entry goes first; a Map keeps insertion order.
  if (results.size > LIMIT) results.delete(results.keys().next().value ?? key);
}
