/**
 * Creates the Monte Carlo worker. The `new URL(…, import.meta.url)` form lets Vite bundle the worker as
 * its own file, served from the same origin as the page (the Content-Security-Policy allows only 'self').
 * @module
 */
export function createMonteCarloWorker(): Worker {
  return new Worker(new URL('./monte-carlo.worker.ts', import.meta.url), { type: 'module' });
}
