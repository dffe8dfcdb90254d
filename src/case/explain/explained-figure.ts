/**
 * An explained figure as people and the API read it: the engine's explanation with its step in words, and
 * for a value typed into the case, the field as the form labels it, where it comes from and where it is
 * edited. The document path is kept for the API (`field.path`), never shown to a person.
 * @module
 */
import type { ExplainedUnit, Explanation } from '../../engine/explain/explanation.ts';
import type { Formula } from '../../engine/explain/formula.ts';

/** Where a figure in the case comes from, resolved to what a reader needs to check it. */
export type ResolvedProvenance =
  | {
      kind: 'source';
      document: { id: string; title: string };
      locator?: string;
      date?: string;
      /** The value the document states, where recorded; a figure that differs from it is marked. */
      statedValue?: number;
    }
  | { kind: 'decision'; resolutionId: string; point: number; title?: string }
  | { kind: 'placeholder'; toBeSetBy?: string; note?: string }
  | { kind: 'entered'; by: string; at: string }
  | { kind: 'none' };

export interface FigureField {
  /** The document path, e.g. `baseline[3].labourCost`: for the API, not for people. */
  path: string;
  /** The field as the form labels it, e.g. «Melhus, lønn/regnskap: lønnskostnad». */
  label: string;
  provenance: ResolvedProvenance;
  /** The web page where the field is edited, relative to the site root; null where there is no form. */
  edit: { href: string } | null;
  /** True when the figure differs from the value its source states: the page marks it. */
  differsFromSource?: boolean;
}

export interface ExplainedInput {
  id: string;
  step: string;
  label: string;
  value: number;
  unit: ExplainedUnit;
}

export interface ExplainedFigure extends ExplainedInput {
  symbols: string;
  /** The formula in words. */
  formula: string;
  /** The formula as the program evaluates it (`evaluateFormula`), for checks. */
  operation: Formula;
  inputs: ExplainedInput[];
  field?: FigureField;
}

/** An engine explanation plus the case's words and field, before the inputs are labelled. */
export interface CaseNode extends Explanation {
  field?: FigureField;
}

/**
 * A value typed into the case: no formula, no inputs, its field with provenance and where it is edited.
 * @example fieldLeaf('scenario:s/baseline/a/5028/central/labourCost', 5_200_000, 'nok', field, {})
 */
export function fieldLeaf(
  id: string,
  value: number,
  unit: ExplainedUnit,
  field: FigureField,
  params: CaseNode['params'] = {},
): CaseNode {
  return { id, step: 'field', params, value, unit, symbols: '', formula: { op: 'given' }, inputs: [], field };
}
