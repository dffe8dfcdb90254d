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

/**
 * What `PUT /api/cases/:caseId/members` takes. Adding a person always sends a name and a first password, both
 * checked the same whether or not the address already has an account (which then keeps its own); a role
 * change of a member sends only the e-mail address and the role.
 */
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

/**
 * Gives a person a role in the case, creating the account when the e-mail is new. The answer echoes what was
 * sent plus the role, so it never tells whether the account existed; read the list again for the names.
 */
export function putMember(caseId: string, body: PutMemberRequest): Promise<CaseMember> {
  return request<CaseMember>(membersPath(caseId), { method: 'PUT', body });
}

/** Takes a member out of the case (the account stays). Refused for the last owner. */
export function removeMember(caseId: string, userId: string): Promise<void> {
  return request<void>(`${membersPath(caseId)}/${encodeURIComponent(userId)}`, { method: 'DELETE' });
}
