/**
 * A new case as a copy of another: every figure, scenario and decision with its provenance as it is, under a
 * new id and title. What the copy shows the public is not copied: its publication settings start as a new
 * case's (nothing published beyond the default, no contact), so the owner decides them again.
 * @module
 */
import type { CaseDocument } from './schema/case-document.ts';

export function copyCase(source: CaseDocument, id: string, title: string): CaseDocument {
  return {
    ...structuredClone(source),
    id,
    title: { nb: title },
    publication: { baselineFigures: false },
  };
}
