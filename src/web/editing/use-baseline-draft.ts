/**
 * The editor's state: the saved baseline, the draft being typed, and an undo history. Typing in one field
 * is one undo step however many keys it takes; a reset can be undone too.
 * @module
 */
import { useCallback, useMemo, useReducer } from 'react';
import {
  changedFields,
  type AgeKind,
  type BaselineDraft,
  type DraftField,
  type RowDraft,
} from './baseline-draft.ts';

interface DraftState {
  saved: BaselineDraft;
  draft: BaselineDraft;
  history: BaselineDraft[];
  /** The field the last change was in, so further typing there joins the same undo step. */
  lastField: string | null;
}

type DraftAction =
  | { type: 'set'; index: number; field: DraftField; value: string }
  | { type: 'undo' }
  | { type: 'reset' }
  | { type: 'rebase'; saved: BaselineDraft; draft: BaselineDraft };

const HISTORY_LIMIT = 100;

const AGE_KINDS: readonly string[] = ['none', 'range', 'single', 'bands'];

function isAgeKind(value: string): value is AgeKind {
  return AGE_KINDS.includes(value);
}

/** The row with one field changed, or `undefined` when the value does not fit the field. */
function withField(row: RowDraft, field: DraftField, value: string): RowDraft | undefined {
  if (field === 'ageKind') return isAgeKind(value) ? { ...row, ageKind: value } : undefined;
  return { ...row, [field]: value };
}

function reduce(state: DraftState, action: DraftAction): DraftState {
  switch (action.type) {
    case 'set': {
      const row = state.draft[action.index];
      if (!row || row[action.field] === action.value) return state;
      const key = `${action.index}.${action.field}`;
      const history =
        state.lastField === key ? state.history : [...state.history, state.draft].slice(-HISTORY_LIMIT);
      const nextRow = withField(row, action.field, action.value);
      if (!nextRow) return state;
      const draft = state.draft.map((candidate, index) => (index === action.index ? nextRow : candidate));
      return { ...state, draft, history, lastField: key };
    }
    case 'undo': {
      const previous = state.history[state.history.length - 1];
      if (!previous) return state;
      return { ...state, draft: previous, history: state.history.slice(0, -1), lastField: null };
    }
    case 'reset':
      if (state.draft === state.saved) return state;
      return { ...state, draft: state.saved, history: [...state.history, state.draft], lastField: null };
    case 'rebase':
      return { saved: action.saved, draft: action.draft, history: [], lastField: null };
  }
}

export interface BaselineDraftState {
  saved: BaselineDraft;
  draft: BaselineDraft;
  /** Number of fields that differ from the saved revision. */
  changeCount: number;
  canUndo: boolean;
  setField: (index: number, field: DraftField, value: string) => void;
  undo: () => void;
  /** Back to the saved revision; undoable. */
  reset: () => void;
  /** Starts from a newer saved revision with the given draft (after a conflict). */
  rebase: (saved: BaselineDraft, draft: BaselineDraft) => void;
}

export function useBaselineDraft(initial: BaselineDraft): BaselineDraftState {
  const [state, dispatch] = useReducer(reduce, initial, (saved) => ({
    saved,
    draft: saved,
    history: [],
    lastField: null,
  }));
  const setField = useCallback(
    (index: number, field: DraftField, value: string) => dispatch({ type: 'set', index, field, value }),
    [],
  );
  const undo = useCallback(() => dispatch({ type: 'undo' }), []);
  const reset = useCallback(() => dispatch({ type: 'reset' }), []);
  const rebase = useCallback(
    (saved: BaselineDraft, draft: BaselineDraft) => dispatch({ type: 'rebase', saved, draft }),
    [],
  );
  const changeCount = useMemo(
    () => changedFields(state.saved, state.draft).length,
    [state.saved, state.draft],
  );
  return {
    saved: state.saved,
    draft: state.draft,
    changeCount,
    canUndo: state.history.length > 0,
    setField,
    undo,
    reset,
    rebase,
  };
}
