import { describe, expect, it } from 'vitest';
import { SpanBasis, solveSquare } from './linear-algebra.ts';

describe('linear algebra', () => {
  it('tracks the span of incidence vectors', () => {
    const basis = new SpanBasis(3);
    expect(basis.add([1, 1, 1])).toBe(true);
    expect(basis.add([1, 1, 0])).toBe(true);
    expect(basis.contains([0, 0, 1])).toBe(true);
    expect(basis.contains([1, 0, 0])).toBe(false);
    expect(basis.add([2, 2, 1])).toBe(false);
    expect(basis.rank).toBe(2);
  });

  it('gives a basis of the null space: orthogonal to the span and completing its rank', () => {
    const basis = new SpanBasis(4);
    basis.add([1, 1, 1, 1]);
    basis.add([1, 1, 0, 0]);
    basis.add([0, 1, 1, 0]);
    const nulls = basis.nullSpace();
    expect(nulls).toHaveLength(1);
    const v = nulls[0] as Float64Array;
    for (const u of [
      [1, 1, 1, 1],
      [1, 1, 0, 0],
      [0, 1, 1, 0],
    ])
      expect(u.reduce((sum, value, i) => sum + value * (v[i] as number), 0)).toBeCloseTo(0, 12);
    expect(Math.max(...Array.from(v, Math.abs))).toBeGreaterThan(0.5);
    expect(new SpanBasis(2).nullSpace()).toHaveLength(2);
  });

  it('solves a square system and detects a singular one', () => {
    const x = solveSquare(
      [
        [2, 1],
        [1, 3],
      ],
      [3, 5],
    );
    expect(Array.from(x ?? [])).toEqual([expect.closeTo(0.8, 12), expect.closeTo(1.4, 12)]);
    expect(
      solveSquare(
        [
          [1, 2],
          [2, 4],
        ],
        [1, 2],
      ),
    ).toBeNull();
  });
});
