/**
 * What every field of the scenario editor needs from the form: whether it is read-only, the error at a
 * path, and the case (for sources, municipalities and area names).
 * @module
 */
import { createContext, useContext } from 'react';
import type { CaseDocument } from '../../../case/schema/case-document.ts';

export interface ScenarioFormState {
  /** Readers see the scenario but cannot change it. */
  readOnly: boolean;
  /** The error message for the field at a document path, if any. */
  errorAt: (path: string) => string | undefined;
  /** The case the scenario belongs to. */
  document: CaseDocument;
}

export const ScenarioFormContext = createContext<ScenarioFormState | null>(null);

export function useScenarioForm(): ScenarioFormState {
  const state = useContext(ScenarioFormContext);
  if (!state) throw new Error('useScenarioForm must be used inside <ScenarioFormContext>');
  return state;
}
