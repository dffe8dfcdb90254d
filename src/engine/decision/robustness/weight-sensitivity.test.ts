import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { rankByWeightedSum, type ScoreTable } from '../scoring/weighted-sum.ts';
import { reweight, type Weights } from '../weights/weights.ts';
import { weightSensitivity } from './weight-sensitivity.ts';

const top = (alternatives: string[], weights: Weights, scores: ScoreTable) =>
  rankByWeightedSum(alternatives, weights, scores).top;

describe('weightSensitivity: hand-calculated two-model case', () => {
  // A: cost 5, control 1; B: cost 1, control 5. Weights 0.6 / 0.4: A = 3.4, B = 2.6.
  // With w_cost = t: A = 5t + 1(1 − t) = 1 + 4t, B = t + 5(1 − t) = 5 − 4t, tied at t = 0.5.
  const scores = { A: { cost: 5, control: 1 }, B: { cost: 1, control: 5 } };
  const weights = { cost: 0.6, control: 0.4 };
  const result = weightSensitivity(['A', 'B'], weights, scores);

  it('finds the tie at w_cost = 0.5 (a decrease of 0.1) and at w_control = 0.5 (an increase of 0.1)', () => {
    expect(result.method).toBe('analyticLinear');
    expect(result.top).toBe('A');
    const [cost, control] = result.criteria;
    expect(cost?.decrease?.weight).toBeCloseTo(0.5, 12);
    expect(cost?.decrease?.change).toBeCloseTo(-0.1, 12);
    expect(cost?.decrease?.newTop).toBe('B');
    expect(cost?.increase).toBeNull();
    expect(control?.increase?.weight).toBeCloseTo(0.5, 12);
    expect(control?.smallest?.change).toBeCloseTo(0.1, 12);
  });

  it('flips the top model exactly at the computed weight: A just above, B just below', () => {
    const flip = result.criteria[0]?.decrease;
    if (!flip) throw new Error('no flip');
    expect(top(['A', 'B'], reweight(weights, 'cost', flip.weight + 1e-9), scores)).toEqual(['A']);
    expect(top(['A', 'B'], reweight(weights, 'cost', flip.weight - 1e-9), scores)).toEqual(['B']);
  });
});

describe('weightSensitivity: three models, three criteria', () => {
  const scores = {
    ko: { styring: 3, kostnad: 4, fagmiljo: 4 },
    vk: { styring: 4, kostnad: 3, fagmiljo: 5 },
    iks: { styring: 2, kostnad: 5, fagmiljo: 3 },
  };
  const weights = { styring: 0.5, kostnad: 0.3, fagmiljo: 0.2 };

  it('names the first rival to overtake when a weight moves (hand-calculated)', () => {
    // vk = 3.9, ko = 3.5, iks = 3.1. Raising kostnad to t (others rescaled from 0.5 : 0.2):
    // R_vk = (0.5·4 + 0.2·5)/0.7 = 30/7, R_ko = (0.5·3 + 0.2·4)/0.7 = 23/7, R_iks = (0.5·2 + 0.2·3)/0.7 = 16/7.
    // vk vs ko: 3t + (1 − t)·30/7 = 4t + (1 − t)·23/7 → t = 7/14 = 0.5.
    // vk vs iks: 3t + (1 − t)·30/7 = 5t + (1 − t)·16/7 → t = 14/28 = 0.5. Both tie vk at 0.5; iks rises faster, so it leads beyond.
    const kostnad = weightSensitivity(['ko', 'vk', 'iks'], weights, scores).criteria[1];
    expect(kostnad?.increase?.weight).toBeCloseTo(0.5, 12);
    expect(kostnad?.increase?.newTop).toBe('iks');
    expect(top(['ko', 'vk', 'iks'], reweight(weights, 'kostnad', 0.5 + 1e-9), scores)).toEqual(['iks']);
    expect(top(['ko', 'vk', 'iks'], reweight(weights, 'kostnad', 0.5 - 1e-9), scores)).toEqual(['vk']);
  });

  it('flips the top model exactly at every computed weight, on both sides (property)', () => {
    const score = fc.integer({ min: 1, max: 5 });
    const alternatives = ['m0', 'm1', 'm2', 'm3'];
    fc.assert(
      fc.property(
        fc.array(fc.tuple(score, score, score), { minLength: 4, maxLength: 4 }),
        fc.tuple(
          fc.integer({ min: 1, max: 10 }),
          fc.integer({ min: 1, max: 10 }),
          fc.integer({ min: 1, max: 10 }),
        ),
        (rows, points) => {
          const total = points[0] + points[1] + points[2];
          const w: Weights = { x: points[0] / total, y: points[1] / total, z: points[2] / total };
          const table = Object.fromEntries(rows.map((r, i) => [`m${i}`, { x: r[0], y: r[1], z: r[2] }]));
          const current = rankByWeightedSum(alternatives, w, table);
          fc.pre(current.top.length === 1);
          const result = weightSensitivity(alternatives, w, table);
          for (const c of result.criteria) {
            for (const flip of [c.increase, c.decrease]) {
              if (!flip) continue;
              const direction = Math.sign(flip.change);
              const before = top(
                alternatives,
                reweight(w, c.criterionId, flip.weight - direction * 1e-9),
                table,
              );
              const after = top(
                alternatives,
                reweight(w, c.criterionId, flip.weight + direction * 1e-9),
                table,
              );
              expect(before).toContain(result.top);
              expect(after).toContain(flip.newTop);
            }
          }
        },
      ),
    );
  });
});

describe('weightSensitivity: edge cases', () => {
  it('gives no flip when one model is best on every criterion', () => {
    const result = weightSensitivity(
      ['a', 'b'],
      { x: 0.5, y: 0.5 },
      { a: { x: 5, y: 5 }, b: { x: 1, y: 2 } },
    );
    expect(result.criteria.map((c) => c.smallest)).toEqual([null, null]);
  });

  it('warns when the top is already tied', () => {
    const result = weightSensitivity(
      ['a', 'b'],
      { x: 0.5, y: 0.5 },
      { a: { x: 1, y: 3 }, b: { x: 3, y: 1 } },
    );
    expect(result.warnings.map((w) => w.code)).toEqual(['top_tied']);
  });
});

describe('weightSensitivity: missing scores', () => {
  it('leaves out a model without a score on a criterion that now has weight 0, and says so', () => {
    const result = weightSensitivity(
      ['a', 'b', 'c'],
      { x: 1, y: 0 },
      {
        a: { x: 5, y: 1 },
        b: { x: 4, y: 5 },
        c: { x: 3 },
      },
    );
    expect(result.warnings).toEqual([{ code: 'sensitivity_score_missing', path: ['scores', 'c'] }]);
    // Raising y from 0: a = 5(1 − t) + t, b = 4(1 − t) + 5t, tied at t = 0.2.
    expect(result.criteria[1]?.increase).toEqual({ weight: 0.2, change: 0.2, newTop: 'b' });
  });
});
