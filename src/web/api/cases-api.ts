/**
 * Cases, revisions and the public status view.
 * @module
 */
import type { ChangeEffect } from '../../case/scenario/change-effect.ts';
import { request } from './http-client.ts';
import type {
  CaseSummary,
  CaseView,
  PublicView,
  RevisionPage,
  RevisionMeta,
  SaveRevisionRequest,
} from './types.ts';

const casePath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}`;

/** The user's cases in use, or with `archived` only the archived ones. */
export function listCases(signal?: AbortSignal, archived = false): Promise<CaseSummary[]> {
  return request<CaseSummary[]>(archived ? '/api/cases?archived=true' : '/api/cases', { signal });
}

/** How a new case starts: as a copy of a case, or blank with some municipalities of a case. */
export type CaseStart = { copyOf: string } | { blank: { from: string; participants: string[] } };

/** Makes a new case as `start` says; the user becomes its owner. */
export function createCase(title: string, start: CaseStart): Promise<{ caseId: string }> {
  return request<{ caseId: string }>('/api/cases', { method: 'POST', body: { title, ...start } });
}

/** Archives the case (owners), or with `archived` false takes it back into use. */
export async function setArchived(caseId: string, archived: boolean): Promise<void> {
  await request(`${casePath(caseId)}/${archived ? 'archive' : 'unarchive'}`, { method: 'POST' });
}

/** The latest revision of a case. */
export function getCase(caseId: string, signal?: AbortSignal): Promise<CaseView> {
  return request<CaseView>(casePath(caseId), { signal });
}

export function getCaseRevision(caseId: string, revision: number, signal?: AbortSignal): Promise<CaseView> {
  return request<CaseView>(`${casePath(caseId)}/revisions/${revision}`, { signal });
}

/** One page of the revision history, newest first, from revision `before` down (or from the newest). */
export function listRevisions(caseId: string, signal?: AbortSignal, before?: number): Promise<RevisionPage> {
  const query = before === undefined ? '' : `?before=${before}`;
  return request<RevisionPage>(`${casePath(caseId)}/revisions${query}`, { signal });
}

/** Saves a new revision; a stale `baseRevision` gives a `conflict` ApiError naming the newer revision. */
export async function saveRevision(caseId: string, body: SaveRevisionRequest): Promise<RevisionMeta> {
  const answer = await request<{ revision: RevisionMeta }>(`${casePath(caseId)}/revisions`, {
    method: 'POST',
    body,
  });
  return answer.revision;
}

/**
 * Saves revision `revision`'s document as a new revision (editors and owners); `baseRevision` is the newest
 * revision the user saw, so a restore over someone else's newer save is a `conflict`.
 */
export async function restoreRevision(
  caseId: string,
  revision: number,
  baseRevision: number,
): Promise<RevisionMeta> {
  const answer = await request<{ revision: RevisionMeta }>(
    `${casePath(caseId)}/revisions/${revision}/restore`,
    {
      method: 'POST',
      body: { baseRevision },
    },
  );
  return answer.revision;
}

export function getPublicCase(caseId: string, signal?: AbortSignal): Promise<PublicView> {
  return request<PublicView>(`/api/public/cases/${encodeURIComponent(caseId)}`, { signal });
}

/** What revision `revision` changed in every scenario's NPV, against revision `from` (`change-effect.ts`). */
export function getChangeEffect(
  caseId: string,
  revision: number,
  from: number,
  signal?: AbortSignal,
): Promise<ChangeEffect & { from: number; revision: number }> {
  return request(`${casePath(caseId)}/revisions/${revision}/effect?from=${from}`, { signal });
}
