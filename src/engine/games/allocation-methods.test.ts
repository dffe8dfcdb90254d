import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ALLOCATION_METHOD_IDS } from './allocation-method-ids.ts';
import { ALLOCATION_METHODS, allocationMethod } from './allocation-methods.ts';
import { gameFromCosts, totalCost } from './game.ts';
import { loadLpSolver } from './lp-solver.ts';
import { randomFacilityGame, randomSubadditiveGame, seededRandom } from './random-game.ts';

const solver = await loadLpSolver();

describe('allocation method registry', () => {
  it('lists each method once, each with a label key and a source', () => {
    expect(ALLOCATION_METHODS.map((m) => m.id)).toEqual([
      'shapley',
      'nucleolus',
      'per-capita-nucleolus',
      'proportional-nucleolus',
      'least-core',
      'scrb',
      'equal-profit',
    ]);
    for (const method of ALLOCATION_METHODS) {
      expect(method.labelKey).toMatch(/^allocation_method\.[a-z_]+$/);
      expect(method.source.length).toBeGreaterThan(10);
    }
  });

  it('finds a method by id', () => {
    expect(allocationMethod('scrb').needsSolver).toBe(false);
  });

  it('throws when a method that needs the solver gets none', () => {
    const game = gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11));
    expect(() => allocationMethod('nucleolus').allocate(game)).toThrow(/needs a loaded LP solver/);
  });

  it('every method splits two players’ saving of 3 equally when their game is symmetric in savings', () => {
    // Alone 6 and 8, together 11: every method here gives each a saving of 1.5 except the proportional ones.
    const game = gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11));
    for (const id of ['shapley', 'nucleolus', 'per-capita-nucleolus', 'least-core', 'scrb'] as const) {
      const { allocation } = allocationMethod(id).allocate(game, solver);
      expect(Array.from(allocation)).toEqual([expect.closeTo(4.5, 9), expect.closeTo(6.5, 9)]);
    }
  });

  it('every method is efficient on random subadditive games', () => {
    const games = fc
      .record({ n: fc.integer({ min: 1, max: 6 }), seed: fc.integer(), facility: fc.boolean() })
      .map(({ n, seed, facility }) =>
        facility ? randomFacilityGame(n, seededRandom(seed)) : randomSubadditiveGame(n, seededRandom(seed)),
      );
    fc.assert(
      fc.property(games, (game) => {
        for (const method of ALLOCATION_METHODS) {
          const { allocation } = method.allocate(game, solver);
          expect(allocation.reduce((a, b) => a + b, 0)).toBeCloseTo(totalCost(game), 6);
        }
      }),
      { numRuns: 30 },
    );
  });
});

describe('ALLOCATION_METHOD_IDS', () => {
  it('lists the registry’s methods in its order', () => {
    expect([...ALLOCATION_METHOD_IDS]).toEqual(ALLOCATION_METHODS.map((m) => m.id));
  });
});
