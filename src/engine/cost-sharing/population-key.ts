/**
 * Sharing by population: each municipality pays in proportion to its inhabitants at a chosen reference
 * date, the most common key in Norwegian inter-municipal cooperation agreements.
 * @module
 */
import { CostKeyError } from './cost-key-error.ts';
import { defineCostKey, optionalStringOption, type KeyInput, type KeyOptions } from './cost-key.ts';

/** Options of the population key. */
export interface PopulationKeyOptions {
  /** ISO date of the population figures, e.g. `2025-01-01`. @default the latest date all participants have */
  referenceDate?: string;
}

/**
 * The reference date used: the chosen one, or else the latest date for which every participant has a
 * figure.
 * @throws CostKeyError `missing_population` when no date is common to all.
 * @example populationReferenceDate([{ id: '5029', population: [{ referenceDate: '2025-01-01', value: 8521 }] }], {}) // → '2025-01-01'
 */
export function populationReferenceDate(participants: readonly KeyInput[], options: KeyOptions): string {
  const chosen = optionalStringOption(options, 'referenceDate');
  if (chosen !== undefined) return chosen;
  const datesPerParticipant = participants.map(
    (p) => new Set((p.population ?? []).map((f) => f.referenceDate)),
  );
  const common = [...(datesPerParticipant[0] ?? [])].filter((date) =>
    datesPerParticipant.every((d) => d.has(date)),
  );
  // ISO dates sort as strings.
  const latest = common.sort().at(-1);
  if (latest === undefined) {
    throw new CostKeyError(
      'missing_population',
      ['participants'],
      'no reference date has figures for everyone',
    );
  }
  return latest;
}

function populationAt(participant: KeyInput, index: number, referenceDate: string): number {
  const figure = participant.population?.find((f) => f.referenceDate === referenceDate);
  if (!figure) {
    throw new CostKeyError(
      'missing_population',
      ['participants', index, 'population'],
      `no figure at ${referenceDate}`,
    );
  }
  return figure.value;
}

/**
 * Population key: share_i = population_i / Σ population at the reference date.
 * Source: the cost keys; Kommuneloven § 17-3 leaves the key to the cooperation agreement.
 * @example populationKey.allocate(1_100_000, participants, { referenceDate: '2025-01-01' })
 * // Midtre Gauldal 6 141, Melhus 17 812, Skaun 8 521 → [208016, 603350, 288634]
 */
export const populationKey = defineCostKey({
  id: 'population',
  labelKey: 'costKey.population.label',
  describe: (options, participants) => ({
    messageKey: 'costKey.population.description',
    values: { referenceDate: populationReferenceDate(participants, options) },
  }),
  weights(participants, options) {
    const referenceDate = populationReferenceDate(participants, options);
    return participants.map((p, i) => populationAt(p, i, referenceDate));
  },
});
