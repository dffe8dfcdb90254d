import { describe, expect, it } from 'vitest';
import { monteCarloFirstRank } from './monte-carlo-ranking.ts';

const SCORES = {
  ko: { styring: 3, kostnad: 4, fagmiljo: 4 },
  vk: { styring: 4, kostnad: 3, fagmiljo: 5 },
  iks: { styring: 2, kostnad: 5, fagmiljo: 3 },
  dominated: { styring: 1, kostnad: 1, fagmiljo: 1 },
};
const MODELS = ['ko', 'vk', 'iks', 'dominated'];
const WEIGHTS = { styring: 0.5, kostnad: 0.3, fagmiljo: 0.2 };

describe('monteCarloFirstRank', () => {
  it('gives the identical result for the same seed', () => {
    const a = monteCarloFirstRank(MODELS, WEIGHTS, SCORES, { seed: 2026, iterations: 2000 });
    const b = monteCarloFirstRank(MODELS, WEIGHTS, SCORES, { seed: 2026, iterations: 2000 });
    expect(a).toEqual(b);
    expect(
      monteCarloFirstRank(MODELS, WEIGHTS, SCORES, { seed: 7, iterations: 2000 }).probabilityFirst,
    ).not.toEqual(a.probabilityFirst);
  });

  it('gives probabilities that sum to 1, and 0 for a model that is never best', () => {
    for (const distribution of [
      { kind: 'dirichlet', concentration: 50 },
      { kind: 'uniformSimplex' },
    ] as const) {
      const result = monteCarloFirstRank(MODELS, WEIGHTS, SCORES, {
        seed: 1,
        iterations: 3000,
        distribution,
      });
      const total = Object.values(result.probabilityFirst).reduce((s, p) => s + p, 0);
      expect(total).toBeCloseTo(1, 12);
      expect(result.probabilityFirst.dominated).toBe(0);
      expect(result.distribution).toEqual(distribution);
    }
  });

  it('states the default distribution (Dirichlet around the weights, κ = 50) and iteration count', () => {
    const result = monteCarloFirstRank(MODELS, WEIGHTS, SCORES, { seed: 3 });
    expect(result.distribution).toEqual({ kind: 'dirichlet', concentration: 50 });
    expect(result.iterations).toBe(10_000);
    // vk leads at the group weights (3.9 vs 3.5 and 3.1), so it should be first most of the time.
    expect(result.probabilityFirst.vk).toBeGreaterThan(0.5);
  });

  it('shares a tie for first equally', () => {
    const result = monteCarloFirstRank(
      ['a', 'b'],
      { x: 0.5, y: 0.5 },
      { a: { x: 2, y: 3 }, b: { x: 2, y: 3 } },
      { seed: 5, iterations: 100 },
    );
    expect(result.probabilityFirst).toEqual({ a: 0.5, b: 0.5 });
  });

  it('keeps a criterion with weight 0 at 0 under the Dirichlet', () => {
    // b wins only on y; with y's weight fixed at 0, a is first in every draw.
    const result = monteCarloFirstRank(
      ['a', 'b'],
      { x: 1, y: 0 },
      { a: { x: 5, y: 1 }, b: { x: 4, y: 5 } },
      { seed: 9, iterations: 500 },
    );
    expect(result.probabilityFirst).toEqual({ a: 1, b: 0 });
  });

  it('rejects a bad seed or iteration count', () => {
    expect(() => monteCarloFirstRank(MODELS, WEIGHTS, SCORES, { seed: -1 })).toThrow(RangeError);
    expect(() => monteCarloFirstRank(MODELS, WEIGHTS, SCORES, { seed: 1, iterations: 0 })).toThrow(
      RangeError,
    );
  });
});
