/**
 * A form draft with "undo the last change": typing in one field is one change, so undo restores the field
 * as it was before the user started typing in it.
 * @module
 */
import { useCallback, useState } from 'react';

interface State<T> {
  draft: T;
  history: T[];
  lastKey: string | null;
}

export interface UndoableDraft<T> {
  draft: T;
  canUndo: boolean;
  /** Applies `change`; consecutive changes with the same `key` count as one. */
  update: (key: string, change: (draft: T) => T) => void;
  undo: () => void;
  /** Starts over from `draft` with no history, e.g. after a save. */
  reset: (draft: T) => void;
}

export function useUndoableDraft<T>(initial: () => T): UndoableDraft<T> {
  const [state, setState] = useState<State<T>>(() => ({ draft: initial(), history: [], lastKey: null }));
  const update = useCallback((key: string, change: (draft: T) => T) => {
    setState((s) => ({
      draft: change(s.draft),
      history: s.lastKey === key ? s.history : [...s.history, s.draft],
      lastKey: key,
    }));
  }, []);
  const undo = useCallback(() => {
    setState((s) => {
      const previous = s.history[s.history.length - 1];
      return previous === undefined ? s : { draft: previous, history: s.history.slice(0, -1), lastKey: null };
    });
  }, []);
  const reset = useCallback((draft: T) => setState({ draft, history: [], lastKey: null }), []);
  return { draft: state.draft, canUndo: state.history.length > 0, update, undo, reset };
}
