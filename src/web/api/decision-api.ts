/**
 * The decision summary of one municipality for a scenario (`GET /api/cases/:caseId/decision`).
 * @module
 */
import type { DecisionSummary } from '../../case/decision/decision-summary.ts';
import { request } from './http-client.ts';

export interface DecisionView extends DecisionSummary {
  revision: number;
}

export function getDecision(
  caseId: string,
  municipality: string,
  scenarioId: string | undefined,
  signal?: AbortSignal,
): Promise<DecisionView> {
  const query = new URLSearchParams({ municipality, ...(scenarioId ? { scenario: scenarioId } : {}) });
  return request<DecisionView>(`/api/cases/${encodeURIComponent(caseId)}/decision?${query.toString()}`, {
    signal,
  });
}
