import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DEFAULT_SCALE, isOnScale } from './anchored-scale.ts';
import { rankByWeightedSum } from './weighted-sum.ts';

const SCORES = {
  ko: { styring: 3, kostnad: 4, fagmiljo: 4 },
  vk: { styring: 4, kostnad: 3, fagmiljo: 5 },
  iks: { styring: 2, kostnad: 4, fagmiljo: 3 },
};

describe('rankByWeightedSum', () => {
  it('ranks by the weighted sum (hand-calculated)', () => {
    const result = rankByWeightedSum(
      ['ko', 'vk', 'iks'],
      { styring: 0.5, kostnad: 0.3, fagmiljo: 0.2 },
      SCORES,
    );
    // ko: 0.5·3 + 0.3·4 + 0.2·4 = 1.5 + 1.2 + 0.8 = 3.5
    // vk: 0.5·4 + 0.3·3 + 0.2·5 = 2.0 + 0.9 + 1.0 = 3.9
    // iks: 0.5·2 + 0.3·4 + 0.2·3 = 1.0 + 1.2 + 0.6 = 2.8
    expect(result.ranking.map((r) => [r.id, Number(r.value.toFixed(10)), r.rank])).toEqual([
      ['vk', 3.9, 1],
      ['ko', 3.5, 2],
      ['iks', 2.8, 3],
    ]);
    expect(result.top).toEqual(['vk']);
    expect(result.warnings).toEqual([]);
  });

  it('gives tied models the same rank and keeps their input order', () => {
    const result = rankByWeightedSum(
      ['a', 'b', 'c'],
      { x: 0.5, y: 0.5 },
      {
        a: { x: 1, y: 3 },
        b: { x: 3, y: 1 },
        c: { x: 4, y: 4 },
      },
    );
    expect(result.ranking.map((r) => [r.id, r.rank])).toEqual([
      ['c', 1],
      ['a', 2],
      ['b', 2],
    ]);
  });

  it('leaves out a model without a score on a weighted criterion and reports it', () => {
    const result = rankByWeightedSum(['ko', 'vk'], { styring: 1 }, { ko: { styring: 3 }, vk: {} });
    expect(result.excluded).toEqual(['vk']);
    expect(result.warnings).toEqual([{ code: 'score_missing', path: ['scores', 'vk'] }]);
  });

  it('keeps the ranking when every score is multiplied by the same positive number or shifted (property)', () => {
    const score = fc.integer({ min: 1, max: 5 });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, score, score), { minLength: 2, maxLength: 6 }),
        fc.tuple(
          fc.integer({ min: 1, max: 10 }),
          fc.integer({ min: 1, max: 10 }),
          fc.integer({ min: 1, max: 10 }),
        ),
        fc.double({ min: 0.01, max: 1000, noNaN: true }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (rows, points, factor, shift) => {
          const total = points[0] + points[1] + points[2];
          const weights = { x: points[0] / total, y: points[1] / total, z: points[2] / total };
          const ids = rows.map((_, i) => `m${i}`);
          const table = (f: (s: number) => number) =>
            Object.fromEntries(rows.map((r, i) => [`m${i}`, { x: f(r[0]), y: f(r[1]), z: f(r[2]) }]));
          const ranks = (f: (s: number) => number) =>
            rankByWeightedSum(ids, weights, table(f)).ranking.map((r) => [r.id, r.rank]);
          expect(ranks((s) => s * factor)).toEqual(ranks((s) => s));
          expect(ranks((s) => s + shift)).toEqual(ranks((s) => s));
        },
      ),
    );
  });
});

describe('anchored scale', () => {
  it('has an anchor for each level 1–5', () => {
    expect(DEFAULT_SCALE.anchors.map((a) => a.level)).toEqual([1, 2, 3, 4, 5]);
    expect(isOnScale(DEFAULT_SCALE, 3.5)).toBe(true);
    expect(isOnScale(DEFAULT_SCALE, 0)).toBe(false);
  });
});
