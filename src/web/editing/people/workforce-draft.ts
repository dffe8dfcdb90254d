/**
 * The retirement and turnover assumptions as the form holds them (ages in years, shares in percent), applied
 * to the document as a new revision's `people.workforce`.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { WorkforceAssumptions } from '../../../case/schema/people.ts';
import {
  applySourced,
  emptyProvenance,
  fieldId,
  provenanceFrom,
  sourcedText,
  type ProvenanceDraft,
} from './people-draft-common.ts';

export const WORKFORCE_FIELDS = [
  'earlyRetirementAge',
  'earlyRetirementShare',
  'ordinaryRetirementAge',
  'ordinaryRetirementShare',
  'upperAgeLimit',
  'yearlyTurnover',
] as const;
export type WorkforceField = (typeof WORKFORCE_FIELDS)[number];

export const PERCENT_WORKFORCE: ReadonlySet<WorkforceField> = new Set([
  'earlyRetirementShare',
  'ordinaryRetirementShare',
  'yearlyTurnover',
]);

export interface WorkforceDraft {
  values: Record<WorkforceField, string>;
  provenance: ProvenanceDraft;
}

export const workforcePath = (field: WorkforceField) => `people.workforce.${field}.value`;

export function workforceDraft(document: CaseDocument): WorkforceDraft {
  const w = document.people.workforce;
  const values = Object.fromEntries(
    WORKFORCE_FIELDS.map((f) => [f, sourcedText(w[f].value, PERCENT_WORKFORCE.has(f))]),
  ) as Record<WorkforceField, string>;
  return { values, provenance: emptyProvenance };
}

/** The document with the draft applied, and the ids of inputs whose text is not a number. */
export function applyWorkforceDraft(
  document: CaseDocument,
  draft: WorkforceDraft,
  origin: CaseDocument = document,
): { document: CaseDocument; invalid: string[] } {
  // What the user did not touch since `origin` keeps the newer revision's value, so a rebase never reverts it.
  const untouched = workforceDraft(origin);
  const provenance = provenanceFrom(draft.provenance);
  const next: WorkforceAssumptions = { ...document.people.workforce };
  const invalid: string[] = [];
  for (const f of WORKFORCE_FIELDS) {
    if (draft.values[f] === untouched.values[f]) continue;
    const applied = applySourced(next[f], draft.values[f], PERCENT_WORKFORCE.has(f), provenance);
    if (applied.invalid) invalid.push(fieldId(workforcePath(f)));
    next[f] = applied.field;
  }
  return { document: { ...document, people: { ...document.people, workforce: next } }, invalid };
}
