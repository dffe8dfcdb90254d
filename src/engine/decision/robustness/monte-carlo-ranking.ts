/**
 * A seeded Monte Carlo over the criterion weights: draw many weight vectors, rank the models by weighted sum
 * for each, and count how often each model comes first. The result is each model's probability of ranking
 * first under the stated weight distribution. A tie for first shares the draw equally, so the
 * probabilities sum to 1. The same seed gives the same result on every platform.
 *
 * Two weight distributions, stated in the result:
 * - `dirichlet` around the group weights w: Dirichlet(κ·w₁, …, κ·wₙ). Its mean is w and each weight's
 *   standard deviation is √(wᵢ(1 − wᵢ)/(κ + 1)); the default κ = 50 gives about ±0.056 around a weight of
 *   0.2. A criterion with weight 0 stays at 0.
 * - `uniformSimplex`: every weight vector summing to 1 equally likely, Dirichlet(1, …, 1), drawn as
 *   normalised exponential variables; it asks how robust the ranking is when nothing is known about the
 *   weights.
 * Source: R. Lahdelma, J. Hokkanen and P. Salminen (1998), "SMAA – Stochastic multiobjective
 * acceptability analysis", EJOR 106, 137–143 (the first-rank acceptability index).
 * @module
 */
import { createRandom } from '../../random/seeded-random.ts';
import type { DecisionWarning } from '../decision-warning.ts';
import { isTie, rankByWeightedSum, type ScoreTable } from '../scoring/weighted-sum.ts';
import type { Weights } from '../weights/weights.ts';
import { sampleDirichlet } from './dirichlet.ts';

/** dirichlet: Dirichlet(κ·w) around the given weights · uniformSimplex: Dirichlet(1, …, 1), any weights. */
export type WeightDistribution = { kind: 'dirichlet'; concentration: number } | { kind: 'uniformSimplex' };

/** κ for the Dirichlet around the group weights. */
export const DEFAULT_CONCENTRATION = 50;
export const DEFAULT_ITERATIONS = 10_000;

export interface MonteCarloOptions {
  /** Seed of the random stream, an integer from 0 to 2^32 − 1. */
  seed: number;
  /** Number of weight draws. @default 10000 */
  iterations?: number;
  /** @default { kind: 'dirichlet', concentration: 50 } */
  distribution?: WeightDistribution;
}

export interface MonteCarloRanking {
  seed: number;
  iterations: number;
  distribution: WeightDistribution;
  /** Probability of ranking first per model, in the order of the ranked models; sums to 1. */
  probabilityFirst: Record<string, number>;
  warnings: DecisionWarning[];
}

/** Adds 1 to the first-ranked model of one draw, shared on a tie. */
function countFirst(values: readonly number[], counts: number[]): void {
  const best = Math.max(...values);
  const winners = values.flatMap((v, i) => (isTie(v, best) ? [i] : []));
  for (const i of winners) counts[i] = (counts[i] as number) + 1 / winners.length;
}

function checkOptions(iterations: number, distribution: WeightDistribution): void {
  if (!Number.isInteger(iterations) || iterations < 1)
    throw new RangeError(`iterations must be a positive integer, got ${iterations}`);
  if (
    distribution.kind === 'dirichlet' &&
    !(distribution.concentration > 0 && Number.isFinite(distribution.concentration))
  ) {
    throw new RangeError(`concentration must be > 0, got ${distribution.concentration}`);
  }
}

/**
 * Each model's probability of ranking first when the weights vary as stated.
 * @throws RangeError for a bad seed, iteration count or concentration.
 * @example
 * monteCarloFirstRank(['ko', 'vk'], { cost: 0.5, control: 0.5 }, scores, { seed: 42 }).probabilityFirst
 * // → { ko: p, vk: 1 − p }, the same p on every run with seed 42
 */
export function monteCarloFirstRank(
  alternatives: readonly string[],
  weights: Weights,
  scores: ScoreTable,
  options: MonteCarloOptions,
): MonteCarloRanking {
  const {
    seed,
    iterations = DEFAULT_ITERATIONS,
    distribution = { kind: 'dirichlet', concentration: DEFAULT_CONCENTRATION },
  } = options;
  checkOptions(iterations, distribution);
  const random = createRandom(seed);
  const ranking = rankByWeightedSum(alternatives, weights, scores);
  const models = ranking.ranking.map((r) => r.id);
  const criteria = Object.keys(weights);
  // Sampling needs every criterion scored, since a criterion with weight 0 now may get weight in a draw.
  const complete = models.filter((id) => criteria.every((c) => scores[id]?.[c] !== undefined));
  const warnings = [...ranking.warnings];
  for (const id of models.filter((m) => !complete.includes(m))) {
    warnings.push({ code: 'score_missing_for_sampling', path: ['scores', id] });
  }
  const table = complete.map((id) =>
    criteria.map((c) => (scores[id] as Readonly<Record<string, number>>)[c] as number),
  );
  const alphas = criteria.map((c) =>
    distribution.kind === 'dirichlet' ? distribution.concentration * (weights[c] as number) : 1,
  );
  const counts = complete.map(() => 0);
  for (let i = 0; i < iterations && complete.length > 0; i++) {
    const w = sampleDirichlet(random, alphas);
    countFirst(
      table.map((row) => row.reduce((sum, s, k) => sum + (w[k] as number) * s, 0)),
      counts,
    );
  }
  const probabilityFirst = Object.fromEntries(
    complete.map((id, i) => [id, (counts[i] as number) / iterations]),
  );
  return { seed, iterations, distribution, probabilityFirst, warnings };
}
