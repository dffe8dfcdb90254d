/**
 * Test helper: every figure reachable from a root, each explained once, checking on the way that each
 * formula over its inputs' values gives the figure's value (the property every explanation must have).
 * @module
 */
import { expect } from 'vitest';
import { evaluateFormula } from '../../engine/explain/formula.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { figureExplainer } from './explain-figure.ts';
import type { ExplainedFigure } from './explained-figure.ts';

export function walkExplanations(
  document: CaseDocument,
  rootId: string,
  language: 'nb' | 'nn' | 'en' = 'nb',
  solver?: LpSolver,
): ExplainedFigure[] {
  const explain = figureExplainer(document, { caseId: 'c', language, ...(solver ? { solver } : {}) });
  const seen = new Map<string, ExplainedFigure>();
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    const explained = explain(id);
    if (!explained) throw new Error(`no explanation for ${id}`);
    seen.set(id, explained);
    const again = evaluateFormula(
      explained.operation,
      explained.inputs.map((x) => x.value),
      solver ? { solver } : {},
    );
    // Kroner sums and roundings agree to the krone and far below; shares, factors and LP solutions to 1e-9.
    if (again !== null) expect(again, id).toBeCloseTo(explained.value, Math.abs(explained.value) > 1 ? 3 : 9);
    for (const input of explained.inputs) stack.push(input.id);
  }
  return [...seen.values()];
}
