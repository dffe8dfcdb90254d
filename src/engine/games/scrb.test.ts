import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gameFromCosts, totalCost } from './game.ts';
import { publishedGame } from './published-games.test-helpers.ts';
import { randomSubadditiveGame, seededRandom } from './random-game.ts';
import { scrb } from './scrb.ts';

describe('scrb', () => {
  it('the cost game of Young (1985), "Monotonic solutions of cooperative games", IJGT 14(2), p. 68, by hand', () => {
    // c(1) = 15, c(2) = 20, c(3) = 55, c(12) = 35, c(13) = 61, c(23) = 65, c(N) = 78.
    // Separable costs s = (78 − 65, 78 − 61, 78 − 35) = (13, 17, 43), non-separable 78 − 73 = 5,
    // remaining benefits r = (15 − 13, 20 − 17, 55 − 43) = (2, 3, 12), Σ r = 17.
    const { game } = publishedGame([15, 20, 55, 35, 61, 65, 78], { order: 'by-size', kind: 'cost' });
    const result = scrb(game);
    expect(Array.from(result.separable)).toEqual([13, 17, 43]);
    expect(Array.from(result.remaining)).toEqual([2, 3, 12]);
    const expected = [13 + (5 * 2) / 17, 17 + (5 * 3) / 17, 43 + (5 * 12) / 17];
    result.allocation.forEach((x, i) => expect(x).toBeCloseTo(expected[i] as number, 12));
    expect(result.warnings).toEqual([]);
  });

  it('takes a negative remaining benefit as zero, with a warning', () => {
    // c(AB) = 15 > 6 + 8: A's separable cost 15 − 8 = 7 exceeds its stand-alone cost 6.
    const result = scrb(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 15)));
    expect(result.warnings).toEqual([
      { code: 'negative_remaining_benefit', player: 0, amount: -1 },
      { code: 'negative_remaining_benefit', player: 1, amount: -1 },
      { code: 'no_remaining_benefit' },
    ]);
    // s = (7, 9), non-separable 15 − 16 = −1 split equally.
    expect(Array.from(result.allocation)).toEqual([6.5, 8.5]);
  });

  it('gives a single player its own cost, without warnings', () => {
    expect(scrb(gameFromCosts(['A'], Float64Array.of(0, 7)))).toMatchObject({
      allocation: Float64Array.of(7),
      warnings: [],
    });
  });

  it('is efficient on random subadditive games', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 8 }), fc.integer(), (n, seed) => {
        const game = randomSubadditiveGame(n, seededRandom(seed));
        expect(scrb(game).allocation.reduce((a, b) => a + b, 0)).toBeCloseTo(totalCost(game), 9);
      }),
    );
  });
});
