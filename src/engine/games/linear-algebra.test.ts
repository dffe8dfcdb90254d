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
