/**
 * The shapes the HTTP API answers with (see `docs/api.md`). The document types come from the case schema,
 * so the web app and the server agree by construction.
 * @module
 */
import type { FieldIssue } from '../../common/errors.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import type { LocalizedText } from '../../case/schema/common.ts';
import type { PublicView } from '../../case/public-view.ts';
import type { BaselineTotal } from '../../engine/baseline-totals.ts';

export type { CaseDocument, FieldIssue, LocalizedText, PublicView, BaselineTotal };

/** A user's role in one case: owner ⊃ editor ⊃ reader. */
export type CaseRole = 'owner' | 'editor' | 'reader';

export interface User {
  id: string;
  email: string;
  displayName: string;
}

/** The answer to sign-in and `GET /api/auth/me`. */
export interface SessionInfo {
  user: User;
  csrfToken: string;
}

/** One case in the user's list. */
export interface CaseSummary {
  id: string;
  title: LocalizedText | string;
  role: CaseRole;
  latestRevision: number;
  /** When an owner archived the case (ISO 8601), or `null` while it is in use. */
  archivedAt: string | null;
}

export interface RevisionMeta {
  revision: number;
  authorName: string;
  /** ISO 8601 timestamp. */
  createdAt: string;
  comment: string;
}

/** A case as the signed-in user may see it, at one revision. */
export interface CaseView {
  caseId: string;
  role: CaseRole;
  revision: RevisionMeta;
  document: CaseDocument;
  /** Paths withheld to protect persons, e.g. `baseline[4].ages`: shown as ":". */
  suppressed: string[];
  /** Totals computed from the rows on the server. */
  totals?: BaselineTotal[];
}

/** One changed field between a revision and the one before it, with the words people read. */
export interface RevisionChange {
  path: string;
  before: unknown;
  after: unknown;
  /** The field in words, in the interface language: «Melhus, Lønn, regnskap og fakturering: lønnskostnad». */
  label: string;
  /** The values as the pages show them: «5 200 000 kr». */
  beforeText: string;
  afterText: string;
}

export interface RevisionEntry extends RevisionMeta {
  changes: RevisionChange[];
}

/** One page of the history, newest first; `older` asks for the next page (`?before=`), null on the last. */
export interface RevisionPage {
  items: RevisionEntry[];
  older: number | null;
}

export interface SaveRevisionRequest {
  baseRevision: number;
  comment: string;
  document: unknown;
}
