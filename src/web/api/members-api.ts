/**
 * The members of a case and their roles (owners only).
 * @module
 */
import { request } from './http-client.ts';
import type { CaseRole } from './types.ts';

/** One member of a case as `GET /api/cases/:caseId/members` answers. */
export interface CaseMember {
  userId: string;
  email: string;
  displayName: string;
  role: CaseRole;
}

/** What `PUT /api/cases/:caseId/members` takes; name and password are needed only for a new user. */
export interface PutMemberRequest {
  email: string;
  displayName?: string;
  password?: string;
  role: CaseRole;
}

function membersPath(caseId: string): string {
  return `/api/cases/${encodeURIComponent(caseId)}/members`;
}

/** Everyone with a role in the case, ordered by e-mail address. */
export function getMembers(caseId: string, signal?: AbortSignal): Promise<CaseMember[]> {
  return request<CaseMember[]>(membersPath(caseId), { signal });
}

/** Gives a person a role in the case, creating the account when the e-mail is new. */
export function putMember(caseId: string, body: PutMemberRequest): Promise<CaseMember> {
  return request<CaseMember>(membersPath(caseId), { method: 'PUT', body });
}
