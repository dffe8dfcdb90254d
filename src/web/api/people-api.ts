/**
 * People and capacity: the workforce projection, vulnerability and switchboard of a case.
 * @module
 */
import type { PeopleView } from '../../case/people/people-view.ts';
import { request } from './http-client.ts';

/** The people view as the signed-in user may see it (small groups withheld for readers). */
export function getPeople(caseId: string, signal?: AbortSignal): Promise<PeopleView & { revision: number }> {
  return request<PeopleView & { revision: number }>(`/api/cases/${encodeURIComponent(caseId)}/people`, {
    signal,
  });
}
