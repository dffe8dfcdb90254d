import { describe, expect, it } from 'vitest';
import { coalitionSize, gameFromCosts, gameFromFunction } from './game.ts';
import { gameWarnings, isConvex, isSubadditive } from './game-checks.ts';
import { randomFacilityGame, randomSubadditiveGame, seededRandom } from './random-game.ts';

describe('isSubadditive', () => {
  it('finds the group that costs more together than apart', () => {
    const check = isSubadditive(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 15)));
    expect(check).toEqual({
      holds: false,
      violationCount: 1,
      violations: [{ coalition: 0b11, parts: [0b01, 0b10], together: 15, apart: 14, excess: 1 }],
    });
  });

  it('checks every split, not only singletons, and lists the largest first', () => {
    // c(ABC) = 20 > c(AB) + c(C) = 9 + 10 although each member alone costs 10.
    const game = gameFromCosts(['A', 'B', 'C'], Float64Array.of(0, 10, 10, 9, 10, 18, 18, 20));
    const check = isSubadditive(game, { limit: 1 });
    expect(check.holds).toBe(false);
    expect(check.violationCount).toBe(1);
    expect(check.violations[0]).toMatchObject({ coalition: 0b111, parts: [0b011, 0b100], excess: 1 });
  });

  it('holds for the generated games', () => {
    expect(isSubadditive(randomSubadditiveGame(8, seededRandom(3))).holds).toBe(true);
    expect(isSubadditive(randomFacilityGame(8, seededRandom(3))).holds).toBe(true);
  });
});

describe('isConvex (concave cost function)', () => {
  it('holds for a fixed cost plus a cost per member', () => {
    expect(isConvex(gameFromFunction(['A', 'B', 'C'], (s) => 10 + 4 * coalitionSize(s))).holds).toBe(true);
  });

  it('finds a player whose extra cost grows when another joins, largest first', () => {
    // A's extra cost is 5 after B (c(AB) − c(B) = 15 − 10) but 10 once C has joined too (c(ABC) − c(BC) = 25 − 15),
    // and 10 alone but 12 after C (c(AC) − c(C) = 22 − 10). The other pairs' extra costs shrink.
    const game = gameFromCosts(['A', 'B', 'C'], Float64Array.of(0, 10, 10, 15, 10, 22, 15, 25));
    const check = isConvex(game);
    expect(check.holds).toBe(false);
    expect(check.violationCount).toBe(2);
    expect(check.violations).toEqual([
      { coalition: 0b010, player: 0, joining: 2, extraAlone: 5, extraWith: 10, excess: 5 },
      { coalition: 0, player: 0, joining: 2, extraAlone: 10, extraWith: 12, excess: 2 },
    ]);
  });
});

describe('gameWarnings', () => {
  it('warns about a game that is neither subadditive nor convex', () => {
    expect(gameWarnings(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 15)))).toEqual([
      { code: 'not_subadditive', coalition: 0b11, amount: 1 },
      { code: 'not_convex', coalition: 0b11, amount: 1 },
    ]);
  });

  it('is silent for a convex game', () => {
    expect(gameWarnings(gameFromFunction(['A', 'B', 'C'], (s) => 10 + 4 * coalitionSize(s)))).toEqual([]);
  });
});
