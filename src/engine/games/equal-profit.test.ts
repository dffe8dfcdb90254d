import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCheck } from './core.ts';
import { equalProfit } from './equal-profit.ts';
import { gameFromCosts, totalCost } from './game.ts';
import { loadLpSolver } from './lp-solver.ts';
import { randomSubadditiveGame, seededRandom } from './random-game.ts';

const solver = await loadLpSolver();

// Players A, B, C in mask order: A = 1, B = 2, AB = 3, C = 4, AC = 5, BC = 6, N = 7.
function threePlayers(ab: number) {
  return gameFromCosts(['A', 'B', 'C'], Float64Array.of(0, 10, 40, ab, 80, 85, 115, 105));
}

describe('equalProfit (Frisk et al. 2010)', () => {
  it('gives everyone the same relative saving when that is in the core (hand calculation)', () => {
    // Alone 10, 40, 80; all three 105. Shares in proportion to the stand-alone costs, 105·(10, 40, 80)/130, pay
    // 40.4 ≤ 45 for A and B, 72.7 ≤ 85 for A and C and 96.9 ≤ 115 for B and C, so the spread is 0.
    const result = equalProfit(threePlayers(45), solver);
    [1050 / 130, 4200 / 130, 8400 / 130].forEach((x, i) => expect(result.allocation[i]).toBeCloseTo(x, 9));
    expect(result.spread).toBeCloseTo(0, 9);
    expect(result.warnings).toEqual([]);
  });

  it('keeps a cheap pair within its cost and evens out the rest (hand calculation)', () => {
    // If A and B can do it for 30, their cost ratios r = x/c satisfy 10 r_A + 40 r_B ≤ 30, and C pays the rest:
    // r_C = (105 − 10 r_A − 40 r_B)/80. The spread r_C − min(r_A, r_B) is smallest with r_A = r_B = 0.6:
    // x = (6, 24, 75), spread 75/80 − 0.6 = 0.3375. The other groups are within their costs (81 ≤ 85, 99 ≤ 115).
    const result = equalProfit(threePlayers(30), solver);
    [6, 24, 75].forEach((x, i) => expect(result.allocation[i]).toBeCloseTo(x, 9));
    expect(result.spread).toBeCloseTo(0.3375, 9);
  });

  it('relaxes the group constraints by the least-core value when the core is empty', () => {
    const result = equalProfit(
      gameFromCosts(['1', '2', '3'], Float64Array.of(0, 1, 1, 1, 1, 1, 1, 2)),
      solver,
    );
    expect(result.relaxation).toBeCloseTo(1 / 3, 9);
    expect(result.warnings).toEqual([{ code: 'core_empty', amount: result.relaxation }]);
    result.allocation.forEach((x) => expect(x).toBeCloseTo(2 / 3, 9));
  });

  it('leaves a player with zero stand-alone cost out of the spread, with a warning', () => {
    const result = equalProfit(gameFromCosts(['A', 'B'], Float64Array.of(0, 0, 8, 8)), solver);
    expect(result.warnings).toEqual([{ code: 'zero_stand_alone_cost', player: 0 }]);
    expect(Array.from(result.allocation)).toEqual([expect.closeTo(0, 9), expect.closeTo(8, 9)]);
  });

  it('is efficient and in the core when the core is non-empty, on random subadditive games', () => {
    fc.assert(
      fc.property(fc.integer({ min: 2, max: 6 }), fc.integer(), (n, seed) => {
        const game = randomSubadditiveGame(n, seededRandom(seed));
        const result = equalProfit(game, solver);
        expect(result.allocation.reduce((a, b) => a + b, 0)).toBeCloseTo(totalCost(game), 6);
        if (result.relaxation === 0)
          expect(coreCheck(game, result.allocation, { tolerance: 1e-6 }).inCore).toBe(true);
      }),
      { numRuns: 50 },
    );
  });
});
