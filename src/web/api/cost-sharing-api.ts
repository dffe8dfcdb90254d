/**
 * Fair cost sharing for one area of a scenario, or for its package of all areas.
 * @module
 */
import type { CostSharingScope } from '../../case/cost-sharing/coalition-costs.ts';
import type { CostSharingView } from '../../case/cost-sharing/comparison-view.ts';
import { request } from './http-client.ts';

export interface CostSharingResponse extends CostSharingView {
  revision: number;
  /** Every scope of the scenario: each area, then the package. */
  scopes: CostSharingScope[];
}

/** The comparison for `scope`, worded in the current interface language. */
export function getCostSharing(
  caseId: string,
  scenarioId: string,
  scope: CostSharingScope,
  signal?: AbortSignal,
): Promise<CostSharingResponse> {
  const query = scope.kind === 'area' ? `?area=${encodeURIComponent(scope.areaId)}` : '';
  const path = `/api/cases/${encodeURIComponent(caseId)}/scenarios/${encodeURIComponent(scenarioId)}/cost-sharing`;
  return request<CostSharingResponse>(`${path}${query}`, { signal });
}
