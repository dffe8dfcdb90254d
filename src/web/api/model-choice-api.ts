/**
 * The choice of cooperation model: matrix and rankings for a case.
 * @module
 */
import type { ModelChoiceAnalysis } from '../../case/model-choice/analyse-model-choice.ts';
import { request } from './http-client.ts';

export interface ModelChoiceView extends ModelChoiceAnalysis {
  revision: number;
}

/** The matrix and rankings; with `areaIds`, the ranking covers those service areas only. */
export function getModelChoice(
  caseId: string,
  signal?: AbortSignal,
  areaIds?: readonly string[] | null,
): Promise<ModelChoiceView> {
  const query = areaIds ? `?areas=${areaIds.map(encodeURIComponent).join(',')}` : '';
  return request<ModelChoiceView>(`/api/cases/${encodeURIComponent(caseId)}/model-choice${query}`, {
    signal,
  });
}
