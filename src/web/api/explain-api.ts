/**
 * One computed figure explained: what it is in words, its formula, its inputs (each a figure to open in
 * turn) and, for a value typed into the case document, where it comes from and where it is edited.
 * @module
 */
import type { ExplainedFigure } from '../../case/explain/explained-figure.ts';
import { request } from './http-client.ts';

// The shapes are the case layer's own (one definition for the server, the CLI and the web), read as types only.
export type { ExplainedUnit } from '../../engine/explain/explanation.ts';
export type {
  ExplainedFigure,
  ExplainedInput,
  FigureField as ExplainedField,
  ResolvedProvenance as ExplainedProvenance,
} from '../../case/explain/explained-figure.ts';

export interface ExplainResponse {
  caseId: string;
  revision: number;
  /** ISO timestamp of the revision. */
  savedAt: string;
  /** The engine's version the figure was computed with. */
  engineVersion: string;
  figure: ExplainedFigure;
}

/** The explanation of `figure` at `revision` (the newest when left out), worded in the interface language. */
export function getExplanation(
  caseId: string,
  figure: string,
  revision?: number,
  signal?: AbortSignal,
): Promise<ExplainResponse> {
  const query = new URLSearchParams({ figure });
  if (revision !== undefined) query.set('revision', String(revision));
  return request<ExplainResponse>(`/api/cases/${encodeURIComponent(caseId)}/explain?${query.toString()}`, {
    signal,
  });
}
