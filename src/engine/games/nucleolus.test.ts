import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { coreCheck, isCoreEmpty } from './core.ts';
import { coalitionSize, gameFromCosts, gameFromFunction, totalCost } from './game.ts';
import { kohlbergCheck } from './kohlberg.ts';
import { loadLpSolver } from './lp-solver.ts';
import { nucleolus, nucleolusPlain } from './nucleolus.ts';
import { publishedGame } from './published-games.test-helpers.ts';
import { playerIds, randomFacilityGame, randomSubadditiveGame, seededRandom } from './random-game.ts';
import { shapley } from './shapley.ts';

const solver = await loadLpSolver();

function expectValues(actual: readonly number[], expected: readonly number[], digits: number) {
  expect(actual).toHaveLength(expected.length);
  actual.forEach((value, i) => expect(value).toBeCloseTo(expected[i] as number, digits));
}

/**
 * Published games with their published nucleolus. Guajardo & Jörnsten (2015), "Common mistakes in
 * computing the nucleolus", EJOR 241(3), 931–935, recomputed the nucleolus of games from the literature;
 * the values and the depth-first coalition order are as in their Table/examples (transcribed in the test
 * suite of A. Churkin's Nucleolus.jl).
 */
const PUBLISHED = [
  {
    name: 'Lemaire (1991), ASTIN Bulletin 21(1): three insurers, profit game; G&J (2015) example 1',
    values: [46125, 69187.5, 90000, 53812.5, 17437.5, 30750, 5812.5],
    order: 'depth-first',
    kind: 'profit',
    nucleolus: [52687.5, 24468.75, 12843.75],
    digits: 2,
  },
  {
    name: 'Hasan et al. (2011), mobiles in broadcast transmission, cost game; G&J (2015) example 2',
    values: [8, 8, 10, 20, 19, 10, 20, 19, 1, 10, 13, 12, 10, 12, 11],
    order: 'depth-first',
    kind: 'cost',
    nucleolus: [7.5, 0.5, 1.5, 10.5],
    digits: 6,
  },
  {
    name: 'Oh & Shin (2012), manufacturing, cost game; G&J (2015) example 3',
    values: [375144, 568232, 772500, 551055, 245280, 452411, 211239],
    order: 'depth-first',
    kind: 'cost',
    nucleolus: [331695.25, 233051.25, 207753.5],
    digits: 2,
  },
  {
    name: 'Sakawa, Nishizaki & Uemura (2001), production and transportation, profit game; G&J (2015) example 4',
    values: [
      0.06, 0.378, 0.536, 0.906, 1, 0.573, 0.747, 0.874, 0.485, 0.144, 0.546, 0.634, 0.255, 0.408, 0.561,
      0.182, 0.168, 0.337, 0.706, 0.801, 0.379, 0.538, 0.668, 0.279, 0.03, 0.383, 0.473, 0.083, 0.249, 0.386,
      0,
    ],
    order: 'depth-first',
    kind: 'profit',
    nucleolus: [0.165, 0.3205, 0.0845, 0.3745, 0.0555],
    digits: 6,
  },
  {
    name: 'R package CoopGame 0.2.2, nucleolus() documentation example, 4-player profit game',
    values: [0, 0, 0, 0, 5, 5, 8, 9, 10, 8, 13, 15, 16, 17, 21],
    order: 'by-size',
    kind: 'profit',
    nucleolus: [3.5, 4.5, 5.5, 7.5],
    digits: 6,
  },
  {
    name: 'R package coopProductGame 2.0, nucleolus() documentation example, linear production game',
    values: [68, 102, 0, 170, 710, 762, 992],
    order: 'by-size',
    kind: 'profit',
    nucleolus: [149, 192, 651],
    digits: 6,
  },
] as const;

