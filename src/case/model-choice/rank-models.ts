/**
 * The ranking of the lawful models for one criteria set: the weighted sum of their scores on the anchored
 * 1–5 scale, and its robustness, namely for each criterion the smallest weight change that gives another
 * model the top place, and each model's probability of ranking first when the weights vary around the group
 * weights (seeded Monte Carlo, Dirichlet). Models the law bars for the package are left out and listed.
 * @module
 */
import type { DecisionWarning } from '../../engine/decision/decision-warning.ts';
import {
  monteCarloFirstRank,
  type MonteCarloRanking,
} from '../../engine/decision/robustness/monte-carlo-ranking.ts';
import {
  weightSensitivity,
  type WeightSensitivity,
} from '../../engine/decision/robustness/weight-sensitivity.ts';
import {
  rankByWeightedSum,
  type Ranking,
  type ScoreTable,
} from '../../engine/decision/scoring/weighted-sum.ts';
import type { Weights } from '../../engine/decision/weights/weights.ts';
import type { Verdict } from '../../engine/legal/feasibility.ts';
import { isUsable } from '../../engine/legal/verdict.ts';
import type { ModelScore } from '../schema/model-choice.ts';

export interface RankOptions {
  seed: number;
  iterations: number;
}

export interface ModelRanking {
  /** Scored models that are lawful (or lawful with conditions) for the package, in registry order. */
  candidates: string[];
  /** Scored models the law bars for the package. */
  notLawful: string[];
  /** Scored models that are not suited for the package (no statute bars them; the guide says they are not meant for it). */
  notSuited: string[];
  ranking: Ranking;
  sensitivity: WeightSensitivity;
  monteCarlo: MonteCarloRanking;
  warnings: DecisionWarning[];
}

/** The scores as a table model → criterion → score. */
export function scoreTable(scores: readonly ModelScore[]): ScoreTable {
  const table: Record<string, Record<string, number>> = {};
  for (const s of scores) (table[s.modelId] ??= {})[s.criterionId] = s.score;
  return table;
}

/**
 * Ranks the scored models that `verdicts` allows, or returns null when none is scored and lawful.
 * @example rankModels(['vertskommune-administrativ', …], weights, scores, verdicts, { seed: 1, iterations: 1000 })?.ranking.top
 */
export function rankModels(
  modelOrder: readonly string[],
  weights: Weights,
  scores: readonly ModelScore[],
  verdicts: Readonly<Record<string, { verdict: Verdict }>>,
  options: RankOptions,
): ModelRanking | null {
  const table = scoreTable(scores);
  const scored = modelOrder.filter((id) => table[id] !== undefined);
  const candidates = scored.filter((id) => verdicts[id] !== undefined && isUsable(verdicts[id].verdict));
  const notSuited = scored.filter((id) => verdicts[id]?.verdict === 'notSuited');
  const notLawful = scored.filter((id) => !candidates.includes(id) && !notSuited.includes(id));
  if (candidates.length === 0) return null;
  const ranking = rankByWeightedSum(candidates, weights, table);
  const sensitivity = weightSensitivity(candidates, weights, table);
  const monteCarlo = monteCarloFirstRank(candidates, weights, table, options);
  const warnings = [
    ...ranking.warnings,
    ...sensitivity.warnings.filter((w) => w.code !== 'score_missing'),
    ...notLawful.map((id) => ({ code: 'model_not_lawful', path: ['scores', id] })),
    ...notSuited.map((id) => ({ code: 'model_not_suited', path: ['scores', id] })),
  ];
  return { candidates, notLawful, notSuited, ranking, sensitivity, monteCarlo, warnings };
}
