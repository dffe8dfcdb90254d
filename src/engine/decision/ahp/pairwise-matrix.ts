/**
 * The reciprocal pairwise comparison matrix of the analytic hierarchy process (AHP): a_ij says how many
 * times more important item i is than item j on Saaty's 1–9 scale (1 equal, 3 moderate, 5 strong,
 * 7 very strong, 9 extreme, 2/4/6/8 in between, reciprocals for the reverse), a_ii = 1 and a_ji = 1/a_ij.
 * Source: T. L. Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill; T. L. Saaty (1990), "How to make
 * a decision: The Analytic Hierarchy Process", European Journal of Operational Research 48, 9–26.
 * @module
 */
import type { DecisionWarning } from '../decision-warning.ts';

/** «`a` is `value` times as important as `b`»; `value` < 1 means `b` is the more important. */
export interface PairwiseJudgement {
  a: string;
  b: string;
  value: number;
}

/** The ends of Saaty's fundamental scale. */
export const SAATY_SCALE_MAX = 9;
export const SAATY_SCALE_MIN = 1 / 9;

export interface PairwiseMatrix {
  /** The items in row and column order. */
  items: readonly string[];
  /** Row-major: `matrix[i][j]` = a_ij. */
  matrix: number[][];
  warnings: DecisionWarning[];
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0000${b}` : `${b}\u0000${a}`;
}

function checkJudgement(judgement: PairwiseJudgement, index: Map<string, number>, seen: Set<string>): void {
  const { a, b, value } = judgement;
  if (!index.has(a) || !index.has(b)) throw new RangeError(`judgement ${a}/${b} names an unknown item`);
  if (a === b) throw new RangeError(`judgement compares ${a} with itself`);
  if (!(Number.isFinite(value) && value > 0))
    throw new RangeError(`judgement ${a}/${b} must be > 0, got ${value}`);
  const key = pairKey(a, b);
  if (seen.has(key)) throw new RangeError(`judgement ${a}/${b} is given twice`);
  seen.add(key);
}

/**
 * Builds the full reciprocal matrix from one judgement per pair. A pair without a judgement counts as 1
 * (equal importance) and is reported as `ahp_judgement_missing`; a value outside [1/9, 9] is used but
 * reported as `ahp_value_outside_scale`.
 * @throws RangeError for an unknown item, a self-comparison, a non-positive value or a pair given twice.
 * @example pairwiseMatrix(['a', 'b'], [{ a: 'a', b: 'b', value: 3 }]).matrix // → [[1, 3], [1/3, 1]]
 */
export function pairwiseMatrix(
  items: readonly string[],
  judgements: readonly PairwiseJudgement[],
): PairwiseMatrix {
  const index = new Map(items.map((id, i) => [id, i]));
  if (index.size !== items.length) throw new RangeError('items must be unique');
  const matrix = items.map((_, i) => items.map((__, j) => (i === j ? 1 : Number.NaN)));
  const warnings: DecisionWarning[] = [];
  const seen = new Set<string>();
  for (const judgement of judgements) {
    checkJudgement(judgement, index, seen);
    const i = index.get(judgement.a) as number;
    const j = index.get(judgement.b) as number;
    (matrix[i] as number[])[j] = judgement.value;
    (matrix[j] as number[])[i] = 1 / judgement.value;
    // A small tolerance keeps 1/9 given as 0.111 from being reported.
    if (judgement.value > SAATY_SCALE_MAX * 1.001 || judgement.value < SAATY_SCALE_MIN / 1.001) {
      warnings.push({
        code: 'ahp_value_outside_scale',
        path: ['judgements', judgement.a, judgement.b],
        params: { value: judgement.value },
      });
    }
  }
  for (const [i, row] of matrix.entries()) {
    for (const [j, value] of row.entries()) {
      if (j <= i || !Number.isNaN(value)) continue;
      row[j] = 1;
      (matrix[j] as number[])[i] = 1;
      warnings.push({
        code: 'ahp_judgement_missing',
        path: ['judgements', items[i] as string, items[j] as string],
      });
    }
  }
  return { items, matrix, warnings };
}
