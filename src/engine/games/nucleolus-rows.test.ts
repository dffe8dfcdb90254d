import { describe, expect, it } from 'vitest';
import { leastCore } from './least-core.ts';
import { loadLpSolver } from './lp-solver.ts';
import { domainOf, scaleGame } from './nucleolus-lp.ts';
import { generatedRound, generationState } from './nucleolus-rows.ts';
import { randomSubadditiveGame, seededRandom } from './random-game.ts';

const solver = await loadLpSolver();

describe('nucleolus rounds by row generation', () => {
  const game = randomSubadditiveGame(9, seededRandom(4));
  const scaled = scaleGame(game, 'absolute');

  it('reaches the least-core level of the full LP with a fraction of its rows', () => {
    // On preimputations the first round is exactly the least-core LP, solved there with every row.
    const state = generationState(scaled, 'preimputations');
    const round = generatedRound(solver, scaled, state, 16);
    expect(round.result.status).toBe('optimal');
    const t = (round.result.columns[scaled.n] as number) * scaled.scale;
    expect(t).toBeCloseTo(leastCore(game, solver).epsilon, 7);
    expect(round.rows).toBeLessThan(2 ** scaled.n / 2);
    expect(round.tight.length + round.tightHard.length).toBeGreaterThan(0);
  });

  it('takes every remaining row when the working LP is unbounded, and still ends optimal', () => {
    // Leave every row out: minimising t subject to x(N) = c(N) alone is unbounded.
    const state = generationState(scaled, domainOf(game));
    const outside = (status: number, mask: number, statuses: Uint8Array) => {
      if (status === 2) statuses[mask] = 1;
    };
    state.free.forEach((status, mask) => outside(status, mask, state.free));
    state.hard.forEach((status, mask) => outside(status, mask, state.hard));
    const round = generatedRound(solver, scaled, state, 16);
    expect(round.result.status).toBe('optimal');
    expect(round.solves).toBe(2);
    const expected = generatedRound(solver, scaled, generationState(scaled, domainOf(game)), 16);
    expect(round.result.columns[scaled.n]).toBeCloseTo(expected.result.columns[scaled.n] as number, 9);
  });
});
