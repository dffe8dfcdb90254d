/**
 * Creating and deleting scenarios. Each is a new revision built by the server; `baseRevision` is the newest
 * revision the user saw, so a change over someone else's newer save is a `conflict`.
 * @module
 */
import { request } from './http-client.ts';
import type { RevisionMeta } from './types.ts';

const scenariosPath = (caseId: string) => `/api/cases/${encodeURIComponent(caseId)}/scenarios`;

export interface NewScenario {
  baseRevision: number;
  name: string;
  /** Id of the scenario to copy; omitted for a blank one. */
  copyOf?: string;
}

/** Creates the scenario; answers its id and the new revision. */
export function createScenario(
  caseId: string,
  body: NewScenario,
): Promise<{ scenarioId: string; revision: RevisionMeta }> {
  return request(scenariosPath(caseId), { method: 'POST', body });
}

export async function deleteScenario(
  caseId: string,
  scenarioId: string,
  baseRevision: number,
): Promise<RevisionMeta> {
  const answer = await request<{ revision: RevisionMeta }>(
    `${scenariosPath(caseId)}/${encodeURIComponent(scenarioId)}`,
    { method: 'DELETE', body: { baseRevision } },
  );
  return answer.revision;
}
