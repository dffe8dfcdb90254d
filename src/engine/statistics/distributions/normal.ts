/**
 * The normal distribution N(mean, sd²), for symmetric uncertainty around a central estimate.
 * @module
 */
import { checkProbability, ParameterCheck, throwIfInvalid } from '../distribution.ts';
import type { Distribution, DistributionDescriptor } from '../distribution.ts';
import { sampleStandardNormal, standardNormalQuantile, Z90 } from '../standard-normal.ts';

/** Normal with standard deviation sd > 0, in the input's unit. */
export interface NormalSpec {
  kind: 'normal';
  mean: number;
  sd: number;
}

/**
 * The normal distribution. Quantile: mean + sd·Φ⁻¹(p) (Wichura's AS 241); sampling by Box–Muller.
 * Read from low / likely / high as: mean = likely, and low and high as the P10 and P90, so
 * sd = (high − low) / (2 · 1.2816); an asymmetric estimate is better entered as PERT.
 * @example normal.create({ kind: 'normal', mean: 100, sd: 15 }).quantile(0.9) // → 100 + 15 · 1.28155 = 119.223
 */
export const normal: DistributionDescriptor<NormalSpec> = {
  kind: 'normal',
  labelKey: 'distribution.normal',
  parameters: ['mean', 'sd'],
  check(spec) {
    const check = new ParameterCheck('normal');
    if (check.finite({ mean: spec.mean, sd: spec.sd })) check.expect(spec.sd > 0, 'sd', 'not_positive');
    return check.issues;
  },
  create(spec): Distribution {
    throwIfInvalid(normal.check(spec));
    const { mean, sd } = spec;
    return {
      kind: 'normal',
      sample: (random) => mean + sd * sampleStandardNormal(random),
      mean: () => mean,
      quantile(p) {
        checkProbability(p);
        return mean + sd * standardNormalQuantile(p);
      },
    };
  },
  fromLowLikelyHigh: (low, likely, high) => ({ kind: 'normal', mean: likely, sd: (high - low) / (2 * Z90) }),
};
