/**
 * Saaty's random index RI(n): the mean consistency index of many randomly filled reciprocal n × n matrices
 * on the 1–9 scale. The consistency ratio divides a matrix's consistency index by it.
 *
 * n = 1…10: 0, 0, 0.58, 0.90, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49, the classic table of T. L. Saaty (1980),
 * The Analytic Hierarchy Process, McGraw-Hill. Saaty's worked house example in "How to make a decision: The
 * Analytic Hierarchy Process", European Journal of Operational Research 48 (1990), 9–26, uses RI(8) = 1.41
 * (CI 0.238, CR 0.169; see `ahp-weights.test.ts`). The values were checked against reproductions of the
 * table that could be read (IWA Publishing, Table 2, n = 1…8; a BINUS thesis citing Bernardus et al. 2012,
 * n = 1…15; published R and MATLAB AHP code, n = 1…10). Some later tables differ (Saaty's recomputed 0.52
 * for n = 3, or 1.51 for n = 10); Flokk uses the classic one and says so.
 *
 * n = 11…15: 1.51, 1.48, 1.56, 1.57, 1.59, as in the BINUS reproduction (Bernardus et al. 2012). Other
 * code uses other values (e.g. 1.52, 1.54, 1.56, 1.58, 1.59), and none could be checked against Saaty, so
 * these are marked UNCONFIRMED. The model-choice criteria (11) and Skaun's criteria (12) need them.
 * @module
 */

/** RI for n = 1…10 (index n − 1). */
export const SAATY_RANDOM_INDEX: readonly number[] = [0, 0, 0.58, 0.9, 1.12, 1.24, 1.32, 1.41, 1.45, 1.49];

/** RI for n = 11…15 (index n − 11): UNCONFIRMED against the original. */
export const EXTENDED_RANDOM_INDEX: readonly number[] = [1.51, 1.48, 1.56, 1.57, 1.59];

export interface RandomIndex {
  value: number;
  /** True for n = 11…15, where the value is not confirmed against Saaty's original. */
  unconfirmed: boolean;
  source: string;
}

/**
 * RI(n), or `null` for n above 15 where no table is stated.
 * @example randomIndex(4) // → { value: 0.9, unconfirmed: false, source: 'Saaty (1980)' }
 */
export function randomIndex(n: number): RandomIndex | null {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`matrix size must be a positive integer, got ${n}`);
  const classic = SAATY_RANDOM_INDEX[n - 1];
  if (classic !== undefined) return { value: classic, unconfirmed: false, source: 'Saaty (1980)' };
  const extended = EXTENDED_RANDOM_INDEX[n - 11];
  if (extended !== undefined)
    return { value: extended, unconfirmed: true, source: 'extended table attributed to Saaty' };
  return null;
}
