/**
 * Cross-references of the non-priced effects: ids are unique, every assessment names a scenario and a
 * municipality of the case, and an effect assesses a municipality at most once per scenario.
 * @module
 */
import type { z } from 'zod';
import type { CaseDocumentShape } from './case-document-shape.ts';

type Shape = z.output<typeof CaseDocumentShape>;

export function checkNonPricedReferences(doc: Shape, ctx: z.RefinementCtx): void {
  const issue = (path: (string | number)[], message: string) =>
    ctx.addIssue({ code: 'custom', path, message });
  const scenarios = new Set(doc.scenarios.map((s) => s.id));
  const municipalities = new Set<string>(doc.participants.map((p) => p.municipalityNumber));
  const ids = new Set<string>();
  doc.nonPricedEffects.forEach((effect, e) => {
    if (ids.has(effect.id)) issue(['nonPricedEffects', e, 'id'], 'duplicate_id');
    ids.add(effect.id);
    const assessed = new Set<string>();
    effect.assessments.forEach((assessment, a) => {
      const at = ['nonPricedEffects', e, 'assessments', a];
      if (!scenarios.has(assessment.scenarioId)) issue([...at, 'scenarioId'], 'unknown_reference');
      if (!municipalities.has(assessment.municipality)) issue([...at, 'municipality'], 'unknown_reference');
      const key = `${assessment.scenarioId}|${assessment.municipality}`;
      // The same municipality twice for one scenario: the nearest existing message is «listed twice».
      if (assessed.has(key)) issue([...at, 'municipality'], 'duplicate_member');
      assessed.add(key);
    });
  });
}
