/**
 * The triangular distribution on [min, max] with its peak at the mode: the simplest reading of a
 * low / most likely / high estimate.
 * @module
 */
import { checkProbability, ParameterCheck, throwIfInvalid } from '../distribution.ts';
import type { Distribution, DistributionDescriptor } from '../distribution.ts';

/** Triangular with min ≤ mode ≤ max and min < max, in the input's unit. */
export interface TriangularSpec {
  kind: 'triangular';
  min: number;
  mode: number;
  max: number;
}

/**
 * Checks min ≤ mode ≤ max and min < max, naming the parameter out of place.
 * @example checkMinModeMax(new ParameterCheck('pert'), { min: 0, mode: 2, max: 1 }) // records mode: out_of_order
 */
export function checkMinModeMax(
  check: ParameterCheck,
  spec: { min: number; mode: number; max: number },
): void {
  if (!check.finite({ min: spec.min, mode: spec.mode, max: spec.max })) return;
  check.expect(spec.min < spec.max, 'max', 'out_of_order');
  check.expect(spec.mode >= spec.min && spec.mode <= spec.max, 'mode', 'out_of_order');
}

/**
 * The triangular distribution. With a = min, c = mode, b = max and F_c = (c − a)/(b − a), the quantile is
 * a + √(p (b − a)(c − a)) for p < F_c and b − √((1 − p)(b − a)(b − c)) otherwise; sampling is by this
 * inverse CDF from one uniform number. Mean: (a + b + c) / 3.
 * Source: Forbes et al., Statistical Distributions, 4th ed., ch. 44; Vose, Risk Analysis, 3rd ed., §III.7.
 * @example triangular.create({ kind: 'triangular', min: 0.1, mode: 0.21, max: 0.3 }).mean() // → 0.2033…
 */
export const triangular: DistributionDescriptor<TriangularSpec> = {
  kind: 'triangular',
  labelKey: 'distribution.triangular',
  parameters: ['min', 'mode', 'max'],
  check(spec) {
    const check = new ParameterCheck('triangular');
    checkMinModeMax(check, spec);
    return check.issues;
  },
  create(spec): Distribution {
    throwIfInvalid(triangular.check(spec));
    const { min: a, mode: c, max: b } = spec;
    const width = b - a;
    const split = (c - a) / width;
    const inverse = (p: number) =>
      p < split ? a + Math.sqrt(p * width * (c - a)) : b - Math.sqrt((1 - p) * width * (b - c));
    return {
      kind: 'triangular',
      sample: (random) => inverse(random.next()),
      mean: () => (a + b + c) / 3,
      quantile(p) {
        checkProbability(p);
        return inverse(p);
      },
    };
  },
  fromLowLikelyHigh: (low, likely, high) => ({ kind: 'triangular', min: low, mode: likely, max: high }),
};
