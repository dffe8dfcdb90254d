/**
 * How much the persons disagree on each criterion's weight: the lowest and highest weight (and who gave
 * them), the range, the mean and the population standard deviation σ = √(Σ (w_p − mean)² / P). The range
 * is easy to read in a meeting; σ summarises all persons.
 * @module
 */
import type { Weights } from './weights/weights.ts';

export interface CriterionDisagreement {
  criterionId: string;
  mean: number;
  min: number;
  max: number;
  /** max − min. */
  range: number;
  /** Population standard deviation (divides by P, the number of persons). */
  standardDeviation: number;
  /** The persons who gave the lowest and highest weight (the first one on a tie). */
  lowestPersonId: string;
  highestPersonId: string;
}

/**
 * Disagreement per criterion, in the order of `criteria`.
 * @throws RangeError without persons or when a person has no weight for a criterion.
 * @example
 * weightDisagreement(['a'], [{ personId: 'x', weights: { a: 0.2 } }, { personId: 'y', weights: { a: 0.6 } }])
 * // → [{ criterionId: 'a', mean: 0.4, min: 0.2, max: 0.6, range: 0.4, standardDeviation: 0.2, lowestPersonId: 'x', highestPersonId: 'y' }]
 */
export function weightDisagreement(
  criteria: readonly string[],
  persons: readonly { personId: string; weights: Weights }[],
): CriterionDisagreement[] {
  if (persons.length === 0) throw new RangeError('at least one person is needed');
  return criteria.map((criterionId) => {
    const values = persons.map((p) => {
      const w = p.weights[criterionId];
      if (w === undefined) throw new RangeError(`${p.personId} has no weight for ${criterionId}`);
      return w;
    });
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const min = Math.min(...values);
    const max = Math.max(...values);
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    return {
      criterionId,
      mean,
      min,
      max,
      range: max - min,
      standardDeviation: Math.sqrt(variance),
      lowestPersonId: (persons[values.indexOf(min)] as { personId: string }).personId,
      highestPersonId: (persons[values.indexOf(max)] as { personId: string }).personId,
    };
  });
}
