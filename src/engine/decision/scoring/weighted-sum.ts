/**
 * Ranking of models (alternatives) by the weighted sum of their scores: V(m) = Σ_i w_i · s_mi, with the
 * weights summing to 1, so V is on the scores' own scale (a weighted mean of 1–5 scores lies in 1–5).
 * The ranking is unchanged if all scores are multiplied by the same positive number or shifted by the
 * same amount. Ties share a rank (1, 2, 2, 4) and keep the input order.
 * Source: the additive value model of multi-criteria analysis, e.g. R. L. Keeney and H. Raiffa (1976),
 * Decisions with Multiple Objectives, Wiley.
 * @module
 */
import type { DecisionWarning } from '../decision-warning.ts';
import type { Weights } from '../weights/weights.ts';

/** Score per alternative id, then per criterion id. */
export type ScoreTable = Readonly<Record<string, Readonly<Record<string, number>>>>;

export interface RankedAlternative {
  id: string;
  /** Weighted sum of the scores. */
  value: number;
  /** 1 for the best; equal values share a rank. */
  rank: number;
}

export interface Ranking {
  ranking: RankedAlternative[];
  /** The alternatives with rank 1 (more than one on a tie). */
  top: string[];
  /** Alternatives left out because a criterion with weight has no score. */
  excluded: string[];
  warnings: DecisionWarning[];
}

// Values closer than this (relative) are a tie: float sums of the same numbers in another order differ by ~1e-16.
const TIE_TOLERANCE = 1e-12;

/** True when two weighted values are equal up to rounding. */
export function isTie(a: number, b: number): boolean {
  return Math.abs(a - b) <= TIE_TOLERANCE * Math.max(1, Math.abs(a), Math.abs(b));
}

/** Σ_i w_i · s_i for one alternative; `null` when a weighted criterion has no score. */
export function weightedValue(
  weights: Weights,
  scores: Readonly<Record<string, number>> | undefined,
): number | null {
  let value = 0;
  for (const [criterionId, weight] of Object.entries(weights)) {
    const score = scores?.[criterionId];
    if (score === undefined) {
      if (weight > 0) return null;
      continue;
    }
    value += weight * score;
  }
  return value;
}

/** Sorts by value, best first, keeping input order on ties, and gives competition ranks. */
export function rankValues(values: readonly { id: string; value: number }[]): RankedAlternative[] {
  const sorted = values
    .map((v, index) => ({ ...v, index }))
    .sort((a, b) => (isTie(a.value, b.value) ? a.index - b.index : b.value - a.value));
  const ranked: RankedAlternative[] = [];
  for (const [position, { id, value }] of sorted.entries()) {
    const previous = ranked[position - 1];
    const rank = previous && isTie(previous.value, value) ? previous.rank : position + 1;
    ranked.push({ id, value, rank });
  }
  return ranked;
}

/**
 * Ranks the alternatives by weighted sum. An alternative without a score on a criterion that has weight is
 * left out and reported as `score_missing`.
 * @example
 * rankByWeightedSum(['ko', 'vk'], { cost: 0.6, control: 0.4 }, { ko: { cost: 4, control: 2 }, vk: { cost: 3, control: 5 } })
 * // → ranking [{ id: 'vk', value: 3.8, rank: 1 }, { id: 'ko', value: 3.2, rank: 2 }], top ['vk']
 */
export function rankByWeightedSum(
  alternatives: readonly string[],
  weights: Weights,
  scores: ScoreTable,
): Ranking {
  const warnings: DecisionWarning[] = [];
  const excluded: string[] = [];
  const values: { id: string; value: number }[] = [];
  for (const id of alternatives) {
    const value = weightedValue(weights, scores[id]);
    if (value === null) {
      excluded.push(id);
      warnings.push({ code: 'score_missing', path: ['scores', id] });
    } else {
      values.push({ id, value });
    }
  }
  const ranking = rankValues(values);
  return { ranking, top: ranking.filter((r) => r.rank === 1).map((r) => r.id), excluded, warnings };
}
