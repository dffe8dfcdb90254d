/**
 * The one module that imports the LP solver: HiGHS (University of Edinburgh) compiled to WebAssembly by the
 * `highs` package. Loading compiles the WASM and is asynchronous; every solve after that is synchronous. The
 * game functions take a loaded solver as a parameter, so they stay pure and the caller decides when to pay
 * the load (once per process in Node, once per page or worker in the browser).
 * @module
 */
import highsLoader from 'highs';

/** A loaded HiGHS instance. Create it once with {@link loadLpSolver} and pass it to the LP-based functions. */
export type LpSolver = Awaited<ReturnType<typeof highsLoader>>;

export interface LoadLpSolverOptions {
  /**
   * Maps the asset name `highs.wasm` to the URL it is served from. Needed in the browser when the bundler
   * serves the file elsewhere than beside the loader; Node finds the file by itself.
   * @default the loader's own lookup, beside `highs/build/highs.mjs`
   */
  locateFile?: (file: string) => string;
}

/**
 * Loads the HiGHS LP solver (Huangfu & Hall 2018, "Parallelizing the dual revised simplex method",
 * Mathematical Programming Computation 10(1)).
 * @example
 * const solver = await loadLpSolver();
 * nucleolus(game, solver);
 * @example
 * // In the browser with Vite (the package exports the binary as `highs/runtime`), in the web layer:
 * import highsWasmUrl from 'highs/runtime?url';
 * const solver = await loadLpSolver({ locateFile: () => highsWasmUrl });
 */
export function loadLpSolver(options: LoadLpSolverOptions = {}): Promise<LpSolver> {
  const { locateFile } = options;
  return locateFile ? highsLoader({ locateFile }) : highsLoader();
}
