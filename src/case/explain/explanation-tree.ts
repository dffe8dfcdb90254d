/**
 * An explanation opened all the way down (or to `depth` levels): each input replaced by its own
 * explanation. For `flokk explain --json` and documents; the web and the API open one level at a time.
 * @module
 */
import { figureExplainer, type ExplainOptions } from './explain-figure.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { ExplainedFigure } from './explained-figure.ts';

export interface ExplanationTree extends Omit<ExplainedFigure, 'inputs'> {
  /** The inputs opened; absent below the depth asked for (then `inputCount` says how many there are). */
  inputs?: ExplanationTree[];
  inputCount: number;
}

/**
 * The tree under `figureId`; null when the case has no such figure. A figure used in many places (a wage
 * index, a labour cost) is explained once and shared.
 * @example explanationTree(defaultCase(), 'scenario:administrative-tjenester/npv/5028', { caseId: 'default' })
 */
export function explanationTree(
  document: CaseDocument,
  figureId: string,
  options: ExplainOptions & { depth?: number },
): ExplanationTree | null {
  const explainer = figureExplainer(document, options);
  const explained = new Map<string, ExplainedFigure | null>();
  const explain = (id: string) => {
    if (!explained.has(id)) explained.set(id, explainer(id));
    return explained.get(id) ?? null;
  };
  const build = (id: string, depth: number): ExplanationTree | null => {
    const figure = explain(id);
    if (!figure) return null;
    const { inputs, ...rest } = figure;
    if (depth <= 0 || inputs.length === 0) return { ...rest, inputCount: inputs.length };
    const opened = inputs.flatMap((input) => {
      const child = build(input.id, depth - 1);
      return child ? [child] : [];
    });
    return { ...rest, inputs: opened, inputCount: inputs.length };
  };
  return build(figureId, options.depth ?? Infinity);
}

/** A figure and every figure under it, each once, by id: the tree without its repetitions. */
export interface ExplanationGraph {
  root: string;
  /** The root's value, as `flokk analyse` and the API give it. */
  value: number;
  /** Every figure reachable from the root (the root included), each with its inputs by id. */
  figures: Record<string, ExplainedFigure>;
}

/**
 * The figures under `figureId` to `depth` levels, each explained once: a shared input (a wage index, a
 * labour cost used in every year) appears once instead of once per use, so the answer stays small.
 * @example explanationGraph(defaultCase(), 'scenario:administrative-tjenester/npv/5028', { caseId: 'default' })?.figures
 */
export function explanationGraph(
  document: CaseDocument,
  figureId: string,
  options: ExplainOptions & { depth?: number },
): ExplanationGraph | null {
  const explainer = figureExplainer(document, options);
  const root = explainer(figureId);
  if (!root) return null;
  const figures: Record<string, ExplainedFigure> = { [figureId]: root };
  let level = [root];
  for (let depth = options.depth ?? Infinity; depth > 0 && level.length > 0; depth--) {
    const next: ExplainedFigure[] = [];
    for (const figure of level) {
      for (const input of figure.inputs) {
        if (figures[input.id]) continue;
        const explained = explainer(input.id);
        if (!explained) continue;
        figures[input.id] = explained;
        next.push(explained);
      }
    }
    level = next;
  }
  return { root: figureId, value: root.value, figures };
}
