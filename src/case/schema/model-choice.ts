/**
 * Weighting sessions for choosing the cooperation model: for one criteria set, the persons who weigh the
 * criteria (each by direct points, swing weighting or pairwise comparison), how their weights are combined,
 * and the scores of the models on each criterion on the anchored 1–5 scale. The case layer
 * (`case/model-choice/`) turns a session into group weights, a ranking of the lawful models and its robustness.
 * @module
 */
import { z } from 'zod';
import { Id, LIST_LIMITS, MunicipalityNumber, boundedRecord, list } from './common.ts';
import { MAX_CRITERIA } from './criteria.ts';
import { TEXT_LIMITS, text } from './text.ts';

/** A criterion id → a number of points (divided by their sum); one entry per criterion of the set at most. */
const PerCriterion = boundedRecord(Id, z.number().nonnegative().max(1_000_000), MAX_CRITERIA);

/** points: direct points, divided by their sum · swing: 0–100, the most important swing gets 100 · pairwise: AHP judgements on Saaty's 1–9 scale. */
export const WeightingMethod = z.enum(['points', 'swing', 'pairwise']);
export type WeightingMethod = z.infer<typeof WeightingMethod>;

/** One pairwise judgement: how many times more important `a` is than `b` (1/9 to 9). */
export const CriterionJudgement = z.strictObject({
  a: Id,
  b: Id,
  value: z
    .number()
    .min(1 / 9 - 1e-9)
    .max(9),
});

export const PersonWeighting = z.discriminatedUnion('method', [
  z.strictObject({ method: z.literal('points'), points: PerCriterion }),
  z.strictObject({
    method: z.literal('swing'),
    ratings: boundedRecord(Id, z.number().min(0).max(100), MAX_CRITERIA),
  }),
  z.strictObject({
    method: z.literal('pairwise'),
    judgements: list(CriterionJudgement, (MAX_CRITERIA * (MAX_CRITERIA - 1)) / 2),
  }),
]);
export type PersonWeighting = z.infer<typeof PersonWeighting>;

/** One person (or one council) who weighs the criteria. A name is optional: the role is what the analysis needs. */
export const WeightingPerson = z.strictObject({
  id: Id,
  role: text(TEXT_LIMITS.name).meta({ description: 'Role or body, e.g. "Styringsgruppen"' }),
  municipalityNumber: MunicipalityNumber.optional(),
  name: text(TEXT_LIMITS.name).optional(),
  weighting: PersonWeighting,
});
export type WeightingPerson = z.infer<typeof WeightingPerson>;

/** aij: geometric mean of the pairwise judgements (all persons pairwise) · aip: arithmetic mean of the persons' weights. */
export const GroupAggregation = z.enum(['aij', 'aip']);
export type GroupAggregation = z.infer<typeof GroupAggregation>;

/** A model's score on one criterion on the anchored scale (1 very poor – 5 very good). */
export const ModelScore = z.strictObject({
  modelId: Id,
  criterionId: Id,
  score: z.number().int().min(1).max(5),
  scoredBy: text(TEXT_LIMITS.name).meta({ description: 'Who scored: a role or body' }),
  rationale: text(2_000).optional(),
});
export type ModelScore = z.infer<typeof ModelScore>;

export const WeightingSession = z.strictObject({
  id: Id,
  criteriaSetId: Id,
  aggregation: GroupAggregation,
  /** The service areas the models are ranked for (a package); all the case's areas when absent. */
  serviceAreaIds: list(Id).min(1).optional(),
  persons: list(WeightingPerson),
  scores: list(ModelScore, LIST_LIMITS.baseline),
});
export type WeightingSession = z.infer<typeof WeightingSession>;
