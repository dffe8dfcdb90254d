/**
 * Weights from pairwise comparisons by the analytic hierarchy process: the principal eigenvector of the
 * reciprocal comparison matrix, with λmax, the consistency index and the consistency ratio (Saaty's random
 * index stated in `random-index.ts`). A consistency ratio above 0.10 gives an `ahp_inconsistent` warning.
 * The same function gives local priorities of alternatives (models) under one criterion.
 * Source: T. L. Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill; T. L. Saaty (1990), EJOR 48, 9–26.
 * @module
 */
import type { DecisionWarning } from '../decision-warning.ts';
import type { Weights } from '../weights/weights.ts';
import { consistency, type Consistency } from './consistency.ts';
import { pairwiseMatrix, type PairwiseJudgement } from './pairwise-matrix.ts';
import { principalEigenvector } from './principal-eigenvector.ts';

export interface AhpResult extends Consistency {
  method: 'ahp';
  /** Priorities per item, summing to 1. */
  weights: Weights;
  lambdaMax: number;
  /** The full reciprocal matrix used, in the order of the items. */
  matrix: number[][];
  warnings: DecisionWarning[];
}

/** The eigenvector weights and consistency of a complete reciprocal matrix. */
export function ahpFromMatrix(
  items: readonly string[],
  matrix: number[][],
  warnings: DecisionWarning[] = [],
): AhpResult {
  const eigen = principalEigenvector(matrix);
  const out = [...warnings];
  if (!eigen.converged)
    out.push({ code: 'ahp_not_converged', path: [], params: { iterations: eigen.iterations } });
  const result = consistency(eigen.eigenvalue, items.length);
  if (result.acceptable === false) {
    out.push({
      code: 'ahp_inconsistent',
      path: [],
      params: { consistencyRatio: result.consistencyRatio ?? Number.NaN },
    });
  }
  if (result.randomIndex === null && items.length > 2) {
    out.push({ code: 'ahp_random_index_unavailable', path: [], params: { n: items.length } });
  } else if (result.randomIndex?.unconfirmed && items.length > 2) {
    out.push({ code: 'ahp_random_index_unconfirmed', path: [], params: { n: items.length } });
  }
  const weights = Object.fromEntries(items.map((id, i) => [id, eigen.vector[i] as number]));
  return { method: 'ahp', weights, lambdaMax: eigen.eigenvalue, matrix, ...result, warnings: out };
}

/**
 * AHP weights from one person's judgements (one per pair of items).
 * @example
 * // Saaty's scale: a is 3× as important as b, b 2× as important as c, a 6× c (consistent):
 * ahpWeights(['a', 'b', 'c'], [{ a: 'a', b: 'b', value: 3 }, { a: 'b', b: 'c', value: 2 }, { a: 'a', b: 'c', value: 6 }])
 * // → weights { a: 0.667, b: 0.222, c: 0.111 } (6 : 2 : 1), consistencyRatio 0
 */
export function ahpWeights(items: readonly string[], judgements: readonly PairwiseJudgement[]): AhpResult {
  const { matrix, warnings } = pairwiseMatrix(items, judgements);
  return ahpFromMatrix(items, matrix, warnings);
}
