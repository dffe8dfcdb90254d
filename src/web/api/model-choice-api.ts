/**
 * The choice of cooperation model: matrix and rankings for a case.
 * @module
 */
import type { ModelChoiceAnalysis } from '../../case/model-choice/analyse-model-choice.ts';
import { request } from './http-client.ts';

export interface ModelChoiceView extends ModelChoiceAnalysis {
  revision: number;
}

export function getModelChoice(caseId: string, signal?: AbortSignal): Promise<ModelChoiceView> {
  return request<ModelChoiceView>(`/api/cases/${encodeURIComponent(caseId)}/model-choice`, { signal });
}
