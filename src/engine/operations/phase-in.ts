/**
 * Phasing in a new key: moving from an old split to a new one over N years, so that no municipality's bill
 * jumps at once (Røros, Os and Holtålen phased child welfare in over three years).
 * @module
 */
import { apportionShares } from '../cost-sharing/largest-remainder.ts';
import { OperationsError } from './operations-error.ts';

/** How far shares may stray from summing to 1 before they count as not summing (floating-point noise). */
const SUM_TOLERANCE = 1e-9;

/**
 * Checks that shares are each in 0–1 and sum to 1.
 * @throws OperationsError `shares_do_not_sum` naming the share or the list.
 */
export function checkShares(shares: readonly number[], path: readonly (string | number)[]): void {
  if (shares.length === 0) throw new OperationsError('no_participants', path, 'no shares');
  let sum = 0;
  shares.forEach((share, i) => {
    if (!(Number.isFinite(share) && share >= 0 && share <= 1)) {
      throw new OperationsError('shares_do_not_sum', [...path, i], `${share} is not a share from 0 to 1`);
    }
    sum += share;
  });
  if (Math.abs(sum - 1) > SUM_TOLERANCE) {
    throw new OperationsError('shares_do_not_sum', path, `the shares sum to ${sum}, not 1`);
  }
}

/** A phase-in from one split to another. */
export interface PhaseIn {
  /** The split before the change, one share per municipality, summing to 1. */
  oldShares: readonly number[];
  /** The split to reach, in the same order, summing to 1. */
  newShares: readonly number[];
  /** Years the move takes (1–50); after that the new split applies. */
  years: number;
}

/**
 * The split in year `year` of a linear phase-in. Convention: year 0 is the last year of the old split, year
 * k (1 ≤ k ≤ N) uses old + (new − old) · k / N, so year N and every year after it use the new split.
 * Each year's shares still sum to 1, because old and new both do.
 * @throws OperationsError `shares_do_not_sum`, `invalid_option` (years, year).
 * @example phaseInShares({ oldShares: [0.5, 0.5], newShares: [0.2, 0.8], years: 3 }, 1) // → [0.4, 0.6]
 */
export function phaseInShares(phaseIn: PhaseIn, year: number): number[] {
  const { oldShares, newShares, years } = phaseIn;
  checkShares(oldShares, ['oldShares']);
  checkShares(newShares, ['newShares']);
  if (newShares.length !== oldShares.length) {
    throw new OperationsError(
      'shares_do_not_sum',
      ['newShares'],
      'old and new splits name different members',
    );
  }
  if (!Number.isInteger(years) || years < 1 || years > 50) {
    throw new OperationsError('invalid_option', ['years'], 'must be a whole number of years from 1 to 50');
  }
  if (!Number.isInteger(year) || year < 0) {
    throw new OperationsError('invalid_option', ['year'], 'must be a whole number ≥ 0');
  }
  const step = Math.min(year, years) / years;
  return oldShares.map((old, i) => old + ((newShares[i] as number) - old) * step);
}

/**
 * Splits `total` whole kroner by the phase-in's split in `year`, summing exactly to the total (largest
 * remainder, ties to the municipality listed first).
 * @example allocatePhasedIn(1000, { oldShares: [0.5, 0.5], newShares: [0.2, 0.8], years: 3 }, 1) // → [400, 600]
 */
export function allocatePhasedIn(total: number, phaseIn: PhaseIn, year: number): number[] {
  return apportionShares(total, phaseInShares(phaseIn, year));
}
