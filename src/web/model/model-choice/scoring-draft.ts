/**
 * The scoring form's state for one model, and how it replaces that model's scores in the criteria set's
 * weighting session (created when missing) in a new revision of the case document.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { ModelScore, WeightingSession } from '../../../case/schema/model-choice.ts';
import { sessionIdFor } from './weighting-draft.ts';

export interface ScoringDraft {
  criteriaSetId: string;
  modelId: string;
  scoredBy: string;
  rationale: string;
  /** Criterion id → 1–5; absent when not rated. */
  scores: Record<string, number>;
}

export function emptyScoring(criteriaSetId: string, modelId: string): ScoringDraft {
  return { criteriaSetId, modelId, scoredBy: '', rationale: '', scores: {} };
}

/** The draft's scores in the document's form. */
export function draftScores(draft: ScoringDraft): ModelScore[] {
  const rationale = draft.rationale.trim();
  return Object.entries(draft.scores).map(([criterionId, score]) => ({
    modelId: draft.modelId,
    criterionId,
    score,
    scoredBy: draft.scoredBy.trim(),
    ...(rationale === '' ? {} : { rationale }),
  }));
}

/** A copy of `document` where the draft's scores replace the model's earlier scores on the same criteria. */
export function withScores(document: CaseDocument, draft: ScoringDraft): CaseDocument {
  const fresh = draftScores(draft);
  const rated = new Set(fresh.map((s) => s.criterionId));
  const existing = document.weightingSessions.find((s) => s.criteriaSetId === draft.criteriaSetId);
  const kept = (existing?.scores ?? []).filter(
    (s) => s.modelId !== draft.modelId || !rated.has(s.criterionId),
  );
  const session: WeightingSession = existing
    ? { ...existing, scores: [...kept, ...fresh] }
    : {
        id: sessionIdFor(draft.criteriaSetId),
        criteriaSetId: draft.criteriaSetId,
        aggregation: 'aip',
        persons: [],
        scores: fresh,
      };
  const weightingSessions = existing
    ? document.weightingSessions.map((s) => (s === existing ? session : s))
    : [...document.weightingSessions, session];
  return { ...document, weightingSessions };
}
