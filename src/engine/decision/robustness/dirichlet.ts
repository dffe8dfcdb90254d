/**
 * Draws from the Dirichlet distribution, the distribution of weight vectors that sum to 1: with
 * independent Gᵢ ~ Gamma(αᵢ, 1), the vector (G₁, …, Gₙ) / Σ G is Dirichlet(α₁, …, αₙ). Its mean is αᵢ / α₀
 * and its variance αᵢ(α₀ − αᵢ) / (α₀²(α₀ + 1)), with α₀ = Σ α. Dirichlet(1, …, 1) is uniform on the simplex;
 * a component with αᵢ = 0 is always 0.
 * Source: L. Devroye (1986), Non-Uniform Random Variate Generation, Springer (Dirichlet variables as
 * normalised gamma variables).
 * @module
 */
import type { UniformSource } from '../../random/seeded-random.ts';
import { sampleGamma } from '../../statistics/gamma-sampler.ts';

/**
 * One Dirichlet(α) draw.
 * @throws RangeError when an α is negative or not finite, or all are 0.
 * @example sampleDirichlet(createRandom(1), [10, 30]) // → two weights summing to 1; their mean over many draws is [0.25, 0.75]
 */
export function sampleDirichlet(random: UniformSource, alphas: readonly number[]): number[] {
  if (alphas.some((a) => !(a >= 0 && Number.isFinite(a))) || !alphas.some((a) => a > 0)) {
    throw new RangeError(`Dirichlet parameters must be ≥ 0 and not all 0, got ${alphas.join(', ')}`);
  }
  // Gamma(1) is the exponential distribution; drawing it directly is exact and cheaper.
  const draws = alphas.map((a) =>
    a === 0 ? 0 : a === 1 ? -Math.log(1 - random.next()) : sampleGamma(random, a),
  );
  const sum = draws.reduce((s, v) => s + v, 0);
  return draws.map((v) => v / sum);
}
