/**
 * A draft with an undo history, for editors whose draft is one immutable value. Changes to the same field
 * in a row (typing) are one undo step; a reset can be undone too.
 * @module
 */
import { useCallback, useReducer } from 'react';

interface UndoState<T> {
  saved: T;
  draft: T;
  history: T[];
  /** The field the last change was in, so further typing there joins the same undo step. */
  lastField: string | null;
}

type UndoAction<T> =
  | { type: 'update'; field: string; recipe: (draft: T) => T }
  | { type: 'undo' }
  | { type: 'reset' }
  | { type: 'rebase'; saved: T; draft: T };

const HISTORY_LIMIT = 100;

function reduce<T>(state: UndoState<T>, action: UndoAction<T>): UndoState<T> {
  switch (action.type) {
    case 'update': {
      const next = action.recipe(state.draft);
      if (next === state.draft) return state;
      const history =
        state.lastField === action.field
          ? state.history
          : [...state.history, state.draft].slice(-HISTORY_LIMIT);
      return { ...state, draft: next, history, lastField: action.field };
    }
    case 'undo': {
      const previous = state.history[state.history.length - 1];
      if (previous === undefined) return state;
      return { ...state, draft: previous, history: state.history.slice(0, -1), lastField: null };
    }
    case 'reset':
      if (state.draft === state.saved) return state;
      return { ...state, draft: state.saved, history: [...state.history, state.draft], lastField: null };
    case 'rebase':
      return { saved: action.saved, draft: action.draft, history: [], lastField: null };
  }
}

export interface UndoableDraft<T> {
  saved: T;
  draft: T;
  canUndo: boolean;
  /**
   * Changes the draft. `field` names what changed (e.g. its path); consecutive changes to the same field
   * are one undo step, and a structural change (adding a row) should use a fresh name each time.
   */
  update: (field: string, recipe: (draft: T) => T) => void;
  undo: () => void;
  /** Back to the saved value; undoable. */
  reset: () => void;
  /** Starts from a newer saved value with the given draft (after a conflict). */
  rebase: (saved: T, draft: T) => void;
}

export function useUndoableDraft<T>(initial: T): UndoableDraft<T> {
  const [state, dispatch] = useReducer(reduce<T>, initial, (saved) => ({
    saved,
    draft: saved,
    history: [],
    lastField: null,
  }));
  const update = useCallback(
    (field: string, recipe: (draft: T) => T) => dispatch({ type: 'update', field, recipe }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const reset = useCallback(() => dispatch({ type: 'reset' }), []);
  const rebase = useCallback((saved: T, draft: T) => dispatch({ type: 'rebase', saved, draft }), []);
  return {
    saved: state.saved,
    draft: state.draft,
    canUndo: state.history.length > 0,
    update,
    undo,
    reset,
    rebase,
  };
}
