import { describe, expect, it } from 'vitest';
import { defaultCaseInput } from '../default-case/default-case.ts';
import { CaseDocument } from './case-document.ts';

describe('schema defaults', () => {
  it('gives every parse its own default objects: changing one parsed document never changes the next', () => {
    // Zod returns an object default as is; a shared one would carry a change from one parse into every later one.
    const input = structuredClone(defaultCaseInput);
    delete (input as { legalAssessment?: unknown }).legalAssessment;
    delete (input as { publication?: unknown }).publication;
    const first = CaseDocument.parse(structuredClone(input));
    first.legalAssessment.procurementAnswers.push({} as never);
    first.publication.baselineFigures = true;
    const row = first.baseline.find((r) => Object.keys(r.sources).length === 0);
    if (row) row.sources.fte = { document: 'x' };
    const second = CaseDocument.parse(structuredClone(input));
    expect(second.legalAssessment.procurementAnswers).toEqual([]);
    expect(second.publication.baselineFigures).toBe(false);
    if (row) expect(second.baseline.find((r) => Object.keys(r.sources).length === 0)).toBeDefined();
  });
});
