/**
 * Saaty's consistency of a pairwise comparison matrix: the consistency index CI = (λmax − n) / (n − 1)
 * and the consistency ratio CR = CI / RI(n). A perfectly consistent matrix (a_ij · a_jk = a_ik) has
 * λmax = n and CR = 0; Saaty accepts CR ≤ 0.10 and asks the judge to revise above it.
 * Source: T. L. Saaty (1980), The Analytic Hierarchy Process, McGraw-Hill; T. L. Saaty (1990), EJOR 48, 9–26.
 * @module
 */
import { randomIndex, type RandomIndex } from './random-index.ts';

/** Saaty's threshold: judgements with a higher consistency ratio should be revised. */
export const ACCEPTABLE_CONSISTENCY_RATIO = 0.1;

export interface Consistency {
  consistencyIndex: number;
  /** The RI used, with its source; `null` for n above the stated tables. */
  randomIndex: RandomIndex | null;
  /** CR; 0 for n ≤ 2 (every such matrix is consistent); `null` when RI is unknown. */
  consistencyRatio: number | null;
  /** CR ≤ 0.10, or `null` when CR is unknown. */
  acceptable: boolean | null;
}

/**
 * CI and CR for a matrix of size n with principal eigenvalue λmax.
 * @example consistency(4.1184, 4) // → { consistencyIndex: 0.0395, consistencyRatio: 0.0439, acceptable: true, … }
 */
export function consistency(lambdaMax: number, n: number): Consistency {
  const ri = randomIndex(n);
  // λmax ≥ n holds exactly for positive reciprocal matrices; rounding can put it a hair below.
  const consistencyIndex = n <= 1 ? 0 : Math.max(0, (lambdaMax - n) / (n - 1));
  if (n <= 2) return { consistencyIndex, randomIndex: ri, consistencyRatio: 0, acceptable: true };
  if (!ri) return { consistencyIndex, randomIndex: null, consistencyRatio: null, acceptable: null };
  const consistencyRatio = consistencyIndex / ri.value;
  return {
    consistencyIndex,
    randomIndex: ri,
    consistencyRatio,
    acceptable: consistencyRatio <= ACCEPTABLE_CONSISTENCY_RATIO,
  };
}
