/**
 * Loads the HiGHS LP solver in the browser, once per page, for a scenario whose cost key is an LP-based
 * allocation method (nucleolus, least core, Equal Profit Method …; `scenarioNeedsSolver`). The module and
 * its WebAssembly binary are fetched only then, so pages that do not need them stay small.
 * @module
 */
import { useEffect, useState } from 'react';
import type { LpSolver } from '../../engine/games/lp-solver.ts';

let loading: Promise<LpSolver> | null = null;
let loaded: LpSolver | undefined;

/** The loaded solver; the same promise for every caller. A failed load may be tried again. */
export function loadBrowserLpSolver(): Promise<LpSolver> {
  loading ??= (async () => {
    const [{ loadLpSolver }, wasm] = await Promise.all([
      import('../../engine/games/lp-solver.ts'),
      import('highs/runtime?url'),
    ]);
    loaded = await loadLpSolver({ locateFile: () => wasm.default });
    return loaded;
  })().catch((error: unknown) => {
    loading = null;
    throw error;
  });
  return loading;
}

/** The solver if it has been loaded on this page, else undefined. */
export function loadedLpSolver(): LpSolver | undefined {
  return loaded;
}

export type LpSolverState =
  | { status: 'not_needed' | 'loading'; solver: undefined }
  | { status: 'ready'; solver: LpSolver }
  | { status: 'failed'; solver: undefined };

/** Loads the solver when `needed` turns true, and says how far it has come. */
export function useLpSolver(needed: boolean): LpSolverState {
  const [state, setState] = useState<LpSolverState>(() =>
    loaded ? { status: 'ready', solver: loaded } : { status: 'not_needed', solver: undefined },
  );
  useEffect(() => {
    if (!needed || loaded) return;
    let live = true;
    setState({ status: 'loading', solver: undefined });
    loadBrowserLpSolver().then(
      (solver) => live && setState({ status: 'ready', solver }),
      (error: unknown) => {
        console.error(error);
        if (live) setState({ status: 'failed', solver: undefined });
      },
    );
    return () => {
      live = false;
    };
  }, [needed]);
  if (loaded && state.status !== 'ready') return { status: 'ready', solver: loaded };
  return needed || state.status === 'ready' ? state : { status: 'not_needed', solver: undefined };
}
