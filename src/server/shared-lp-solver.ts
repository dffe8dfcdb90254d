/**
 * The server's one HiGHS instance, loaded on the first request that needs it (compiling the WASM takes a
 * moment) and shared by every request after; solves are synchronous, so requests never interleave in it.
 * A failed load is forgotten, so the next request tries again.
 * @module
 */
import { loadLpSolver, type LpSolver } from '../engine/games/lp-solver.ts';

let loading: Promise<LpSolver> | null = null;

export function sharedLpSolver(): Promise<LpSolver> {
  loading ??= loadLpSolver().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}
