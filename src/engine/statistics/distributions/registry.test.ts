import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, MAX_SEED } from '../../random/seeded-random.ts';
import { DistributionParameterError, type Distribution } from '../distribution.ts';
import { lognormalFromMeanSd, lognormalFromP10P90 } from './lognormal.ts';
import {
  checkDistribution,
  createDistribution,
  DISTRIBUTION_KINDS,
  DISTRIBUTIONS,
  fromLowLikelyHigh,
  type DistributionSpec,
} from './registry.ts';

const Z90 = 1.2815515655446004;

function sampleMean(distribution: Distribution, n: number, seed: number): number {
  const random = createRandom(seed);
  let sum = 0;
  for (let i = 0; i < n; i++) sum += distribution.sample(random);
  return sum / n;
}

describe('closed-form means and quantiles', () => {
  it('fixed: every figure is the value', () => {
    const d = createDistribution({ kind: 'fixed', value: 7 });
    expect([d.mean(), d.quantile(0), d.quantile(1), d.sample(createRandom(1))]).toEqual([7, 7, 7, 7]);
  });

  it('uniform: mean (a + b)/2, quantile a + p(b − a)', () => {
    const d = createDistribution({ kind: 'uniform', min: 10, max: 30 });
    expect(d.mean()).toBe(20);
    expect(d.quantile(0.25)).toBe(15);
  });

  it('triangular: mean (a + b + c)/3, and the two quantile branches by hand', () => {
    const d = createDistribution({ kind: 'triangular', min: 0, mode: 0.5, max: 1 });
    expect(d.mean()).toBeCloseTo(0.5, 15);
    // p = 0.125 < F(c) = 0.5: √(0.125 · 1 · 0.5) = 0.25. p = 0.875: 1 − √(0.125 · 1 · 0.5) = 0.75.
    expect(d.quantile(0.125)).toBeCloseTo(0.25, 15);
    expect(d.quantile(0.875)).toBeCloseTo(0.75, 15);
    const skewed = createDistribution({ kind: 'triangular', min: 0.1, mode: 0.21, max: 0.3 });
    expect(skewed.mean()).toBeCloseTo((0.1 + 0.21 + 0.3) / 3, 15);
  });

  it('PERT: mean (a + 4m + b)/6; quantiles of the underlying beta by hand', () => {
    const d = createDistribution({ kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 });
    expect(d.mean()).toBeCloseTo((0.1 + 4 * 0.21 + 0.3) / 6, 15);
    // Symmetric PERT on [0, 1]: α = β = 3, so the median is 1/2 and I_0.25(3, 3) = 0.103515625.
    const symmetric = createDistribution({ kind: 'pert', min: 0, mode: 0.5, max: 1 });
    expect(symmetric.quantile(0.5)).toBeCloseTo(0.5, 12);
    expect(symmetric.quantile(0.103515625)).toBeCloseTo(0.25, 12);
    // λ = 1, mode = max: α = 2, β = 1, so the CDF is x² and the quantile √p.
    const powerLaw = createDistribution({ kind: 'pert', min: 0, mode: 1, max: 1, lambda: 1 });
    expect(powerLaw.quantile(0.49)).toBeCloseTo(0.7, 12);
    expect(powerLaw.mean()).toBeCloseTo(2 / 3, 15); // (0 + 1 · 1 + 1) / 3
  });

  it('normal: quantile mean + sd·Φ⁻¹(p)', () => {
    const d = createDistribution({ kind: 'normal', mean: 100, sd: 15 });
    expect(d.mean()).toBe(100);
    expect(d.quantile(0.9)).toBeCloseTo(100 + 15 * Z90, 10);
    expect(d.quantile(0.5)).toBe(100);
  });

  it('lognormal: median e^μ, mean e^(μ + σ²/2), and the P10/P90 and mean/sd constructors', () => {
    const d = createDistribution({ kind: 'lognormal', mu: Math.log(10), sigma: 0.5 });
    expect(d.quantile(0.5)).toBeCloseTo(10, 12);
    expect(d.mean()).toBeCloseTo(10 * Math.exp(0.125), 12);
    const fromPercentiles = createDistribution(lognormalFromP10P90(1_000_000, 4_000_000));
    expect(fromPercentiles.quantile(0.1)).toBeCloseTo(1_000_000, 4);
    expect(fromPercentiles.quantile(0.9)).toBeCloseTo(4_000_000, 4);
    expect(fromPercentiles.quantile(0.5)).toBeCloseTo(2_000_000, 4); // √(1e6 · 4e6)
    expect(createDistribution(lognormalFromMeanSd(100, 50)).mean()).toBeCloseTo(100, 10);
  });
});

