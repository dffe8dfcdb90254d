/**
 * Scores of the models by pairwise comparison instead of a rating scale: under each criterion the models
 * are compared in pairs on Saaty's 1–9 scale, and their AHP priorities (summing to 1) are the scores on
 * that criterion. The weighted sum of these scores is the AHP synthesis (distributive mode).
 * Source: T. L. Saaty (1990), "How to make a decision: The Analytic Hierarchy Process", EJOR 48, 9–26.
 * @module
 */
import { ahpWeights, type AhpResult } from '../ahp/ahp-weights.ts';
import type { PairwiseJudgement } from '../ahp/pairwise-matrix.ts';
import type { DecisionWarning } from '../decision-warning.ts';
import type { ScoreTable } from './weighted-sum.ts';

export interface PairwiseScores {
  scores: ScoreTable;
  /** The AHP result per criterion (priorities, λmax, CR). */
  perCriterion: Readonly<Record<string, AhpResult>>;
  warnings: DecisionWarning[];
}

/**
 * Local priorities of `alternatives` under each criterion, as a score table.
 * @example
 * pairwiseScores(['ko', 'vk'], { control: [{ a: 'vk', b: 'ko', value: 3 }] }).scores
 * // → { ko: { control: 0.25 }, vk: { control: 0.75 } }
 */
export function pairwiseScores(
  alternatives: readonly string[],
  judgementsPerCriterion: Readonly<Record<string, readonly PairwiseJudgement[]>>,
): PairwiseScores {
  const perCriterion: Record<string, AhpResult> = {};
  const scores: Record<string, Record<string, number>> = Object.fromEntries(
    alternatives.map((id) => [id, {}]),
  );
  const warnings: DecisionWarning[] = [];
  for (const [criterionId, judgements] of Object.entries(judgementsPerCriterion)) {
    const result = ahpWeights(alternatives, judgements);
    perCriterion[criterionId] = result;
    for (const id of alternatives)
      (scores[id] as Record<string, number>)[criterionId] = result.weights[id] as number;
    warnings.push(...result.warnings.map((w) => ({ ...w, path: ['criteria', criterionId, ...w.path] })));
  }
  return { scores, perCriterion, warnings };
}
