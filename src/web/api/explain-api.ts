/**
 * One computed figure explained: what it is in words, its formula, its inputs (each a figure to open in
 * turn) and, for a value typed into the case document, where it comes from and where it is edited.
 * @module
 */
import { request } from './http-client.ts';

/** What a figure measures: kroner, a share (0–1), a factor, FTE, a calendar year, a count or a rate. */
export type ExplainedUnit = 'nok' | 'share' | 'factor' | 'fte' | 'year' | 'count' | 'rate';

/** An input of an explained figure, named by its own figure id. */
export interface ExplainedInput {
  id: string;
  /** The step that makes it, e.g. `cost_today`; `field` for a value typed into the case document. */
  step: string;
  /** The input in words, in the request language. */
  label: string;
  value: number;
  unit: ExplainedUnit;
}

/** Where a value in the case document comes from. */
export type ExplainedProvenance =
  | {
      kind: 'source';
      document: { id: string; title: string };
      locator?: string;
      date?: string;
      statedValue?: number;
    }
  | { kind: 'decision'; resolutionId: string; point: number; title?: string }
  | { kind: 'placeholder'; toBeSetBy?: string; note?: string }
  | { kind: 'entered'; by: string; at: string }
  | { kind: 'none' };

/** The document field behind a leaf of the tree. */
export interface ExplainedField {
  /** The document path, for the API only: never shown to a person. */
  path: string;
  /** The field as the form labels it. */
  label: string;
  provenance: ExplainedProvenance;
  /** The web route where the field is edited, or null where it cannot be edited. */
  edit: { href: string } | null;
  /** True when the figure differs from the value its source states. */
  differsFromSource?: boolean;
}

export interface ExplainedFigure extends ExplainedInput {
  /** The formula in symbols, e.g. `NNV = Σₜ Nₜ · dₜ`; may be empty. */
  symbols: string;
  /** The formula in words. */
  formula: string;
  inputs: ExplainedInput[];
  field?: ExplainedField;
}

export interface ExplainResponse {
  caseId: string;
  revision: number;
  /** ISO timestamp of the revision. */
  savedAt: string;
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
