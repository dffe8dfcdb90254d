import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupWeightsByJudgements, groupWeightsByMeanOfWeights } from './group-weights.ts';

describe('group weights', () => {
  it('AIJ: the geometric mean of 4 and 1 is 2, so the group weights are 2/3 and 1/3', () => {
    const group = groupWeightsByJudgements(
      ['a', 'b'],
      [
        { personId: 'p1', judgements: [{ a: 'a', b: 'b', value: 4 }] },
        { personId: 'p2', judgements: [{ a: 'a', b: 'b', value: 1 }] },
      ],
    );
    expect(group.method).toBe('aij');
    expect(group.weights.a).toBeCloseTo(2 / 3, 12);
    expect(group.weights.b).toBeCloseTo(1 / 3, 12);
    expect(group.persons.map((p) => p.weights.a)).toEqual([0.8, 0.5]);
  });

  it('AIP: the mean of 0.8 and 0.5 is 0.65 – a different answer from AIJ for the same persons, which is why the method is stated', () => {
    const group = groupWeightsByMeanOfWeights(
      ['a', 'b'],
      [
        { personId: 'p1', weights: { a: 0.8, b: 0.2 } },
        { personId: 'p2', weights: { a: 0.5, b: 0.5 } },
      ],
    );
    expect(group.method).toBe('aip');
    expect(group.weights.a).toBeCloseTo(0.65, 12);
    expect(group.weights.b).toBeCloseTo(0.35, 12);
  });

  it('AIJ of consistent persons is the normalised geometric mean of their weights (property)', () => {
    const positive = fc.double({ min: 0.1, max: 10, noNaN: true });
    fc.assert(
      fc.property(
        fc.array(fc.tuple(positive, positive, positive), { minLength: 1, maxLength: 5 }),
        (persons) => {
          const criteria = ['x', 'y', 'z'];
          const group = groupWeightsByJudgements(
            criteria,
            persons.map((w, p) => ({
              personId: `p${p}`,
              judgements: [
                { a: 'x', b: 'y', value: w[0] / w[1] },
                { a: 'x', b: 'z', value: w[0] / w[2] },
                { a: 'y', b: 'z', value: w[1] / w[2] },
              ],
            })),
          );
          const geo = [0, 1, 2].map((i) =>
            Math.exp(persons.reduce((s, w) => s + Math.log(w[i] as number), 0) / persons.length),
          );
          const sum = geo.reduce((s, v) => s + v, 0);
          for (const [i, id] of criteria.entries())
            expect(group.weights[id]).toBeCloseTo((geo[i] as number) / sum, 9);
          expect(group.groupAhp?.consistencyRatio).toBeCloseTo(0, 9);
        },
      ),
    );
  });

  it('reports a person’s inconsistent judgements under that person', () => {
    const group = groupWeightsByJudgements(
      ['a', 'b', 'c'],
      [
        {
          personId: 'kari',
          judgements: [
            { a: 'a', b: 'b', value: 9 },
            { a: 'b', b: 'c', value: 9 },
            { a: 'c', b: 'a', value: 9 },
          ],
        },
      ],
    );
    expect(group.warnings.filter((w) => w.path[0] === 'persons').map((w) => [w.code, w.path[1]])).toEqual([
      ['ahp_inconsistent', 'kari'],
    ]);
  });

  it('rejects a person whose weights do not sum to 1', () => {
    expect(() =>
      groupWeightsByMeanOfWeights(['a', 'b'], [{ personId: 'p', weights: { a: 0.5, b: 0.6 } }]),
    ).toThrow(RangeError);
  });
});
