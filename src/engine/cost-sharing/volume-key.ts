/**
 * Sharing by volume: each municipality pays in proportion to what it uses, by a measure chosen per
 * service (payslips, invoices, journal posts, calls, cases).
 * @module
 */
import { CostKeyError } from './cost-key-error.ts';
import { defineCostKey, stringOption } from './cost-key.ts';

/** Options of the volume key. */
export interface VolumeKeyOptions {
  /** The volume measure, a key of each participant's `volumes`, e.g. `payslips`. */
  measure: string;
}

/**
 * Volume key: share_i = volume_i / Σ volume for the chosen measure.
 * @throws CostKeyError `invalid_option` without a measure, `missing_volume` naming the participant.
 * @example volumeKey.allocate(900, [{ id: 'a', volumes: { calls: 1 } }, { id: 'b', volumes: { calls: 2 } }], { measure: 'calls' }) // → [300, 600]
 */
export const volumeKey = defineCostKey({
  id: 'volume',
  labelKey: 'costKey.volume.label',
  describe: (options) => ({
    messageKey: 'costKey.volume.description',
    values: { measure: stringOption(options, 'measure') },
  }),
  weights(participants, options) {
    const measure = stringOption(options, 'measure');
    return participants.map((p, i) => {
      const value = p.volumes?.[measure];
      if (value === undefined) {
        throw new CostKeyError(
          'missing_volume',
          ['participants', i, 'volumes', measure],
          `no ${measure} figure`,
        );
      }
      return value;
    });
  },
});
