/**
 * Everything the screens, the CLI and the API show for the choice of model: the feasibility matrix, and per
 * criteria set the group weights, the disagreement, the ranking of the lawful models and its robustness.
 * Nothing is invented: a set without weights or scores says so in its `status`.
 * @module
 */
import type { DecisionWarning } from '../../engine/decision/decision-warning.ts';
import type { Verdict } from '../../engine/legal/feasibility.ts';
import { legalModels } from '../../engine/legal/registry.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { LocalizedText } from '../schema/common.ts';
import type { GroupAggregation } from '../schema/model-choice.ts';
import {
  caseFeasibilityMatrix,
  packageServices,
  packageVerdicts,
  type CaseFeasibilityMatrix,
} from './feasibility-matrix.ts';
import {
  staffTransferChecklists,
  type StaffTransferChecklist,
} from '../staff-transfer/staff-transfer-checklist.ts';
import { rankModels, type ModelRanking } from './rank-models.ts';
import { sessionWeights, type SessionWeights } from './session-weights.ts';

/** Default seed of the Monte Carlo over weights; any integer from 0 to 2^32 − 1 gives a reproducible run. */
export const DEFAULT_RANK_SEED = 20260611;
/** Default number of weight draws. */
export const DEFAULT_RANK_ITERATIONS = 10_000;

/** noSession: nobody has weighed this set · noWeights: persons but no weights entered · noScores: no lawful model scored · ranked: a ranking exists. */
export type ChoiceStatus = 'noSession' | 'noWeights' | 'noScores' | 'ranked';

export interface CriteriaSetChoice {
  criteriaSetId: string;
  name: LocalizedText;
  purpose: string;
  criteria: { id: string; name: LocalizedText }[];
  sessionId: string | null;
  aggregation: GroupAggregation | null;
  /** The package the models are ranked for. */
  package: {
    areaIds: string[];
    services: string[];
    verdicts: Record<string, { verdict: Verdict; unconfirmed: boolean }>;
  };
  weights: SessionWeights | null;
  ranking: ModelRanking | null;
  status: ChoiceStatus;
  warnings: DecisionWarning[];
}

export interface ModelChoiceAnalysis {
  matrix: CaseFeasibilityMatrix;
  /** The duties of each planned transfer of staff, read against the participation record. */
  staffTransfers: StaffTransferChecklist[];
  sets: CriteriaSetChoice[];
  seed: number;
  iterations: number;
}

export interface ModelChoiceOptions {
  seed?: number;
  iterations?: number;
  /**
   * The service areas the ranking covers, chosen by the user; the session's package (or all areas) when
   * omitted. Ids the case does not have are left out; the caller validates them first.
   */
  areaIds?: readonly string[] | undefined;
}

function choiceFor(
  document: CaseDocument,
  setIndex: number,
  options: Required<Omit<ModelChoiceOptions, 'areaIds'>> & Pick<ModelChoiceOptions, 'areaIds'>,
): CriteriaSetChoice {
  const set = document.criteriaSets[setIndex];
  if (!set) throw new RangeError(`no criteria set at ${setIndex}`);
  const session = document.weightingSessions.find((s) => s.criteriaSetId === set.id) ?? null;
  const criteria = set.criteria.map((c) => c.id);
  const known = new Set(document.serviceAreas.map((a) => a.id));
  const areaIds =
    options.areaIds?.filter((id) => known.has(id)) ??
    session?.serviceAreaIds ??
    document.serviceAreas.map((a) => a.id);
  const pkg = {
    areaIds: [...areaIds],
    services: packageServices(document, areaIds),
    verdicts: packageVerdicts(document, areaIds),
  };
  const base = {
    criteriaSetId: set.id,
    name: set.name,
    purpose: set.purpose,
    criteria: set.criteria.map((c) => ({ id: c.id, name: c.name })),
    sessionId: session?.id ?? null,
    aggregation: session?.aggregation ?? null,
    package: pkg,
  };
  if (!session) return { ...base, weights: null, ranking: null, status: 'noSession', warnings: [] };
  const weights = sessionWeights(criteria, session);
  if (weights.weights === null)
    return { ...base, weights, ranking: null, status: 'noWeights', warnings: weights.warnings };
  const ranking = rankModels(
    legalModels.map((m) => m.id),
    weights.weights,
    session.scores,
    pkg.verdicts,
    {
      seed: options.seed,
      iterations: options.iterations,
    },
  );
  const warnings = [...weights.warnings, ...(ranking?.warnings ?? [])];
  if (!ranking || ranking.ranking.ranking.length === 0)
    return { ...base, weights, ranking, status: 'noScores', warnings };
  return { ...base, weights, ranking, status: 'ranked', warnings };
}

/**
 * The matrix and the choice per criteria set.
 * @example analyseModelChoice(defaultCase()).sets.map((s) => s.status) // → ['noSession', 'noSession', 'noSession']
 */
export function analyseModelChoice(
  document: CaseDocument,
  options: ModelChoiceOptions = {},
): ModelChoiceAnalysis {
  const resolved = {
    seed: options.seed ?? DEFAULT_RANK_SEED,
    iterations: options.iterations ?? DEFAULT_RANK_ITERATIONS,
    areaIds: options.areaIds,
  };
  return {
    matrix: caseFeasibilityMatrix(document),
    staffTransfers: staffTransferChecklists(document),
    sets: document.criteriaSets.map((_, i) => choiceFor(document, i, resolved)),
    seed: resolved.seed,
    iterations: resolved.iterations,
  };
}
