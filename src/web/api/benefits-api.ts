/**
 * Benefit realisation of a joint unit, as the server computes it for the signed-in user.
 * @module
 */
import type { BenefitsView } from '../../case/operations/benefits-view.ts';
import { request } from './http-client.ts';

/** The unit's benefit plans with their status (the case's first unit when `unit` is left out). */
export function getBenefits(
  caseId: string,
  unit: string | null,
  signal?: AbortSignal,
): Promise<BenefitsView & { revision: number }> {
  const query = unit === null ? '' : `?unit=${encodeURIComponent(unit)}`;
  return request<BenefitsView & { revision: number }>(
    `/api/cases/${encodeURIComponent(caseId)}/operations/benefits${query}`,
    { signal },
  );
}
