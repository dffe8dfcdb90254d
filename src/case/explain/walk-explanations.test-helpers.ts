/**
 * Test helper: every figure reachable from a root, each explained once, checking on the way that each
 * formula over its inputs' values gives the figure's value (the property every explanation must have).
 * @module
 */
import { expect } from 'vitest';
import { evaluateFormula } from '../../engine/explain/formula.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { figureExplainer } from './explain-figure.ts';
import type { ExplainedFigure } from './explained-figure.ts';

export function walkExplanations(
  document: CaseDocument,
  rootId: string,
  language: 'nb' | 'nn' | 'en' = 'nb',
): ExplainedFigure[] {
  const explain = figureExplainer(document, { caseId: 'c', language });
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
    );
    if (again !== null) expect(again, id).toBeCloseTo(explained.value, 9);
    for (const input of explained.inputs) stack.push(input.id);
  }
  return [...seen.values()];
}
