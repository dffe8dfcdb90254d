/**
 * The lognormal distribution: ln X is normal. It suits positive quantities with a long upper tail, such as
 * the cost of an ICT project.
 * @module
 */
import {
  checkProbability,
  DistributionParameterError,
  ParameterCheck,
  throwIfInvalid,
} from '../distribution.ts';
import type { Distribution, DistributionDescriptor } from '../distribution.ts';
import { sampleStandardNormal, standardNormalQuantile, Z90 } from '../standard-normal.ts';

/**
 * Lognormal given by the mean `mu` and standard deviation `sigma` (> 0) of ln X, not of X. Use
 * `lognormalFromP10P90` or `lognormalFromMeanSd` to state it in the input's own unit.
 */
export interface LognormalSpec {
  kind: 'lognormal';
  mu: number;
  sigma: number;
}

/**
 * The lognormal spec whose P10 and P90 are `p10` and `p90` (0 < p10 < p90): μ = (ln p10 + ln p90) / 2 and
 * σ = (ln p90 − ln p10) / (2 · Φ⁻¹(0.9)). The median is then √(p10 · p90).
 * @param names how to name the two values in an error, e.g. `['low', 'high']`.
 * @throws DistributionParameterError when p10 ≤ 0 or p90 ≤ p10.
 * @example lognormalFromP10P90(1, 100) // → { kind: 'lognormal', mu: ln 10, sigma: ln 10 / 1.2816 }
 */
export function lognormalFromP10P90(
  p10: number,
  p90: number,
  names: readonly [string, string] = ['p10', 'p90'],
): LognormalSpec {
  const check = new ParameterCheck('lognormal');
  if (check.finite({ [names[0]]: p10, [names[1]]: p90 })) {
    check.expect(p10 > 0, names[0], 'not_positive').expect(p90 > p10, names[1], 'out_of_order');
  }
  if (check.issues.length > 0) throw new DistributionParameterError(check.issues);
  return {
    kind: 'lognormal',
    mu: (Math.log(p10) + Math.log(p90)) / 2,
    sigma: (Math.log(p90) - Math.log(p10)) / (2 * Z90),
  };
}

/**
 * The lognormal spec with mean `mean` and standard deviation `sd` of X itself (mean > 0, sd > 0):
 * σ² = ln(1 + sd²/mean²), μ = ln mean − σ²/2.
 * Source: Forbes et al., Statistical Distributions, 4th ed., ch. 30.
 * @example lognormalFromMeanSd(100, 50) // → { kind: 'lognormal', mu: ln 100 − ln(1.25)/2, sigma: √ln 1.25 ≈ 0.4724 }
 */
export function lognormalFromMeanSd(mean: number, sd: number): LognormalSpec {
  const variance = Math.log(1 + (sd * sd) / (mean * mean));
  return { kind: 'lognormal', mu: Math.log(mean) - variance / 2, sigma: Math.sqrt(variance) };
}

/**
 * The lognormal distribution: X = exp(μ + σZ), Z ~ N(0, 1). Mean exp(μ + σ²/2); quantile exp(μ + σΦ⁻¹(p)).
 * Read from low / likely / high as P10 = low and P90 = high (`lognormalFromP10P90`); the likely value is
 * unused, and low must be above zero.
 * @example lognormal.create({ kind: 'lognormal', mu: 0, sigma: 1 }).quantile(0.5) // → 1
 */
export const lognormal: DistributionDescriptor<LognormalSpec> = {
  kind: 'lognormal',
  labelKey: 'distribution.lognormal',
  parameters: ['mu', 'sigma'],
  check(spec) {
    const check = new ParameterCheck('lognormal');
    if (check.finite({ mu: spec.mu, sigma: spec.sigma }))
      check.expect(spec.sigma > 0, 'sigma', 'not_positive');
    return check.issues;
  },
  create(spec): Distribution {
    throwIfInvalid(lognormal.check(spec));
    const { mu, sigma } = spec;
    return {
      kind: 'lognormal',
      sample: (random) => Math.exp(mu + sigma * sampleStandardNormal(random)),
      mean: () => Math.exp(mu + (sigma * sigma) / 2),
      quantile(p) {
        checkProbability(p);
        return Math.exp(mu + sigma * standardNormalQuantile(p));
      },
    };
  },
  fromLowLikelyHigh: (low, _likely, high) => lognormalFromP10P90(low, high, ['low', 'high']),
};
