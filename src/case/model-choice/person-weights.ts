/**
 * One person's weights from what they entered: direct points divided by their sum, swing ratings divided by
 * their sum, or AHP priorities from pairwise judgements with λmax and the consistency ratio (Saaty's random
 * index, named in the result). A person who has entered nothing yet gets no weights, never equal ones.
 * @module
 */
import { ahpWeights, type AhpResult } from '../../engine/decision/ahp/ahp-weights.ts';
import type { DecisionWarning } from '../../engine/decision/decision-warning.ts';
import { weightsFromPoints } from '../../engine/decision/weights/direct-points.ts';
import { weightsFromSwing } from '../../engine/decision/weights/swing-weighting.ts';
import type { Weights } from '../../engine/decision/weights/weights.ts';
import type { PersonWeighting, WeightingMethod, WeightingPerson } from '../schema/model-choice.ts';

export interface PersonResult {
  personId: string;
  role: string;
  municipalityNumber: string | null;
  method: WeightingMethod;
  /** Null while the person has entered nothing (no points above 0, no judgements). */
  weights: Weights | null;
  /** λmax, CI, the random index used and CR, for pairwise weighting. */
  ahp: AhpResult | null;
  warnings: DecisionWarning[];
}

/** True when the person has entered nothing the weights could come from. */
export function isEmptyWeighting(weighting: PersonWeighting): boolean {
  if (weighting.method === 'pairwise') return weighting.judgements.length === 0;
  const values = Object.values(weighting.method === 'points' ? weighting.points : weighting.ratings);
  return !values.some((v) => v > 0);
}

function prefixed(warnings: readonly DecisionWarning[], personId: string): DecisionWarning[] {
  return warnings.map((w) => ({ ...w, path: ['persons', personId, ...w.path] }));
}

/**
 * The person's weights over `criteria` (ids in the set's order).
 * @example personWeights(['a', 'b'], { id: 'p', role: 'Rådmann', weighting: { method: 'points', points: { a: 3, b: 1 } } }).weights
 * // → { a: 0.75, b: 0.25 }
 */
export function personWeights(criteria: readonly string[], person: WeightingPerson): PersonResult {
  const base = {
    personId: person.id,
    role: person.role,
    municipalityNumber: person.municipalityNumber ?? null,
    method: person.weighting.method,
  };
  const weighting = person.weighting;
  if (isEmptyWeighting(weighting)) {
    return {
      ...base,
      weights: null,
      ahp: null,
      warnings: [{ code: 'person_has_no_weights', path: ['persons', person.id] }],
    };
  }
  if (weighting.method === 'pairwise') {
    const ahp = ahpWeights(criteria, weighting.judgements);
    return { ...base, weights: ahp.weights, ahp, warnings: prefixed(ahp.warnings, person.id) };
  }
  const result =
    weighting.method === 'points'
      ? weightsFromPoints(criteria, weighting.points)
      : weightsFromSwing(criteria, weighting.ratings);
  return { ...base, weights: result.weights, ahp: null, warnings: prefixed(result.warnings, person.id) };
}
