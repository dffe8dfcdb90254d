/**
 * The two benefit forms as drafts: a measurement (date, value, the source document and the place in it) and a
 * target (value, date, the resolution and point it comes from). Each checks what it can before the save and
 * names the field; the rest (a date before the baseline, an unknown document) the case schema and the
 * server check on save, named the same way.
 * @module
 */
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { parseNumber } from './parse-number.ts';

export interface MeasurementDraft {
  date: string;
  value: string;
  document: string;
  locator: string;
}

export interface TargetDraft {
  value: string;
  date: string;
  resolutionId: string;
  point: string;
}

/** A field the form found wrong, and why. */
export interface DraftProblem<F extends string> {
  field: F;
  kind: 'required' | 'number' | 'date';
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

function numberOf(text: string): number | null | undefined {
  const parsed = parseNumber(text);
  return parsed.ok ? parsed.value : undefined;
}

function withPlan(
  document: CaseDocument,
  planId: string,
  change: (plan: CaseDocument['operations']['benefitPlans'][number]) => object,
): CaseDocument {
  const benefitPlans = document.operations.benefitPlans.map((plan) =>
    plan.id === planId ? { ...plan, ...change(plan) } : plan,
  );
  return { ...document, operations: { ...document.operations, benefitPlans } };
}

/** The document with the measurement added to plan `planId`, or the problems that stop it. */
export function applyMeasurement(
  document: CaseDocument,
  planId: string,
  draft: MeasurementDraft,
): { document: CaseDocument; problems: DraftProblem<keyof MeasurementDraft>[] } {
  const problems: DraftProblem<keyof MeasurementDraft>[] = [];
  if (!ISO_DATE.test(draft.date)) problems.push({ field: 'date', kind: 'date' });
  const value = numberOf(draft.value);
  if (value === null) problems.push({ field: 'value', kind: 'required' });
  else if (value === undefined) problems.push({ field: 'value', kind: 'number' });
  if (draft.document === '') problems.push({ field: 'document', kind: 'required' });
  if (problems.length > 0 || value === null || value === undefined) return { document, problems };
  const locator = draft.locator.trim();
  const measurement = {
    date: draft.date,
    value,
    provenance: { source: { document: draft.document, ...(locator === '' ? {} : { locator }) } },
  };
  return {
    document: withPlan(document, planId, (plan) => ({ measurements: [...plan.measurements, measurement] })),
    problems,
  };
}

/** The document with plan `planId`'s target set from a resolution's point, or the problems that stop it. */
export function applyTarget(
  document: CaseDocument,
  planId: string,
  draft: TargetDraft,
): { document: CaseDocument; problems: DraftProblem<keyof TargetDraft>[] } {
  const problems: DraftProblem<keyof TargetDraft>[] = [];
  const value = numberOf(draft.value);
  if (value === null) problems.push({ field: 'value', kind: 'required' });
  else if (value === undefined) problems.push({ field: 'value', kind: 'number' });
  if (!ISO_DATE.test(draft.date)) problems.push({ field: 'date', kind: 'date' });
  if (draft.resolutionId === '') problems.push({ field: 'resolutionId', kind: 'required' });
  const point = numberOf(draft.point);
  if (point === null) problems.push({ field: 'point', kind: 'required' });
  else if (point === undefined || !Number.isInteger(point)) problems.push({ field: 'point', kind: 'number' });
  if (problems.length > 0 || value === null || value === undefined || point === null || point === undefined)
    return { document, problems };
  const target = {
    value,
    date: draft.date,
    provenance: { decision: { resolutionId: draft.resolutionId, point } },
  };
  return { document: withPlan(document, planId, () => ({ target })), problems };
}
