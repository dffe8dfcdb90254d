import type { CaseDocument } from '../case/schema/case-document.ts';
import type { RevisionMeta } from '../storage/case-store.ts';

/** One revision, read and validated: its metadata and its migrated document. */
export interface LoadedRevision {
  meta: RevisionMeta;
  document: CaseDocument;
}