describe('nucleolus of published games', () => {
  for (const example of PUBLISHED) {
    it(example.name, () => {
      const { game, toPublished } = publishedGame(example.values, example);
      const result = nucleolus(game, solver);
      expectValues(toPublished(result.allocation), example.nucleolus, example.digits);
      expectValues(toPublished(nucleolusPlain(game, solver).allocation), example.nucleolus, example.digits);
      expect(kohlbergCheck(game, result.allocation, solver).holds).toBe(true);
      expect(result.warnings).toEqual([]);
    });
  }

  it('per-capita nucleolus of Young (1985), "Monotonic solutions of cooperative games", IJGT 14(2), p. 68, as in the CoopGame 0.2.2 perCapitaNucleolus documentation', () => {
    // Cost game c(1) = 15, c(2) = 20, c(3) = 55, c(12) = 35, c(13) = 61, c(23) = 65, c(N) = 78. CoopGame gives the
    // savings shares (0.6666667, 1.1666667, 10.1666667) of the savings game (0, 0, 0, 0, 9, 10, 12); the costs are
    // the stand-alone costs less those savings.
    const { game } = publishedGame([15, 20, 55, 35, 61, 65, 78], { order: 'by-size', kind: 'cost' });
    const result = nucleolus(game, solver, { weighting: 'per-capita' });
    expectValues(Array.from(result.allocation), [15 - 0.6666667, 20 - 1.1666667, 55 - 10.1666667], 6);
    expect(kohlbergCheck(game, result.allocation, solver, { weighting: 'per-capita' }).holds).toBe(true);
  });

  it('proportional nucleolus of two players splits c(N) in proportion to the stand-alone costs (hand calculation)', () => {
    // Minimise t with (x1 − 6)/6 ≤ t, (x2 − 8)/8 ≤ t, x1 + x2 = 11: both tight, 14(1 + t) = 11, t = −3/14.
    const game = gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11));
    const result = nucleolus(game, solver, { weighting: 'proportional' });
    expectValues(Array.from(result.allocation), [66 / 14, 88 / 14], 10);
    expectValues(result.levels, [-3 / 14], 10);
  });

  it('three-player nucleolus in closed form (hand calculation)', () => {
    // c(i) = 20 each, c(12) = 14, c(13) = 16, c(23) = 18, c(N) = 21. The three pair excesses sum to
    // 2·x(N) − (14 + 16 + 18) = −6, so the largest is at least −2, reached only when all three equal −2:
    // x1 + x2 = 12, x1 + x3 = 14, x2 + x3 = 16, so x = (5, 7, 9). The singletons' excesses (−15, −13, −11) are
    // lower, so the pairs alone fix the nucleolus in one round.
    const game = gameFromCosts(['1', '2', '3'], Float64Array.of(0, 20, 20, 14, 20, 16, 18, 21));
    const result = nucleolus(game, solver);
    expectValues(Array.from(result.allocation), [5, 7, 9], 10);
    expectValues(result.levels, [-2], 10);
    expect(result.lpSolves).toBe(1);
  });

  it('falls back to the prenucleolus with a warning when the stand-alone costs do not cover c(N)', () => {
    const game = gameFromCosts(['A', 'B'], Float64Array.of(0, 4, 5, 12));
    const result = nucleolus(game, solver);
    expect(result.domain).toBe('preimputations');
    expect(result.warnings).toEqual([{ code: 'imputation_set_empty' }]);
    expectValues(Array.from(result.allocation), [5.5, 6.5], 10);
  });

  it('gives a single player the whole cost without any LP', () => {
    const result = nucleolus(gameFromCosts(['A'], Float64Array.of(0, 7)), solver);
    expect(Array.from(result.allocation)).toEqual([7]);
    expect(result.lpSolves).toBe(0);
  });
});

describe('Kohlberg criterion', () => {
  it('rejects an allocation that is not the nucleolus', () => {
    const { game } = publishedGame([46125, 69187.5, 90000, 53812.5, 17437.5, 30750, 5812.5], {
      order: 'depth-first',
      kind: 'profit',
    });
    // The Shapley value lies in the core of this game but is not its nucleolus.
    const check = kohlbergCheck(game, shapley(game), solver);
    expect(check.holds).toBe(false);
    expect(check.levels.at(-1)?.balanced).toBe(false);
  });

  it('rejects an allocation that does not cover the total', () => {
    const game = gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11));
    expect(kohlbergCheck(game, [4, 6], solver).holds).toBe(false);
  });
});

