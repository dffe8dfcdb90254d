/**
 * The uniform distribution on [min, max]: every value in the range equally likely. Use it when only the
 * range is known.
 * @module
 */
import { checkProbability, ParameterCheck, throwIfInvalid } from '../distribution.ts';
import type { Distribution, DistributionDescriptor } from '../distribution.ts';

/** Uniform on [min, max], min < max, in the input's unit. */
export interface UniformSpec {
  kind: 'uniform';
  min: number;
  max: number;
}

/**
 * The uniform distribution. Quantile: min + p (max − min), so sampling is by inverse CDF from one uniform
 * number. Mean: (min + max) / 2. Read from low / likely / high as [low, high]; the likely value is unused.
 * Source: any statistics textbook, e.g. Forbes et al., Statistical Distributions, 4th ed., ch. 40.
 * @example uniform.create({ kind: 'uniform', min: 10, max: 30 }).mean() // → 20
 */
export const uniform: DistributionDescriptor<UniformSpec> = {
  kind: 'uniform',
  labelKey: 'distribution.uniform',
  parameters: ['min', 'max'],
  check(spec) {
    const check = new ParameterCheck('uniform');
    if (check.finite({ min: spec.min, max: spec.max }))
      check.expect(spec.min < spec.max, 'max', 'out_of_order');
    return check.issues;
  },
  create(spec): Distribution {
    throwIfInvalid(uniform.check(spec));
    const { min, max } = spec;
    const width = max - min;
    return {
      kind: 'uniform',
      sample: (random) => min + width * random.next(),
      mean: () => (min + max) / 2,
      quantile(p) {
        checkProbability(p);
        return min + width * p;
      },
    };
  },
  fromLowLikelyHigh: (low, _likely, high) => ({ kind: 'uniform', min: low, max: high }),
};
