/**
 * A fixed value: an input that is known, or that the owner chooses not to vary.
 * @module
 */
import { checkProbability, ParameterCheck, throwIfInvalid } from '../distribution.ts';
import type { Distribution, DistributionDescriptor } from '../distribution.ts';

/** A value without uncertainty, in the input's unit. */
export interface FixedSpec {
  kind: 'fixed';
  value: number;
}

/**
 * The fixed distribution: every draw, the mean and every quantile equal `value`. Read from low / likely /
 * high as the likely value.
 * @example fixed.create({ kind: 'fixed', value: 0.21 }).quantile(0.9) // → 0.21
 */
export const fixed: DistributionDescriptor<FixedSpec> = {
  kind: 'fixed',
  labelKey: 'distribution.fixed',
  parameters: ['value'],
  check(spec) {
    const check = new ParameterCheck('fixed');
    check.finite({ value: spec.value });
    return check.issues;
  },
  create(spec): Distribution {
    throwIfInvalid(fixed.check(spec));
    const { value } = spec;
    return {
      kind: 'fixed',
      sample: () => value,
      mean: () => value,
      quantile(p) {
        checkProbability(p);
        return value;
      },
    };
  },
  fromLowLikelyHigh: (_low, likely) => ({ kind: 'fixed', value: likely }),
};
