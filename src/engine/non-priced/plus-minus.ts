/**
 * Non-priced effects (ikke-prissatte virkninger) by the plus-minus method: an effect's significance
 * (betydning: liten / middels / stor) and its extent (omfang, −4 «stort negativt» … +4 «stort positivt»)
 * give its consequence (konsekvens) on a 9-point scale from −4 (− − − −) through 0 to +4 (+ + + +).
 *
 * DFØ's guide describes the method (Veileder i samfunnsøkonomiske analyser, fase 4–5), but the sub-section
 * with its matrix could not be read (ECONOMICS.md §5, §11): the table below is Flokk's reading of the
 * method, not checked against the guide. Every screen that shows a consequence says so.
 *
 * The scale is ordinal: a «++» is more than a «+», not twice as much. Consequences are therefore never
 * summed, averaged or turned into kroner; a summary over municipalities gives the range and the counts. The
 * break-even line (DFØ's dekningsanalyse, ECONOMICS.md §5 [E1g]) goes the other way: it says how much the
 * non-priced effects must at least be worth a year for the measure to pay, and leaves the judgement to people.
 * @module
 */

/** An effect's significance (betydning) for those it concerns. */
export type Significance = 'small' | 'medium' | 'large';
export const SIGNIFICANCES: readonly Significance[] = ['small', 'medium', 'large'];

/** The greatest extent and consequence on either side of 0. */
export const SCALE_MAX = 4;

/** Extent (omfang): a whole number from −4 (stort negativt) to +4 (stort positivt); 0 is «intet». */
export type Extent = number;
/** Consequence (konsekvens): a whole number from −4 (− − − −) to +4 (+ + + +). */
export type Consequence = number;

/**
 * Flokk's reading of the plus-minus matrix: the size of the consequence for each significance and each size
 * of extent |omfang| = 0, 1, 2, 3, 4; the sign is the extent's. Only a large significance with the largest
 * extent reaches four signs; a small significance never goes beyond two.
 *
 * | betydning \ |omfang| | 0 | 1 | 2 | 3 | 4 |
 * |----------------------|---|---|---|---|---|
 * | liten (small)        | 0 | 0 | 1 | 1 | 2 |
 * | middels (medium)     | 0 | 1 | 2 | 2 | 3 |
 * | stor (large)         | 0 | 1 | 2 | 3 | 4 |
 */
export const PLUS_MINUS_MATRIX: Readonly<Record<Significance, readonly number[]>> = {
  small: [0, 0, 1, 1, 2],
  medium: [0, 1, 2, 2, 3],
  large: [0, 1, 2, 3, 4],
};

/** True for a whole number in −4..4 (an extent or a consequence). */
export function onScale(value: number): boolean {
  return Number.isInteger(value) && Math.abs(value) <= SCALE_MAX;
}

/**
 * The consequence of an effect with `significance` and `extent` (Flokk's matrix, see above).
 * @example consequence('large', -4) // → -4
 * @example consequence('small', 3) // → 1
 */
export function consequence(significance: Significance, extent: Extent): Consequence {
  if (!onScale(extent)) throw new RangeError(`the extent must be a whole number in −4..4, got ${extent}`);
  const size = PLUS_MINUS_MATRIX[significance][Math.abs(extent)] as number;
  return Math.sign(extent) * size + 0; // + 0 turns −0 into 0
}

/**
 * The consequence written with signs: `'+ + +'`, `'0'`, `'− −'` (minus sign U+2212, spaced so each sign reads).
 * @example consequenceSymbols(-2) // → '− −'
 */
export function consequenceSymbols(value: Consequence): string {
  if (!onScale(value)) throw new RangeError(`the consequence must be a whole number in −4..4, got ${value}`);
  if (value === 0) return '0';
  return Array.from({ length: Math.abs(value) }, () => (value > 0 ? '+' : '\u2212')).join(' ');
}

/** One assessment: significance and extent, either of which may be unassessed (null). */
export interface PlusMinusAssessment {
  significance: Significance | null;
  extent: Extent | null;
}

/** The consequence of an assessment, or `null` when significance or extent is not assessed. */
export function assessedConsequence(assessment: PlusMinusAssessment): Consequence | null {
  if (assessment.significance === null || assessment.extent === null) return null;
  return consequence(assessment.significance, assessment.extent);
}

/** An effect over several municipalities, without adding anything up. */
export interface EffectSummary {
  /** Assessments with a consequence. */
  assessed: number;
  /** Assessments (or municipalities) without one: «ikke vurdert». */
  notAssessed: number;
  /** The lowest and highest consequence assessed; `null` when none is. */
  lowest: Consequence | null;
  highest: Consequence | null;
  /** How many consequences fall on each side of 0. */
  positive: number;
  neutral: number;
  negative: number;
}

/**
 * Summarises one effect's consequences (one per municipality, `null` = not assessed): counts and range.
 * Never a sum or an average: the scale is ordinal.
 * @example summariseEffect([2, null, -1]) // → { assessed: 2, notAssessed: 1, lowest: -1, highest: 2, positive: 1, neutral: 0, negative: 1 }
 */
export function summariseEffect(consequences: readonly (Consequence | null)[]): EffectSummary {
  const assessed = consequences.filter((c): c is Consequence => c !== null);
  return {
    assessed: assessed.length,
    notAssessed: consequences.length - assessed.length,
    lowest: assessed.length === 0 ? null : Math.min(...assessed),
    highest: assessed.length === 0 ? null : Math.max(...assessed),
    positive: assessed.filter((c) => c > 0).length,
    neutral: assessed.filter((c) => c === 0).length,
    negative: assessed.filter((c) => c < 0).length,
  };
}

/**
 * DFØ's dekningsanalyse: the value a year the non-priced effects must at least have for a measure whose
 * priced NPV is `npv` to pay, given the discount factors d_t of the years the NPV covers:
 * X = −NPV / Σ d_t, since a yearly value X over those years is worth X · Σ d_t today. A measure that already
 * pays (NPV ≥ 0) needs nothing from them: 0.
 * @example breakEvenYearlyValue(-1000, [1 / 1.04, 1 / 1.04 ** 2]) // → 530.196… (1000 / 1.886095)
 */
export function breakEvenYearlyValue(npv: number, discountFactors: readonly number[]): number {
  if (!Number.isFinite(npv)) throw new RangeError(`the NPV must be finite, got ${npv}`);
  const sum = discountFactors.reduce((total, d) => total + d, 0);
  if (npv >= 0) return 0;
  if (!(sum > 0) || !Number.isFinite(sum))
    throw new RangeError('break-even needs at least one year with a positive discount factor');
  return -npv / sum;
}
