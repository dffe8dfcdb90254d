import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gameFromCosts, gameFromFunction, totalCost } from './game.ts';
import { publishedGame } from './published-games.test-helpers.ts';
import { facilityLocationGame, playerIds, randomSubadditiveGame, seededRandom } from './random-game.ts';
import { shapley } from './shapley.ts';

function expectValues(actual: ArrayLike<number>, expected: readonly number[], digits: number) {
  expect(actual).toHaveLength(expected.length);
  expected.forEach((value, i) => expect(actual[i]).toBeCloseTo(value, digits));
}

describe('Shapley value of published games', () => {
  it('the Ibn Ezra inheritance game of Aumann (2010), IJGT 39(1), as in the CoopGame 0.2.2 shapleyValue documentation', () => {
    // Estate 120; claims 120, 60, 40, 30; v(S) = the largest claim in S. Published: 80.83333 20.83333 10.83333 7.50000.
    const { game } = publishedGame([120, 60, 40, 30, 120, 120, 120, 60, 60, 40, 120, 120, 120, 60, 120], {
      order: 'by-size',
      kind: 'cost',
    });
    expectValues(shapley(game), [80.83333, 20.83333, 10.83333, 7.5], 5);
  });

  it('the linear production game of the coopProductGame 2.0 shapleyValue documentation: (229, 272, 491)', () => {
    const { game, toPublished } = publishedGame([68, 102, 0, 170, 710, 762, 992], {
      order: 'by-size',
      kind: 'profit',
    });
    expectValues(toPublished(shapley(game)), [229, 272, 491], 9);
  });

  it('the cost game of the GameTheoryAllocation 1.0 Shapley_value documentation: (0.3333333, 0.3333333, 1.333333)', () => {
    const { game } = publishedGame([1, 1, 2, 1, 2, 2, 2], { order: 'by-size', kind: 'cost' });
    expectValues(shapley(game), [0.3333333, 0.3333333, 1.333333], 6);
  });

  it('Lemaire (1991) three insurers, by hand', () => {
    // φ1 = v(1)/3 + (v(12) − v(2))/6 + (v(13) − v(3))/6 + (v(N) − v(23))/3
    //    = 46125/3 + 51750/6 + 48000/6 + 59250/3 = 15375 + 8625 + 8000 + 19750 = 51750; likewise φ2 = 25875,
    //    φ3 = 90000 − 51750 − 25875 = 12375.
    const { game, toPublished } = publishedGame([46125, 69187.5, 90000, 53812.5, 17437.5, 30750, 5812.5], {
      order: 'depth-first',
      kind: 'profit',
    });
    expectValues(toPublished(shapley(game)), [51750, 25875, 12375], 6);
  });

  it('the glove game as a cost game, by hand', () => {
    // One left glove (player 1), two right gloves; a pair is worth 1: v(S) = min(#left, #right). As a cost game
    // c(S) = |S| − v(S). Player 1 completes a pair in the orders where it is not first: φ_v = (2/3, 1/6, 1/6),
    // so the costs are 1 − φ_v = (1/3, 5/6, 5/6).
    const game = gameFromFunction(['L', 'R1', 'R2'], (mask) => {
      const left = mask & 1 ? 1 : 0;
      const right = (mask & 2 ? 1 : 0) + (mask & 4 ? 1 : 0);
      return left + right - Math.min(left, right);
    });
    expectValues(shapley(game), [1 / 3, 5 / 6, 5 / 6], 12);
  });

  it('two municipalities share the saving equally', () => {
    expectValues(shapley(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11))), [4.5, 6.5], 12);
  });
});

describe('Shapley value properties', () => {
  const seeds = fc.record({ n: fc.integer({ min: 1, max: 8 }), seed: fc.integer() });

  it('is efficient: the shares sum to c(N)', () => {
    fc.assert(
      fc.property(seeds, ({ n, seed }) => {
        const game = randomSubadditiveGame(n, seededRandom(seed));
        expect(shapley(game).reduce((a, b) => a + b, 0)).toBeCloseTo(totalCost(game), 9);
      }),
    );
  });

  it('treats symmetric players alike', () => {
    fc.assert(
      fc.property(seeds, ({ n, seed }) => {
        const next = seededRandom(seed);
        const m = n + 1;
        const service = Array.from({ length: m }, () => [1 + 19 * next(), 1 + 19 * next(), 1 + 19 * next()]);
        service[1] = [...(service[0] as number[])];
        const phi = shapley(facilityLocationGame(playerIds(m), [30 * next(), 40, 50 * next()], service));
        expect(phi[1]).toBeCloseTo(phi[0] as number, 9);
      }),
    );
  });

  it('gives a null player (one who adds nothing to any group) zero', () => {
    fc.assert(
      fc.property(seeds, fc.nat(), ({ n, seed }, position) => {
        const base = randomSubadditiveGame(n, seededRandom(seed));
        const nul = position % (n + 1);
        // Remove the null player's bit and close the gap to read the base game's cost.
        const without = (mask: number) => (mask & ((1 << nul) - 1)) | ((mask >> (nul + 1)) << nul);
        const game = gameFromFunction(playerIds(n + 1), (mask) => base.costs[without(mask)] as number);
        expect(shapley(game)[nul]).toBeCloseTo(0, 9);
      }),
    );
  });
});
