/**
 * The (beta-)PERT distribution: a beta distribution scaled to [min, max] whose mode is the most likely
 * value. It puts less weight on the extremes than the triangular distribution, which suits estimates such
 * as «10 %, most likely 21 %, at most 30 %».
 * @module
 */
import { inverseRegularizedIncompleteBeta } from '../beta-function.ts';
import { checkProbability, ParameterCheck, throwIfInvalid } from '../distribution.ts';
import type { Distribution, DistributionDescriptor } from '../distribution.ts';
import { sampleBeta } from '../gamma-sampler.ts';
import { checkMinModeMax } from './triangular.ts';

/** PERT with min ≤ mode ≤ max, min < max; `lambda` weights the mode (default 4, the classic PERT). */
export interface PertSpec {
  kind: 'pert';
  min: number;
  mode: number;
  max: number;
  /** Weight of the mode; 4 gives the classic PERT mean (min + 4·mode + max) / 6. @default 4 */
  lambda?: number;
}

/**
 * The classic PERT weight of the most likely value.
 * @example pert.create({ kind: 'pert', min: 0, mode: 1, max: 2, lambda: PERT_LAMBDA })
 */
export const PERT_LAMBDA = 4;

/**
 * The beta shapes α = 1 + λ(mode − min)/(max − min) and β = 1 + λ(max − mode)/(max − min).
 * @example pertShapes({ kind: 'pert', min: 0, mode: 0.5, max: 1 }) // → { alpha: 3, beta: 3 }
 */
export function pertShapes(spec: PertSpec): { alpha: number; beta: number } {
  const lambda = spec.lambda ?? PERT_LAMBDA;
  const width = spec.max - spec.min;
  return {
    alpha: 1 + (lambda * (spec.mode - spec.min)) / width,
    beta: 1 + (lambda * (spec.max - spec.mode)) / width,
  };
}

/**
 * The beta-PERT distribution: X = min + (max − min)·Y with Y ~ Beta(α, β), α and β as in `pertShapes`.
 * Mean: (min + λ·mode + max) / (λ + 2), with λ = 4 the classic (a + 4m + b) / 6. Sampling draws Y as
 * G₁/(G₁ + G₂) from two gamma variables (Marsaglia–Tsang); quantiles invert the regularized incomplete
 * beta function.
 * Source: D. Vose, Risk Analysis: A Quantitative Guide, 3rd ed. (2008), §III.7 «PERT»; D. G. Malcolm et al.
 * (1959), Operations Research 7(5), 646–669.
 * @example pert.create({ kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 }).mean() // → (0.1 + 0.84 + 0.3) / 6 = 0.20666…
 */
export const pert: DistributionDescriptor<PertSpec> = {
  kind: 'pert',
  labelKey: 'distribution.pert',
  parameters: ['min', 'mode', 'max', 'lambda'],
  check(spec) {
    const check = new ParameterCheck('pert');
    checkMinModeMax(check, spec);
    if (spec.lambda !== undefined && check.finite({ lambda: spec.lambda })) {
      check.expect(spec.lambda >= 0, 'lambda', 'negative');
    }
    return check.issues;
  },
  create(spec): Distribution {
    throwIfInvalid(pert.check(spec));
    const { min, max } = spec;
    const lambda = spec.lambda ?? PERT_LAMBDA;
    const width = max - min;
    const { alpha, beta } = pertShapes(spec);
    return {
      kind: 'pert',
      sample: (random) => min + width * sampleBeta(random, alpha, beta),
      mean: () => (min + lambda * spec.mode + max) / (lambda + 2),
      quantile(p) {
        checkProbability(p);
        return min + width * inverseRegularizedIncompleteBeta(p, alpha, beta);
      },
    };
  },
  fromLowLikelyHigh: (low, likely, high) => ({ kind: 'pert', min: low, mode: likely, max: high }),
};
