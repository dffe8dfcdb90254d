/**
 * Swing weighting: the person imagines every criterion at its worst level, picks the criterion whose swing
 * from worst to best matters most and gives it 100, then rates every other swing from 0 to 100 relative to
 * it; the weights are the ratings divided by their sum. Unlike direct points it ties importance to the
 * ranges actually at stake (here, between the lawful models).
 * Sources: D. von Winterfeldt and W. Edwards (1986), Decision Analysis and Behavioral Research, Cambridge
 * University Press; W. Edwards and F. H. Barron (1994), "SMARTS and SMARTER", Organizational Behavior and
 * Human Decision Processes 60(3), 306–325.
 * @module
 */
import { pointsPerCriterion } from './direct-points.ts';
import { equalWeights, normaliseWeights, type PersonWeights } from './weights.ts';

/** The rating of the most important swing. */
export const TOP_SWING = 100;

/**
 * Weights w_i = r_i / Σ r from swing ratings r_i in [0, 100]. Warns `swing_top_not_100` when no swing is
 * rated 100 (the ratings are still used, as ratios), and `swing_all_zero` (equal weights) when all are 0.
 * @throws RangeError for a rating outside [0, 100].
 * @example weightsFromSwing(['cost', 'quality'], { cost: 100, quality: 60 }).weights // → { cost: 0.625, quality: 0.375 }
 */
export function weightsFromSwing(
  criteria: readonly string[],
  ratings: Readonly<Record<string, number>>,
): PersonWeights {
  const { values, warnings } = pointsPerCriterion(criteria, ratings, 'swing_missing');
  for (const [id, value] of Object.entries(values)) {
    if (!(value >= 0 && value <= TOP_SWING))
      throw new RangeError(`${id}: swing rating must be in [0, 100], got ${value}`);
  }
  const weights = normaliseWeights(values);
  if (!weights) {
    return {
      method: 'swing',
      weights: equalWeights(criteria),
      warnings: [...warnings, { code: 'swing_all_zero', path: ['ratings'] }],
    };
  }
  if (Math.max(...Object.values(values)) !== TOP_SWING)
    warnings.push({ code: 'swing_top_not_100', path: ['ratings'] });
  return { method: 'swing', weights, warnings };
}
