import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { weightsFromPoints } from './direct-points.ts';
import { weightsFromSwing } from './swing-weighting.ts';
import { normaliseWeights, reweight } from './weights.ts';

describe('direct points', () => {
  it('divides the points by their sum: 50 / 30 / 20 → 0.5 / 0.3 / 0.2', () => {
    expect(weightsFromPoints(['a', 'b', 'c'], { a: 50, b: 30, c: 20 })).toEqual({
      method: 'directPoints',
      weights: { a: 0.5, b: 0.3, c: 0.2 },
      warnings: [],
    });
  });

  it('counts a criterion without points as 0 and reports it', () => {
    const result = weightsFromPoints(['a', 'b'], { a: 4 });
    expect(result.weights).toEqual({ a: 1, b: 0 });
    expect(result.warnings).toEqual([{ code: 'points_missing', path: ['points', 'b'] }]);
  });

  it('gives equal weights and a warning when every criterion has 0 points', () => {
    const result = weightsFromPoints(['a', 'b', 'c', 'd'], { a: 0, b: 0, c: 0, d: 0 });
    expect(result.weights).toEqual({ a: 0.25, b: 0.25, c: 0.25, d: 0.25 });
    expect(result.warnings).toEqual([{ code: 'points_all_zero', path: ['points'] }]);
  });

  it('rejects negative points', () => {
    expect(() => weightsFromPoints(['a'], { a: -1 })).toThrow(RangeError);
  });
});

describe('swing weighting', () => {
  it('normalises the swing ratings: 100 / 60 / 40 → 0.5 / 0.3 / 0.2', () => {
    const result = weightsFromSwing(['cost', 'quality', 'time'], { cost: 100, quality: 60, time: 40 });
    expect(result.method).toBe('swing');
    expect(result.weights.cost).toBeCloseTo(0.5, 12);
    expect(result.weights.quality).toBeCloseTo(0.3, 12);
    expect(result.weights.time).toBeCloseTo(0.2, 12);
    expect(result.warnings).toEqual([]);
  });

  it('warns when no swing is rated 100, and rejects a rating above 100', () => {
    expect(weightsFromSwing(['a', 'b'], { a: 80, b: 20 }).warnings).toEqual([
      { code: 'swing_top_not_100', path: ['ratings'] },
    ]);
    expect(() => weightsFromSwing(['a', 'b'], { a: 120, b: 20 })).toThrow(RangeError);
  });
});

describe('reweight', () => {
  it('keeps the other weights’ proportions: a 0.5 → 0.6 turns b 0.3, c 0.2 into 0.24, 0.16', () => {
    const w = reweight({ a: 0.5, b: 0.3, c: 0.2 }, 'a', 0.6);
    expect(w.a).toBe(0.6);
    expect(w.b).toBeCloseTo(0.24, 12);
    expect(w.c).toBeCloseTo(0.16, 12);
  });

  it('shares the rest equally when the criterion held all the weight', () => {
    expect(reweight({ a: 1, b: 0, c: 0 }, 'a', 0.5)).toEqual({ a: 0.5, b: 0.25, c: 0.25 });
  });

  it('always sums to 1 and keeps the ratios of the others (property)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 100 }), { minLength: 3, maxLength: 12 }),
        fc.double({ min: 0, max: 1, noNaN: true }),
        (points, t) => {
          const weights = normaliseWeights(Object.fromEntries(points.map((p, i) => [`c${i}`, p]))) as Record<
            string,
            number
          >;
          const w = reweight(weights, 'c0', t);
          expect(Object.values(w).reduce((s, v) => s + v, 0)).toBeCloseTo(1, 12);
          if (t < 1)
            expect((w.c1 as number) / (w.c2 as number)).toBeCloseTo(
              (weights.c1 as number) / (weights.c2 as number),
              9,
            );
        },
      ),
    );
  });
});
