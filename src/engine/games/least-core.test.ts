import { describe, expect, it } from 'vitest';
import { gameFromCosts } from './game.ts';
import { leastCore } from './least-core.ts';
import { loadLpSolver } from './lp-solver.ts';

const solver = await loadLpSolver();

describe('leastCore', () => {
  it('two players: ε is half the saving, with a negative sign (hand calculation)', () => {
    // x1 − 6 ≤ ε, x2 − 8 ≤ ε, x1 + x2 = 11 → 2ε ≥ 11 − 14, ε = −1.5, x = (4.5, 6.5).
    const result = leastCore(gameFromCosts(['A', 'B'], Float64Array.of(0, 6, 8, 11)), solver);
    expect(result.epsilon).toBeCloseTo(-1.5, 9);
    expect(Array.from(result.allocation)).toEqual([expect.closeTo(4.5, 9), expect.closeTo(6.5, 9)]);
  });

  it('empty core: the pairs need a surcharge of 1/3 each (hand calculation)', () => {
    // c(i) = 1, c(ij) = 1, c(N) = 2: the three pair constraints x(ij) ≤ 1 + ε sum to 4 ≤ 3 + 3ε, so ε = 1/3
    // (the singletons then have excess 2/3 − 1 < 1/3).
    const result = leastCore(gameFromCosts(['1', '2', '3'], Float64Array.of(0, 1, 1, 1, 1, 1, 1, 2)), solver);
    expect(result.epsilon).toBeCloseTo(1 / 3, 9);
    result.allocation.forEach((x) => expect(x).toBeCloseTo(2 / 3, 9));
  });

  it('weak (per-capita) least core divides the pair excess by 2 (hand calculation)', () => {
    // Same game, per capita: (x(ij) − 1)/2 ≤ ε sum to 4 − 3 ≤ 6ε, so ε = 1/6.
    const game = gameFromCosts(['1', '2', '3'], Float64Array.of(0, 1, 1, 1, 1, 1, 1, 2));
    expect(leastCore(game, solver, { weighting: 'per-capita' }).epsilon).toBeCloseTo(1 / 6, 9);
  });
});
