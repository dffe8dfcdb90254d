/**
 * Turns a stored revision into what a user may see: migrated and validated, ages of small groups withheld
 * for readers, and the baseline totals computed from the rows.
 * @module
 */
import { parseCase } from '../case/parse-case.ts';
import { redactPersonalData, type RedactedCase } from '../case/redact-personal-data.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { baselineTotals } from '../engine/baseline-totals.ts';
import { checkDocumentedTotals } from '../engine/documented-total-check.ts';
import type { CaseRole, RevisionMeta, StoredRevision } from '../storage/case-store.ts';
import { hasRole } from './access.ts';

export function revisionMeta(stored: RevisionMeta): Omit<RevisionMeta, 'authorId'> {
  const { caseId, revision, authorName, createdAt, comment } = stored;
  return { caseId, revision, authorName, createdAt, comment };
}

/** Parses a stored document; a stored revision that no longer validates is a server fault, not user input. */
export function loadDocument(stored: StoredRevision): CaseDocument {
  const parsed = parseCase(stored.document);
  if (!parsed.success) {
    throw new Error(`Stored revision ${stored.caseId}#${stored.revision} does not validate`, {
      cause: parsed.issues,
    });
  }
  return parsed.data;
}

/**
 * The whole document as `role` may see it. Editors and owners entered the data and see it as entered;
 * everyone else gets the traits of small groups withheld. Everything shown to a reader (the case, a revision,
 * the history's changes) is derived from this redacted document, never from the stored one, so no path can
 * carry a withheld value however it is built.
 */
export function documentForRole(full: CaseDocument, role: CaseRole): RedactedCase {
  return hasRole(role, 'editor') ? { document: full, suppressed: [] } : redactPersonalData(full);
}

export function caseView(loaded: { meta: RevisionMeta; document: CaseDocument }, role: CaseRole) {
  const { document, suppressed } = documentForRole(loaded.document, role);
  const totals = baselineTotals(document.baseline);
  return {
    caseId: loaded.meta.caseId,
    role,
    revision: revisionMeta(loaded.meta),
    document,
    suppressed,
    totals,
    /** Where a source's TOTALT row differs from the sum of its rows. */
    totalChecks: checkDocumentedTotals(totals, document.documentedTotals),
  };
}
