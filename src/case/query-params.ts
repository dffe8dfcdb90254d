/**
 * Parameters that the API's query strings and the CLI's options share, bounded where the engine and the
 * database stop: a seed is what the generator takes, a revision number what PostgreSQL's `integer` holds.
 * Both boundaries use these, so `?seed=-1` and `--seed=-1` get the same clear error instead of a crash.
 * @module
 */
import { z } from 'zod';
import { MAX_SEED } from '../engine/random/seeded-random.ts';

export { MAX_SEED };

/** The largest revision number: `case_revisions.revision` is a PostgreSQL `integer`. */
export const MAX_REVISION = 2 ** 31 - 1;

/** A Monte Carlo seed from the query string: a whole number 0 … 4 294 967 295. */
export const SeedParam = z.coerce.number().int().min(0).max(MAX_SEED);

/** A revision number from the query string or the path: 1 … 2 147 483 647. */
export const RevisionParam = z.coerce.number().int().min(1).max(MAX_REVISION);

/** True for a revision number that can exist; anything else is simply not found. */
export function isRevisionNumber(value: number): boolean {
  return Number.isInteger(value) && value >= 1 && value <= MAX_REVISION;
}
