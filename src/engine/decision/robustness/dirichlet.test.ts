import { describe, expect, it } from 'vitest';
import { createRandom } from '../../random/seeded-random.ts';
import { sampleDirichlet } from './dirichlet.ts';

function moments(alphas: number[], n: number, seed: number) {
  const random = createRandom(seed);
  const draws = Array.from({ length: n }, () => sampleDirichlet(random, alphas));
  const mean = alphas.map((_, i) => draws.reduce((s, d) => s + (d[i] as number), 0) / n);
  const sd = alphas.map((_, i) =>
    Math.sqrt(draws.reduce((s, d) => s + ((d[i] as number) - (mean[i] as number)) ** 2, 0) / n),
  );
  return { draws, mean, sd };
}

describe('sampleDirichlet', () => {
  it('has mean w and standard deviation √(w(1 − w)/(κ + 1)) for Dirichlet(κ·w): ±0.056 around 0.2 with κ = 50', () => {
    const { draws, mean, sd } = moments([10, 15, 25], 20_000, 11);
    for (const d of draws) expect(d.reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
    // Standard error of the mean ≈ 0.056 / √20 000 ≈ 0.0004; 0.003 is over seven of them.
    expect(mean[0]).toBeCloseTo(0.2, 2);
    expect(Math.abs((mean[2] as number) - 0.5)).toBeLessThan(0.003);
    expect(Math.abs((sd[0] as number) - Math.sqrt((0.2 * 0.8) / 51))).toBeLessThan(0.002);
  });

  it('is uniform on the simplex for α = 1: each mean 1/n, each variance (n − 1)/(n²(n + 1))', () => {
    const { mean, sd } = moments([1, 1, 1, 1], 20_000, 12);
    for (const m of mean) expect(Math.abs(m - 0.25)).toBeLessThan(0.005);
    for (const s of sd) expect(Math.abs(s - Math.sqrt(3 / (16 * 5)))).toBeLessThan(0.004);
  });

  it('keeps a component with α = 0 at 0, and rejects bad parameters', () => {
    expect(sampleDirichlet(createRandom(1), [0, 2, 3])[0]).toBe(0);
    expect(() => sampleDirichlet(createRandom(1), [0, 0])).toThrow(RangeError);
    expect(() => sampleDirichlet(createRandom(1), [-1, 2])).toThrow(RangeError);
  });
});
