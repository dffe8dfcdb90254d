/**
 * Criterion weights: non-negative numbers per criterion id that sum to 1, in the order the criteria are
 * listed. Also the proportional re-weighting used by the robustness analysis.
 * @module
 */

import type { DecisionWarning } from '../decision-warning.ts';

/** Weight per criterion id; the values sum to 1. Key order is the criteria's display order. */
export type Weights = Readonly<Record<string, number>>;

/** One person's weights and how they were elicited. */
export interface PersonWeights {
  /** directPoints: points divided by their sum · swing: swing ratings divided by their sum · ahp: principal eigenvector of pairwise comparisons. */
  method: 'directPoints' | 'swing' | 'ahp';
  weights: Weights;
  warnings: DecisionWarning[];
}

function assertNonNegative(values: Readonly<Record<string, number>>): void {
  for (const [id, value] of Object.entries(values)) {
    if (!Number.isFinite(value) || value < 0)
      throw new RangeError(`${id}: expected a number ≥ 0, got ${value}`);
  }
}

/**
 * Divides each value by the sum, so the weights sum to 1. Returns `null` when every value is 0.
 * @throws RangeError for a negative or non-finite value.
 * @example normaliseWeights({ a: 2, b: 6 }) // → { a: 0.25, b: 0.75 }
 */
export function normaliseWeights(values: Readonly<Record<string, number>>): Weights | null {
  assertNonNegative(values);
  const sum = Object.values(values).reduce((s, v) => s + v, 0);
  if (sum === 0) return null;
  return Object.fromEntries(Object.entries(values).map(([id, v]) => [id, v / sum]));
}

/** Equal weights 1/n for the given criteria. */
export function equalWeights(criteria: readonly string[]): Weights {
  return Object.fromEntries(criteria.map((id) => [id, 1 / criteria.length]));
}

/**
 * Sets one criterion's weight to `newWeight` and rescales the others so that they keep their proportions
 * and all still sum to 1: w_k' = w_k · (1 − newWeight) / (1 − w_j). When the criterion held all the weight,
 * the others have no proportions to keep and share 1 − newWeight equally.
 * @throws RangeError when `newWeight` is outside [0, 1] or the criterion is unknown.
 * @example reweight({ a: 0.5, b: 0.3, c: 0.2 }, 'a', 0.6) // → { a: 0.6, b: 0.24, c: 0.16 }
 */
export function reweight(weights: Weights, criterionId: string, newWeight: number): Weights {
  if (!(newWeight >= 0 && newWeight <= 1)) throw new RangeError(`weight must be in [0, 1], got ${newWeight}`);
  const current = weights[criterionId];
  if (current === undefined) throw new RangeError(`unknown criterion ${criterionId}`);
  const others = Object.keys(weights).length - 1;
  const rest = 1 - current;
  return Object.fromEntries(
    Object.entries(weights).map(([id, w]) => {
      if (id === criterionId) return [id, newWeight];
      return [id, rest > 0 ? (w * (1 - newWeight)) / rest : (1 - newWeight) / others];
    }),
  );
}
