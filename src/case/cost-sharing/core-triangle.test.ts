import { describe, expect, it } from 'vitest';
import { gameFromCosts } from '../../engine/games/game.ts';
import { coreTriangle } from './core-triangle.ts';

describe('coreTriangle', () => {
  it('cuts the corners off the triangle of savings where a pair would pay more than on its own', () => {
    // Alone 10 each, any pair 16 (saving 4), all three 21: the total saving is 30 − 21 = 9. A pair pays at
    // most 16, so the third pays at least 5 and keeps at most 10 − 5 = 5 of the 9: b_k ≤ 5/9 for every k.
    const game = gameFromCosts(['A', 'B', 'C'], Float64Array.of(0, 10, 10, 16, 10, 16, 16, 21));
    const triangle = coreTriangle(game, [
      { id: 'equal', amounts: [7, 7, 7], inCore: true },
      { id: 'skewed', amounts: [3, 9, 9], inCore: false },
    ]);
    expect(triangle?.totalSaving).toBe(9);
    expect(triangle?.core).toHaveLength(6);
    for (const corner of triangle?.core ?? []) {
      expect(corner.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
      expect(Math.max(...corner)).toBeCloseTo(5 / 9, 12);
      expect(Math.min(...corner)).toBeGreaterThanOrEqual(-1e-12);
    }
    // Equal shares save 3 each: (1/3, 1/3, 1/3). A pays 3 and saves 7 of 9: outside, beyond 5/9.
    expect(triangle?.points[0]?.at).toEqual([1 / 3, 1 / 3, 1 / 3]);
    expect(triangle?.points[1]?.at.map((b) => b * 9)).toEqual([7, 1, 1]);
  });

  it('shrinks the core to one point when every group saves the same share', () => {
    // Alone 5, 4, 3; every group of two or more pays 80 % of its members' costs: only x = 0.8 · c(i) is in the core.
    const c = [0, 5, 4, 7.2, 3, 6.4, 5.6, 9.6];
    const triangle = coreTriangle(gameFromCosts(['A', 'B', 'C'], Float64Array.from(c)), []);
    expect(triangle?.core).toHaveLength(1);
    triangle?.core[0]?.forEach((b, i) => expect(b).toBeCloseTo(([5, 4, 3][i] as number) / 12, 12));
  });

  it('draws nothing for other than three players, or when the group saves nothing', () => {
    expect(coreTriangle(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11)), [])).toBeNull();
    const noSaving = gameFromCosts(['A', 'B', 'C'], Float64Array.of(0, 1, 1, 2, 1, 2, 2, 3));
    expect(coreTriangle(noSaving, [])).toBeNull();
  });
});
