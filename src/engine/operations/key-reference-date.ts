/**
 * Keys evaluated at a reference date: cooperation agreements (eKommune Sunnmøre, Røros/Os/Holtålen) share
 * by population at 1 January of the budget year. The population figures are passed in with each
 * municipality (`KeyInput.population`); the engine looks nothing up.
 * @module
 */
import { CostKeyError } from '../cost-sharing/cost-key-error.ts';
import type { KeyChoice, KeyInput, KeyOptions } from '../cost-sharing/cost-key.ts';
import { apportionShares } from '../cost-sharing/largest-remainder.ts';
import { keyShares } from '../cost-sharing/registry.ts';
import { OperationsError } from './operations-error.ts';

/** Published shares are given in thousandths of a percent: 100 % is 100 000 units. */
export const PERCENT_UNITS = 100_000;

/**
 * The reference date of a budget year: 1 January of that year, as an ISO date.
 * @throws OperationsError `invalid_date` for a year outside 1900–2100.
 * @example referenceDateOfBudgetYear(2027) // → '2027-01-01'
 */
export function referenceDateOfBudgetYear(budgetYear: number): string {
  if (!Number.isInteger(budgetYear) || budgetYear < 1900 || budgetYear > 2100) {
    throw new OperationsError(
      'invalid_date',
      ['budgetYear'],
      `${budgetYear} is not a year from 1900 to 2100`,
    );
  }
  return `${budgetYear}-01-01`;
}

function isKeyChoice(value: unknown): value is KeyChoice {
  return typeof value === 'object' && value !== null && typeof (value as KeyChoice).keyId === 'string';
}

/**
 * The same key choice with `referenceDate` set at every level, including nested keys such as a hybrid's
 * `rest`. Keys that do not read a reference date (equal, volume) ignore it, so nothing here depends on which
 * keys exist.
 * @example keyAtReferenceDate({ keyId: 'population' }, '2027-01-01') // → { keyId: 'population', options: { referenceDate: '2027-01-01' } }
 */
export function keyAtReferenceDate(choice: KeyChoice, referenceDate: string): KeyChoice {
  const options: Record<string, unknown> = { referenceDate };
  for (const [name, value] of Object.entries(choice.options ?? {})) {
    if (name === 'referenceDate') continue;
    options[name] = isKeyChoice(value) ? keyAtReferenceDate(value, referenceDate) : value;
  }
  return { keyId: choice.keyId, options: options satisfies KeyOptions };
}

/**
 * Each participant's share (summing to 1) under `choice` with population at 1 January of `budgetYear`.
 * @throws OperationsError `invalid_key` with the cost key's path under `path`.
 * @example keySharesInBudgetYear(municipalities, { keyId: 'population' }, 2026)
 */
export function keySharesInBudgetYear(
  participants: readonly KeyInput[],
  choice: KeyChoice,
  budgetYear: number,
  path: readonly (string | number)[] = ['key'],
): number[] {
  const dated = keyAtReferenceDate(choice, referenceDateOfBudgetYear(budgetYear));
  try {
    return keyShares(participants, dated);
  } catch (error) {
    if (!(error instanceof CostKeyError)) throw error;
    throw new OperationsError('invalid_key', [...path, ...error.path], error.message, { cause: error });
  }
}

/**
 * Shares as published: percent to three decimals that sum to exactly 100 %, rounded by the largest
 * remainder on 100 000 units (ties to the municipality listed first). Returned in thousandths of a percent,
 * so `23117` reads 23,117 %.
 * @example percentUnits([1 / 3, 1 / 3, 1 / 3]) // → [33334, 33333, 33333]
 */
export function percentUnits(shares: readonly number[]): number[] {
  return apportionShares(PERCENT_UNITS, shares);
}
