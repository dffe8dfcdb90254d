/**
 * Weights by direct points: each person gives each criterion points (for example 0–10, or 100 points
 * spread over the criteria), and the weights are the points divided by their sum. The simplest method;
 * it asks nothing about the ranges of the scores, which swing weighting does.
 * @module
 */
import type { DecisionWarning } from '../decision-warning.ts';
import { equalWeights, normaliseWeights, type PersonWeights } from './weights.ts';

/** Reads each criterion's points; a criterion without points counts as 0 and is reported. */
export function pointsPerCriterion(
  criteria: readonly string[],
  points: Readonly<Record<string, number>>,
  missingCode: string,
): { values: Record<string, number>; warnings: DecisionWarning[] } {
  const warnings: DecisionWarning[] = [];
  const values: Record<string, number> = {};
  for (const id of criteria) {
    const value = points[id];
    if (value === undefined) warnings.push({ code: missingCode, path: ['points', id] });
    values[id] = value ?? 0;
  }
  return { values, warnings };
}

/**
 * Weights w_i = p_i / Σ p. When every criterion has 0 points the person has not weighted yet: the weights
 * are equal and a `points_all_zero` warning says so.
 * @throws RangeError for negative or non-finite points.
 * @example weightsFromPoints(['a', 'b', 'c'], { a: 50, b: 30, c: 20 }).weights // → { a: 0.5, b: 0.3, c: 0.2 }
 */
export function weightsFromPoints(
  criteria: readonly string[],
  points: Readonly<Record<string, number>>,
): PersonWeights {
  const { values, warnings } = pointsPerCriterion(criteria, points, 'points_missing');
  const weights = normaliseWeights(values);
  if (weights) return { method: 'directPoints', weights, warnings };
  return {
    method: 'directPoints',
    weights: equalWeights(criteria),
    warnings: [...warnings, { code: 'points_all_zero', path: ['points'] }],
  };
}
