/**
 * The document an export is built from: for readers (and anyone who did not enter the data) the ages of small
 * groups are withheld before anything is derived, exactly as the case route does; editors and owners get
 * what they entered.
 * @module
 */
import type { ViewerRole } from '../people/redact-workforce.ts';
import { redactPersonalData } from '../redact-personal-data.ts';
import type { CaseDocument } from '../schema/case-document.ts';

export interface DocumentForExport {
  document: CaseDocument;
  /** Paths withheld (`baseline[4].ages`); empty for editors and owners. */
  withheld: string[];
}

export function redactForRole(document: CaseDocument, role: ViewerRole): DocumentForExport {
  if (role === 'owner' || role === 'editor') return { document, withheld: [] };
  const redacted = redactPersonalData(document);
  return { document: redacted.document, withheld: redacted.suppressed };
}