describe('nucleolus properties on random subadditive games', () => {
  const games = fc
    .record({ n: fc.integer({ min: 2, max: 6 }), seed: fc.integer(), facility: fc.boolean() })
    .map(({ n, seed, facility }) =>
      facility ? randomFacilityGame(n, seededRandom(seed)) : randomSubadditiveGame(n, seededRandom(seed)),
    );

  it('is efficient, passes Kohlberg, agrees with the plain path and lies in the core when the core is non-empty', () => {
    fc.assert(
      fc.property(games, (game) => {
        const result = nucleolus(game, solver);
        const sum = result.allocation.reduce((a, b) => a + b, 0);
        expect(sum).toBeCloseTo(totalCost(game), 9);
        expect(kohlbergCheck(game, result.allocation, solver).holds).toBe(true);
        const plain = nucleolusPlain(game, solver).allocation;
        plain.forEach((value, i) => expect(value).toBeCloseTo(result.allocation[i] as number, 6));
        if (!isCoreEmpty(game, solver))
          expect(coreCheck(game, result.allocation, { tolerance: 1e-6 }).inCore).toBe(true);
      }),
      { numRuns: 60 },
    );
  });

  it('per-capita and proportional variants are efficient and pass their Kohlberg test', () => {
    fc.assert(
      fc.property(games, fc.constantFrom('per-capita', 'proportional' as const), (game, weighting) => {
        const result = nucleolus(game, solver, { weighting });
        expect(result.allocation.reduce((a, b) => a + b, 0)).toBeCloseTo(totalCost(game), 9);
        expect(kohlbergCheck(game, result.allocation, solver, { weighting }).holds).toBe(true);
        if (!isCoreEmpty(game, solver))
          expect(coreCheck(game, result.allocation, { tolerance: 1e-6 }).inCore).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('row generation on larger games', () => {
  const games = fc
    .record({ n: fc.integer({ min: 7, max: 9 }), seed: fc.integer(), facility: fc.boolean() })
    .map(({ n, seed, facility }) =>
      facility ? randomFacilityGame(n, seededRandom(seed)) : randomSubadditiveGame(n, seededRandom(seed)),
    );

  it('solves with a fraction of the rows, agrees with the plain path (every row) and passes Kohlberg', () => {
    fc.assert(
      fc.property(
        games,
        fc.constantFrom('absolute', 'per-capita', 'proportional' as const),
        (game, weighting) => {
          const result = nucleolus(game, solver, { weighting });
          const plain = nucleolusPlain(game, solver, { weighting });
          plain.allocation.forEach((value, i) =>
            expect(value).toBeCloseTo(result.allocation[i] as number, 6),
          );
          expect(kohlbergCheck(game, result.allocation, solver, { weighting }).holds).toBe(true);
          expect(result.lpRows).toBeLessThan(plain.lpRows);
        },
      ),
      { numRuns: 12 },
    );
  });

  it('splits a symmetric game equally in one round despite the ties (hand calculation)', () => {
    // c(S) = 10 + 4|S| for S ≠ N: every coalition of a size has the same excess, so each round LP is highly
    // degenerate; by symmetry the nucleolus is c(N)/n each.
    const n = 10;
    const game = gameFromFunction(playerIds(n), (mask) =>
      mask === (1 << n) - 1 ? 40 : 10 + 4 * coalitionSize(mask),
    );
    const result = nucleolus(game, solver);
    expectValues(Array.from(result.allocation), new Array<number>(n).fill(4), 9);
    expect(result.levels).toHaveLength(1);
    expect(kohlbergCheck(game, result.allocation, solver).holds).toBe(true);
  });

  it('agrees with the plain path on a prenucleolus (stand-alone costs below c(N))', () => {
    // Every group costs 1 + |S|, but all eight together cost 30: no imputation exists.
    const n = 8;
    const game = gameFromFunction(playerIds(n), (mask) =>
      mask === (1 << n) - 1 ? 30 : 1 + coalitionSize(mask),
    );
    const result = nucleolus(game, solver);
    expect(result.domain).toBe('preimputations');
    expectValues(Array.from(result.allocation), new Array<number>(n).fill(30 / 8), 9);
    const plain = nucleolusPlain(game, solver).allocation;
    plain.forEach((value, i) => expect(value).toBeCloseTo(result.allocation[i] as number, 6));
  });
});
