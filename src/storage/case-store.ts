/**
 * Case revisions, append-only. Every save is a new revision with author, time and comment; a save against
 * a revision that is no longer the newest is refused with `ConflictError`, never merged.
 * Implementation: see `case-store.impl` notes in README; the contract suite is `contract.ts`.
 * @module
 */

export type CaseRole = 'owner' | 'editor' | 'reader';

export interface RevisionMeta {
  caseId: string;
  revision: number;
  authorId: string | null;
  authorName: string;
  /** ISO 8601 timestamp set by the database. */
  createdAt: string;
  comment: string;
}

export interface StoredRevision extends RevisionMeta {
  /** The document exactly as saved (raw JSON); readers pass it through `parseCase`, which migrates it. */
  document: unknown;
}

export interface User {
  id: string;
  email: string;
  displayName: string;
}

export interface UserWithSecret extends User {
  passwordHash: string;
}

export interface Session {
  tokenHash: string;
  userId: string;
  csrfToken: string;
  expiresAt: string;
}
