/**
 * An explained value: a figure with the step that produced it, its formula (in symbols, and as an operation
 * the program can evaluate again), and its inputs. Inputs are named by their own figure id, so a reader
 * opens the tree one level at a time: the engine builds one node on request and nothing when no one asks.
 * The words for each step live in the message catalogues (`explain.step.<step>`), not here, so the engine
 * stays free of language.
 * @module
 */
import type { Formula } from './formula.ts';

/** What a value measures, for formatting: kroner, a share (0–1), a factor, FTE, a calendar year, a count. */
export type ExplainedUnit = 'nok' | 'share' | 'factor' | 'fte' | 'year' | 'count' | 'rate';

/** Parameters that name a figure in words: municipality number, area id, year, method id, members. */
export type ExplanationParams = Readonly<Record<string, string | number>>;

/** An input of an explained value: its figure id (open it with the same explain call), value and step. */
export interface ExplanationInput {
  id: string;
  /** The step that makes it, e.g. `cost_today`; `field` for a value typed into the case document. */
  step: string;
  params: ExplanationParams;
  value: number;
  unit: ExplainedUnit;
}

/** One explained figure. `formula` evaluated over `inputs`' values gives `value` (`evaluateFormula`). */
export interface Explanation extends ExplanationInput {
  /** The formula in symbols, e.g. `NNV = Σₜ dₜ · Nₜ`. */
  symbols: string;
  formula: Formula;
  inputs: ExplanationInput[];
}

/** The input part of an explanation, e.g. to list an explanation as another one's input. */
export function asInput(explanation: Explanation): ExplanationInput {
  const { id, step, params, value, unit } = explanation;
  return { id, step, params, value, unit };
}