describe('sample means with a fixed seed', () => {
  const n = 100_000;
  // Tolerance: 5 standard errors, sd/√n, with sd from the closed form.
  it.each<[DistributionSpec, number]>([
    [{ kind: 'uniform', min: 10, max: 30 }, 20 / Math.sqrt(12)],
    [{ kind: 'triangular', min: 0.1, mode: 0.21, max: 0.3 }, 0.041],
    [{ kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 }, 0.035],
    [{ kind: 'pert', min: 0, mode: 0.05, max: 1 }, 0.17],
    [{ kind: 'normal', mean: -3, sd: 2 }, 2],
    [{ kind: 'lognormal', mu: 0, sigma: 0.5 }, 0.61],
  ])('%o', (spec, sd) => {
    const d = createDistribution(spec);
    expect(Math.abs(sampleMean(d, n, 11) - d.mean())).toBeLessThan((5 * sd) / Math.sqrt(n));
  });

  it('PERT samples stay within [min, max]', () => {
    const d = createDistribution({ kind: 'pert', min: 0.1, mode: 0.1, max: 0.3 });
    const random = createRandom(5);
    for (let i = 0; i < 10_000; i++) {
      const x = d.sample(random);
      expect(x).toBeGreaterThanOrEqual(0.1);
      expect(x).toBeLessThanOrEqual(0.3);
    }
  });

  it('the same seed gives the same draws (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: MAX_SEED }),
        fc.constantFrom(...DISTRIBUTION_KINDS),
        (seed, kind) => {
          const d = createDistribution(fromLowLikelyHigh(kind, 1, 2, 4));
          const a = createRandom(seed);
          const b = createRandom(seed);
          for (let i = 0; i < 5; i++) expect(d.sample(a)).toBe(d.sample(b));
        },
      ),
    );
  });
});

describe('fromLowLikelyHigh', () => {
  it('states each kind’s reading', () => {
    expect(fromLowLikelyHigh('fixed', 0.1, 0.21, 0.3)).toEqual({ kind: 'fixed', value: 0.21 });
    expect(fromLowLikelyHigh('uniform', 0.1, 0.21, 0.3)).toEqual({ kind: 'uniform', min: 0.1, max: 0.3 });
    expect(fromLowLikelyHigh('pert', 0.1, 0.21, 0.3)).toEqual({
      kind: 'pert',
      min: 0.1,
      mode: 0.21,
      max: 0.3,
    });
    const normal = createDistribution(fromLowLikelyHigh('normal', 10, 20, 30));
    expect(normal.quantile(0.1)).toBeCloseTo(10, 10);
    expect(normal.quantile(0.9)).toBeCloseTo(30, 10);
    const lognormal = createDistribution(fromLowLikelyHigh('lognormal', 10, 20, 40));
    expect(lognormal.quantile(0.9)).toBeCloseTo(40, 10);
  });

  it('names the estimate that cannot make a lognormal', () => {
    expect(() => fromLowLikelyHigh('lognormal', 0, 1, 2)).toThrow(/lognormal\.low: not_positive/);
  });

  it('gives every kind in the registry a reading', () => {
    for (const kind of DISTRIBUTION_KINDS)
      expect(DISTRIBUTIONS[kind].fromLowLikelyHigh(1, 2, 3).kind).toBe(kind);
  });
});

describe('parameter checks', () => {
  it('name the refused parameter', () => {
    expect(checkDistribution({ kind: 'uniform', min: 3, max: 1 })).toEqual([
      { code: 'distribution_parameter', kind: 'uniform', path: ['max'], problem: 'out_of_order' },
    ]);
    expect(checkDistribution({ kind: 'triangular', min: 0, mode: 2, max: 1 })).toEqual([
      { code: 'distribution_parameter', kind: 'triangular', path: ['mode'], problem: 'out_of_order' },
    ]);
    expect(checkDistribution({ kind: 'pert', min: 0, mode: 0.5, max: 1, lambda: -1 })[0]?.path).toEqual([
      'lambda',
    ]);
    expect(checkDistribution({ kind: 'normal', mean: 0, sd: 0 })[0]?.path).toEqual(['sd']);
    expect(checkDistribution({ kind: 'lognormal', mu: Number.NaN, sigma: 1 })[0]).toMatchObject({
      path: ['mu'],
      problem: 'not_finite',
    });
    expect(checkDistribution({ kind: 'pert', min: 0.1, mode: 0.21, max: 0.3 })).toEqual([]);
  });

  it('make create throw a typed error carrying the issues', () => {
    let caught: unknown;
    try {
      createDistribution({ kind: 'normal', mean: 1, sd: -2 });
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(DistributionParameterError);
    expect((caught as DistributionParameterError).issues[0]?.path).toEqual(['sd']);
  });

  it('refuse quantiles outside [0, 1]', () => {
    expect(() => createDistribution({ kind: 'uniform', min: 0, max: 1 }).quantile(-0.1)).toThrow(RangeError);
  });
});
