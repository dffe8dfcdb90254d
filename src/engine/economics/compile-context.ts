/**
 * Helpers for compiling a scenario: value slots, per-year index rows, key shares and the checks that
 * name the offending field.
 * @module
 */
import { CostKeyError } from '../cost-sharing/cost-key-error.ts';
import type { KeyChoice, KeyInput } from '../cost-sharing/cost-key.ts';
import { keyShares } from '../cost-sharing/registry.ts';
import { EconomicsInputError } from './economics-error.ts';
import type { ScenarioInput, ScenarioValue, ScenarioWarning, ShareRule } from './scenario-input.ts';

/** A field's path in the scenario, e.g. `['serviceAreas', 0, 'rampUpYears']`. */
export type Path = (string | number)[];

/**
 * Throws `invalid_scenario` at `path`.
 * @example invalid(['horizonYears'], 'must be a whole number ≥ 1') // throws EconomicsInputError
 */
export function invalid(path: Path, detail: string): never {
  throw new EconomicsInputError('invalid_scenario', path, detail);
}

/**
 * Throws unless `value` is a whole number ≥ `min`.
 * @example requireInteger(2.5, ['serviceAreas', 0, 'rampUpYears'], 0) // throws at that path
 */
export function requireInteger(value: number, path: Path, min = -Infinity): void {
  if (!Number.isInteger(value) || value < min) invalid(path, `must be a whole number ≥ ${min}`);
}

/**
 * The value slots: one per uncertain input (by id), then one per constant.
 * @example new SlotTable(['savings']).resolve({ inputId: 'savings' }, ['savingsShare']) // → 0
 */
export class SlotTable {
  readonly values: number[] = [];
  readonly #byId = new Map<string, number>();

  constructor(readonly inputIds: readonly string[]) {
    inputIds.forEach((id, i) => {
      if (this.#byId.has(id)) invalid(['uncertainInputs', i, 'id'], `duplicate input id «${id}»`);
      this.#byId.set(id, i);
      this.values.push(0);
    });
  }

  resolve(value: ScenarioValue, path: Path): number {
    if (typeof value === 'number') {
      if (!Number.isFinite(value)) invalid(path, 'must be a finite number');
      this.values.push(value);
      return this.values.length - 1;
    }
    const slot = this.#byId.get(value.inputId);
    if (slot === undefined) invalid([...path, 'inputId'], `no uncertain input «${value.inputId}»`);
    return slot;
  }
}

/**
 * Entries keyed by year index into compressed rows: the slots of year y are start[y] .. start[y + 1].
 * @example byYear([{ yearIndexes: [0, 1], slot: 7 }], 2) // → [Int32Array [0, 1, 2], Int32Array [7, 7]]
 */
export function byYear(
  entries: { yearIndexes: number[]; slot: number }[],
  years: number,
): [Int32Array, Int32Array] {
  const start = new Int32Array(years + 1);
  const slots: number[] = [];
  for (let y = 0; y < years; y++) {
    start[y] = slots.length;
    for (const entry of entries) if (entry.yearIndexes.includes(y)) slots.push(entry.slot);
  }
  start[years] = slots.length;
  return [start, Int32Array.from(slots)];
}

/**
 * Key shares as a typed array; a key error is re-thrown with the scenario path in front.
 * @example sharesFor(keyInputs, { keyId: 'equal' }, ['serviceAreas', 0, 'costKey']) // → Float64Array [0.5, 0.5]
 */
export function sharesFor(
  participants: readonly KeyInput[],
  choice: ShareRule | KeyChoice,
  path: Path,
): Float64Array {
  if ('shares' in choice) return givenShares(participants, choice.shares, path);
  try {
    return Float64Array.from(keyShares(participants, choice));
  } catch (error) {
    if (error instanceof CostKeyError) {
      throw new EconomicsInputError('invalid_scenario', [...path, ...error.path], error.message, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * Shares given per municipality, normalised to sum to 1 in participant order; each must be a finite
 * number ≥ 0 and their sum above 0.
 * @example givenShares([{ id: 'a' }, { id: 'b' }], { a: 3, b: 1 }, path) // → Float64Array [0.75, 0.25]
 */
function givenShares(
  participants: readonly KeyInput[],
  shares: Readonly<Record<string, number>>,
  path: Path,
): Float64Array {
  const raw = participants.map((p, i) => {
    const value = shares[p.id];
    if (value === undefined || !Number.isFinite(value) || value < 0)
      invalid([...path, 'shares', i], `needs a share ≥ 0 for «${p.id}»`);
    return value;
  });
  const sum = raw.reduce((a, b) => a + b, 0);
  if (!(sum > 0)) invalid([...path, 'shares'], 'the shares must not all be 0');
  return Float64Array.from(raw, (x) => x / sum);
}

/** What compiling one part of the scenario needs to see. */
export interface Context {
  input: ScenarioInput;
  slots: SlotTable;
  years: number[];
  municipalityIndex: Map<string, number>;
  warnings: ScenarioWarning[];
}

/**
 * The year's index in the table, or null (with a warning) outside it.
 * @example yearIndexIn(context, 2027, path) // → 1 when the table starts in 2026
 */
export function yearIndexIn(context: Context, year: number, path: Path): number | null {
  requireInteger(year, path);
  const index = year - (context.years[0] as number);
  if (index < 0 || index >= context.years.length) {
    context.warnings.push({ code: 'cost_outside_horizon', path, year });
    return null;
  }
  return index;
}

/**
 * Indexes of the listed municipalities; refuses unknown, repeated or no ids.
 * @example municipalityIndexes(context, ['5029', '5027'], path) // → Int32Array [2, 0]
 */
export function municipalityIndexes(context: Context, ids: readonly string[], path: Path): Int32Array {
  if (ids.length === 0) invalid(path, 'needs at least one municipality');
  const seen = new Set<string>();
  return Int32Array.from(
    ids.map((id, i) => {
      const index = context.municipalityIndex.get(id);
      if (index === undefined) invalid([...path, i], `no municipality «${id}» in the scenario`);
      if (seen.has(id)) invalid([...path, i], `«${id}» is listed twice`);
      seen.add(id);
      return index;
    }),
  );
}
