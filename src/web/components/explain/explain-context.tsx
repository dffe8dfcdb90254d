/**
 * Which case and revision the figures on a page belong to, so that each figure can open its explanation
 * without every table passing the case along. Without a provider a figure is shown as plain text.
 * @module
 */
import { createContext, useContext } from 'react';

export interface ExplainScope {
  caseId: string;
  /** The saved revision the page's figures come from; the newest when left out. */
  revision?: number | undefined;
  /**
   * The page shows figures from a draft that differs from the saved revision, which the panel then says.
   * @default false
   */
  unsaved?: boolean;
}

export const ExplainContext = createContext<ExplainScope | null>(null);

/** The case and revision of the figures around, or null where figures cannot be explained. */
export function useExplainScope(): ExplainScope | null {
  return useContext(ExplainContext);
}
