/**
 * Loads one thing from the API and tracks loading, error and data. Stale answers (after the inputs
 * changed or the component left) are dropped.
 * @module
 */
import { useCallback, useEffect, useState } from 'react';

export type ResourceState<T> =
  { status: 'loading' } | { status: 'error'; error: unknown } | { status: 'success'; data: T };

export interface ApiResource<T> {
  state: ResourceState<T>;
  /** Loads again, e.g. after "Try again". */
  reload: () => void;
}

/**
 * @param load fetches the resource; must be stable (wrap it in `useCallback` with its inputs).
 */
export function useApiResource<T>(load: (signal: AbortSignal) => Promise<T>): ApiResource<T> {
  const [state, setState] = useState<ResourceState<T>>({ status: 'loading' });
  const [attempt, setAttempt] = useState(0);

  useEffect(() => {
    const controller = new AbortController();
    setState({ status: 'loading' });
    load(controller.signal).then(
      (data) => {
        if (!controller.signal.aborted) setState({ status: 'success', data });
      },
      (error: unknown) => {
        if (!controller.signal.aborted) setState({ status: 'error', error });
      },
    );
    return () => controller.abort();
  }, [load, attempt]);

  const reload = useCallback(() => setAttempt((n) => n + 1), []);
  return { state, reload };
}
