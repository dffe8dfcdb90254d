import { describe, expect, it } from 'vitest';
import { isSubadditive } from './game-checks.ts';
import {
  facilityLocationGame,
  randomFacilityGame,
  randomSubadditiveGame,
  seededRandom,
} from './random-game.ts';

describe('random games', () => {
  it('the seeded generator repeats itself and stays in [0, 1)', () => {
    const a = seededRandom(42);
    const b = seededRandom(42);
    const draws = Array.from({ length: 1000 }, () => a());
    expect(draws).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(draws.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(seededRandom(43)()).not.toBe(seededRandom(42)());
  });

  it('facility location: one site of cost 10, service 1 and 2, by hand', () => {
    expect(Array.from(facilityLocationGame(['A', 'B'], [10], [[1], [2]]).costs)).toEqual([0, 11, 12, 13]);
  });

  it('facility location: a group opens a second site when that is cheaper', () => {
    // Sites cost 5 and 5; A is 1 from site 0 and 9 from site 1, B the reverse. Together: both sites, 5 + 5 + 1 + 1.
    const game = facilityLocationGame(
      ['A', 'B'],
      [5, 5],
      [
        [1, 9],
        [9, 1],
      ],
    );
    expect(Array.from(game.costs)).toEqual([0, 6, 6, 12]);
  });

  it('generates subadditive games, the same for the same seed', () => {
    for (const seed of [1, 2, 3]) {
      const game = randomSubadditiveGame(7, seededRandom(seed));
      expect(isSubadditive(game).holds).toBe(true);
      expect(randomSubadditiveGame(7, seededRandom(seed)).costs).toEqual(game.costs);
      expect(isSubadditive(randomFacilityGame(7, seededRandom(seed))).holds).toBe(true);
    }
  });
});
