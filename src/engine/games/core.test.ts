import { describe, expect, it } from 'vitest';
import { coreCheck, isCoreEmpty } from './core.ts';
import { gameFromCosts } from './game.ts';
import { loadLpSolver } from './lp-solver.ts';

const solver = await loadLpSolver();

// Three municipalities (costs in million kroner): alone 6, 8 and 5; pairs 11, 10 and 12; all three 15.
const game = gameFromCosts(
  ['Melhus', 'Skaun', 'Midtre Gauldal'],
  Float64Array.of(0, 6, 8, 11, 5, 10, 12, 15),
);

describe('coreCheck', () => {
  it('accepts an allocation that no group can beat', () => {
    // Pairs pay 4.5 + 6.5 = 11 ≤ 11, 4.5 + 4 = 8.5 ≤ 10, 6.5 + 4 = 10.5 ≤ 12; singles below their own cost.
    expect(coreCheck(game, [4.5, 6.5, 4])).toEqual({
      inCore: true,
      balance: 0,
      violations: [],
      largest: null,
      hurt: [],
    });
  });

  it('finds the overcharged groups of a key, largest first, and who is hurt', () => {
    // A key charging 7, 3 and 5: Melhus pays 1 more than alone, and Melhus with Midtre Gauldal 2 more than the 10
    // they would pay together. Skaun is in no overcharged group.
    const check = coreCheck(game, [7, 3, 5]);
    expect(check.inCore).toBe(false);
    expect(check.violations).toEqual([
      { coalition: 0b101, members: ['Melhus', 'Midtre Gauldal'], pays: 12, alone: 10, excess: 2 },
      { coalition: 0b001, members: ['Melhus'], pays: 7, alone: 6, excess: 1 },
    ]);
    expect(check.largest?.excess).toBe(2);
    expect(check.hurt).toEqual([
      { player: 0, id: 'Melhus', excess: 2, coalition: 0b101 },
      { player: 2, id: 'Midtre Gauldal', excess: 2, coalition: 0b101 },
    ]);
  });

  it('reports an allocation that does not cover the total', () => {
    const check = coreCheck(game, [4, 6, 4]);
    expect(check.balance).toBe(-1);
    expect(check.inCore).toBe(false);
    expect(check.violations).toEqual([]);
  });

  it('ignores rounding below the tolerance', () => {
    expect(coreCheck(game, [6 + 1e-12, 5, 4 - 1e-12]).inCore).toBe(true);
  });

  it('throws when the allocation has the wrong length', () => {
    expect(() => coreCheck(game, [15])).toThrow(RangeError);
  });
});

describe('isCoreEmpty', () => {
  it('is false when some allocation satisfies every group', () => {
    expect(isCoreEmpty(game, solver)).toBe(false);
  });

  it('is true when every pair is cheap but all three are dear', () => {
    // x1 + x2 ≤ 1, x1 + x3 ≤ 1, x2 + x3 ≤ 1 sum to 2·x(N) ≤ 3, but x(N) = 2.
    expect(isCoreEmpty(gameFromCosts(['1', '2', '3'], Float64Array.of(0, 1, 1, 1, 1, 1, 1, 2)), solver)).toBe(
      true,
    );
  });
});
