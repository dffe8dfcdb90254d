/**
 * Group weights from several persons (steering-group members or councils), by one of the two methods
 * Forman and Peniwati compare, and the method is stated in the result:
 * - `aij` (aggregation of individual judgements): the geometric mean of the persons' judgements for each
 *   pair, then the AHP eigenvector of that group matrix. The geometric mean is the aggregation that keeps
 *   the matrix reciprocal (Aczél and Saaty). Only for persons who all compared pairwise.
 * - `aip` (aggregation of individual priorities): the arithmetic mean of each person's weights, whatever
 *   method each person used (points, swing or AHP).
 * Sources: E. Forman and K. Peniwati (1998), "Aggregating individual judgments and priorities with the
 * Analytic Hierarchy Process", European Journal of Operational Research 108, 165–169; J. Aczél and
 * T. L. Saaty (1983), "Procedures for synthesizing ratio judgements", Journal of Mathematical Psychology
 * 27, 93–102.
 * @module
 */
import { ahpFromMatrix, type AhpResult } from './ahp/ahp-weights.ts';
import { pairwiseMatrix, type PairwiseJudgement } from './ahp/pairwise-matrix.ts';
import type { DecisionWarning } from './decision-warning.ts';
import type { Weights } from './weights/weights.ts';

/** aij: geometric mean of judgements, then eigenvector · aip: arithmetic mean of the persons' weights. */
export type GroupMethod = 'aij' | 'aip';

export interface PersonJudgements {
  personId: string;
  judgements: readonly PairwiseJudgement[];
}

export interface PersonWeightsInput {
  personId: string;
  weights: Weights;
}

export interface GroupWeights {
  method: GroupMethod;
  weights: Weights;
  /** For `aij`: the AHP result of the group matrix (λmax, CR); `null` for `aip`. */
  groupAhp: AhpResult | null;
  /** For `aij`: each person's own AHP result, in input order. */
  persons: { personId: string; weights: Weights; ahp: AhpResult | null }[];
  warnings: DecisionWarning[];
}

function withPerson(warnings: readonly DecisionWarning[], personId: string): DecisionWarning[] {
  return warnings.map((w) => ({ ...w, path: ['persons', personId, ...w.path] }));
}

/**
 * AIJ: the group matrix has g_ij = (Π_p a_ij^(p))^(1/P); its eigenvector is the group weights.
 * @throws RangeError without persons.
 * @example
 * // 4 and 1/4 for the same pair cancel out (geometric mean 1): equal group weights.
 * groupWeightsByJudgements(['a', 'b'], [
 *   { personId: 'x', judgements: [{ a: 'a', b: 'b', value: 4 }] },
 *   { personId: 'y', judgements: [{ a: 'a', b: 'b', value: 1 / 4 }] },
 * ]).weights // → { a: 0.5, b: 0.5 }
 */
export function groupWeightsByJudgements(
  criteria: readonly string[],
  persons: readonly PersonJudgements[],
): GroupWeights {
  if (persons.length === 0) throw new RangeError('at least one person is needed');
  const individual = persons.map((p) => ({
    personId: p.personId,
    ...pairwiseMatrix(criteria, p.judgements),
  }));
  const group = criteria.map((_, i) =>
    criteria.map((__, j) => {
      const logSum = individual.reduce((s, p) => s + Math.log((p.matrix[i] as number[])[j] as number), 0);
      return Math.exp(logSum / persons.length);
    }),
  );
  const groupAhp = ahpFromMatrix(criteria, group);
  const personResults = individual.map((p) => {
    const ahp = ahpFromMatrix(criteria, p.matrix, p.warnings);
    return { personId: p.personId, weights: ahp.weights, ahp };
  });
  const warnings = [
    ...groupAhp.warnings,
    ...personResults.flatMap((p) => withPerson(p.ahp.warnings, p.personId)),
  ];
  return { method: 'aij', weights: groupAhp.weights, groupAhp, persons: personResults, warnings };
}

/**
 * AIP: w_i = (1/P) Σ_p w_i^(p). Each person's weights must cover the same criteria and sum to 1.
 * @throws RangeError without persons, or when a person's weights miss a criterion or do not sum to 1.
 * @example
 * groupWeightsByMeanOfWeights(['a', 'b'], [{ personId: 'x', weights: { a: 0.8, b: 0.2 } }, { personId: 'y', weights: { a: 0.4, b: 0.6 } }]).weights
 * // → { a: 0.6, b: 0.4 }
 */
export function groupWeightsByMeanOfWeights(
  criteria: readonly string[],
  persons: readonly PersonWeightsInput[],
): GroupWeights {
  if (persons.length === 0) throw new RangeError('at least one person is needed');
  for (const person of persons) {
    const values = criteria.map((id) => person.weights[id]);
    if (values.some((v) => v === undefined || !(v >= 0)))
      throw new RangeError(`${person.personId}: a weight is missing`);
    const sum = values.reduce<number>((s, v) => s + (v as number), 0);
    if (Math.abs(sum - 1) > 1e-9) throw new RangeError(`${person.personId}: weights sum to ${sum}, not 1`);
  }
  const weights = Object.fromEntries(
    criteria.map((id) => [id, persons.reduce((s, p) => s + (p.weights[id] as number), 0) / persons.length]),
  );
  return {
    method: 'aip',
    weights,
    groupAhp: null,
    persons: persons.map((p) => ({ personId: p.personId, weights: p.weights, ahp: null })),
    warnings: [],
  };
}
