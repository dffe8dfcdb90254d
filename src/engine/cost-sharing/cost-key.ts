/**
 * What a cost key is: a rule that turns facts about the participants (population, volumes) into shares
 * of a cost. Each key is a module exporting a `CostKey`; `registry.ts` lists them.
 * @module
 */
import { CostKeyError } from './cost-key-error.ts';
import { apportionShares, sharesFromWeights } from './largest-remainder.ts';

/** A population figure at a reference date (ISO date, e.g. `2025-01-01`). */
export interface PopulationFigure {
  referenceDate: string;
  value: number;
}

/** The facts a key may use about one participant (a municipality). */
export interface KeyInput {
  /** The municipality, e.g. its number `5029`. */
  id: string;
  /** Population at one or more reference dates. */
  population?: readonly PopulationFigure[];
  /** Volume measures for the service, e.g. `{ payslips: 14_000, invoices: 9_500 }`. */
  volumes?: Readonly<Record<string, number>>;
}

/** A key's options as plain data; each key documents and checks its own. */
export type KeyOptions = Readonly<Record<string, unknown>>;

/** A key and its options, as stored in a scenario: `{ keyId: 'volume', options: { measure: 'payslips' } }`. */
export interface KeyChoice {
  keyId: string;
  options?: KeyOptions;
}

/** A description for the UI to localise: a message key and the values to fill in. */
export interface KeyDescription {
  messageKey: string;
  values: Readonly<Record<string, string | number>>;
}

/** A registered cost key. */
export interface CostKey {
  readonly id: string;
  /** Message key of the key's name, e.g. `costKey.population.label`. */
  readonly labelKey: string;
  /** What the key does with these options, for the output («by population at 2025-01-01»). */
  describe(options: KeyOptions, participants: readonly KeyInput[]): KeyDescription;
  /** Each participant's share, summing to 1, in participant order. @throws CostKeyError */
  shares(participants: readonly KeyInput[], options: KeyOptions): number[];
  /** Splits an integer total (kroner) into whole kroner summing exactly to it. @throws CostKeyError */
  allocate(total: number, participants: readonly KeyInput[], options: KeyOptions): number[];
}

/** What a key module defines; `defineCostKey` adds normalised shares and allocation. */
export interface CostKeyDefinition {
  id: string;
  labelKey: string;
  describe(options: KeyOptions, participants: readonly KeyInput[]): KeyDescription;
  /** Raw weights ≥ 0, one per participant (not necessarily summing to 1). */
  weights(participants: readonly KeyInput[], options: KeyOptions): number[];
}

/**
 * Completes a key definition: shares are the weights normalised by `sharesFromWeights`, and allocation
 * rounds total · share to whole kroner by the largest-remainder method.
 * @example defineCostKey({ id: 'equal', labelKey: 'costKey.equal.label', describe, weights: (ps) => ps.map(() => 1) })
 */
export function defineCostKey(definition: CostKeyDefinition): CostKey {
  const shares = (participants: readonly KeyInput[], options: KeyOptions) => {
    if (participants.length === 0)
      throw new CostKeyError('no_participants', ['participants'], 'nobody to share among');
    return sharesFromWeights(definition.weights(participants, options));
  };
  return {
    id: definition.id,
    labelKey: definition.labelKey,
    describe: definition.describe,
    shares,
    allocate: (total, participants, options) => apportionShares(total, shares(participants, options)),
  };
}

/**
 * Reads an optional string option. @throws CostKeyError `invalid_option` when present but not a string.
 * @example optionalStringOption({ referenceDate: '2025-01-01' }, 'referenceDate') // → '2025-01-01'
 */
export function optionalStringOption(options: KeyOptions, name: string): string | undefined {
  const value = options[name];
  if (value === undefined) return undefined;
  if (typeof value !== 'string' || value === '') {
    throw new CostKeyError('invalid_option', ['options', name], 'must be a non-empty string');
  }
  return value;
}

/**
 * Reads a required string option. @throws CostKeyError `invalid_option`.
 * @example stringOption({ measure: 'payslips' }, 'measure') // → 'payslips'
 */
export function stringOption(options: KeyOptions, name: string): string {
  const value = optionalStringOption(options, name);
  if (value === undefined) throw new CostKeyError('invalid_option', ['options', name], 'is required');
  return value;
}
