/**
 * The group's weights for a weighting session and the disagreement between the persons. AIJ takes the
 * geometric mean of the pairwise judgements and needs every person to compare in pairs; when some used
 * points or swing, the mean of the weights (AIP) is used instead and a warning says so.
 * Source: Forman & Peniwati (1998), "Aggregating individual judgments and priorities with the AHP", EJOR 108.
 * @module
 */
import type { AhpResult } from '../../engine/decision/ahp/ahp-weights.ts';
import type { DecisionWarning } from '../../engine/decision/decision-warning.ts';
import { weightDisagreement, type CriterionDisagreement } from '../../engine/decision/disagreement.ts';
import {
  groupWeightsByJudgements,
  groupWeightsByMeanOfWeights,
  type GroupMethod,
} from '../../engine/decision/group-weights.ts';
import type { Weights } from '../../engine/decision/weights/weights.ts';
import type { WeightingSession } from '../schema/model-choice.ts';
import { personWeights, type PersonResult } from './person-weights.ts';

export interface SessionWeights {
  /** The method asked for in the session. */
  requested: GroupMethod;
  /** The method used (AIP when AIJ was asked for but not everyone compared in pairs). */
  method: GroupMethod | null;
  /** Null while nobody has entered weights. */
  weights: Weights | null;
  /** The AHP of the combined judgement matrix (AIJ only). */
  groupAhp: AhpResult | null;
  persons: PersonResult[];
  /** Per criterion: mean, range and standard deviation of the persons' weights, and who is lowest and highest. */
  disagreement: CriterionDisagreement[];
  warnings: DecisionWarning[];
}

/**
 * The group weights over `criteria` from the session's persons.
 * @example sessionWeights(['a', 'b'], session).weights // → the mean of each person's weights (AIP)
 */
export function sessionWeights(criteria: readonly string[], session: WeightingSession): SessionWeights {
  const persons = session.persons.map((p) => personWeights(criteria, p));
  const warnings = persons.flatMap((p) => p.warnings);
  const weighed = persons.filter((p): p is PersonResult & { weights: Weights } => p.weights !== null);
  const empty = { requested: session.aggregation, persons, disagreement: [], groupAhp: null };
  if (weighed.length === 0) {
    return {
      ...empty,
      method: null,
      weights: null,
      warnings: [...warnings, { code: 'no_weights', path: [] }],
    };
  }
  const disagreement = weightDisagreement(criteria, weighed);
  const allPairwise = session.persons.every(
    (p) => p.weighting.method === 'pairwise' && p.weighting.judgements.length > 0,
  );
  if (session.aggregation === 'aij' && allPairwise) {
    const judgements = session.persons.map((p) => ({
      personId: p.id,
      judgements: p.weighting.method === 'pairwise' ? p.weighting.judgements : [],
    }));
    const group = groupWeightsByJudgements(criteria, judgements);
    return {
      ...empty,
      disagreement,
      method: 'aij',
      weights: group.weights,
      groupAhp: group.groupAhp,
      warnings: [
        ...warnings,
        ...(group.groupAhp?.warnings ?? []).map((w) => ({ ...w, path: ['group', ...w.path] })),
      ],
    };
  }
  const fallback: DecisionWarning[] =
    session.aggregation === 'aij' ? [{ code: 'aij_needs_pairwise', path: ['aggregation'] }] : [];
  const group = groupWeightsByMeanOfWeights(criteria, weighed);
  return {
    ...empty,
    disagreement,
    method: 'aip',
    weights: group.weights,
    warnings: [...warnings, ...fallback],
  };
}
