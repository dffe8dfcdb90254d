import { describe, expect, it } from 'vitest';
import {
  MAX_PLAYERS,
  coalitionMembers,
  coalitionSize,
  gameFromCosts,
  gameFromFunction,
  grandCoalition,
  memberIndices,
  standAlone,
  totalCost,
} from './game.ts';

describe('cost game', () => {
  const game = gameFromCosts(
    ['Melhus', 'Skaun', 'Midtre Gauldal'],
    Float64Array.of(0, 6, 8, 11, 5, 10, 12, 15),
  );

  it('reads stand-alone and total costs', () => {
    expect([0, 1, 2].map((i) => standAlone(game, i))).toEqual([6, 8, 5]);
    expect(totalCost(game)).toBe(15);
  });

  it('names the members of a coalition', () => {
    expect(coalitionMembers(game, 0b101)).toEqual(['Melhus', 'Midtre Gauldal']);
    expect(memberIndices(0b1010)).toEqual([1, 3]);
    expect(coalitionSize(0b1011)).toBe(3);
    expect(grandCoalition(3)).toBe(0b111);
  });

  it('builds from a cost function, called for every non-empty coalition', () => {
    const built = gameFromFunction(['A', 'B'], (mask) => 10 + 4 * coalitionSize(mask));
    expect(Array.from(built.costs)).toEqual([0, 14, 14, 18]);
  });

  it('throws on programmer errors', () => {
    expect(() => gameFromFunction([], () => 1)).toThrow(RangeError);
    expect(() => gameFromFunction(Array.from({ length: MAX_PLAYERS + 1 }, String), () => 1)).toThrow(
      RangeError,
    );
    expect(() => gameFromFunction(['A', 'A'], () => 1)).toThrow(RangeError);
    expect(() => gameFromFunction(['A'], () => Number.NaN)).toThrow(RangeError);
    expect(() => gameFromCosts(['A', 'B'], Float64Array.of(0, 1, 2))).toThrow(RangeError);
    expect(() => gameFromCosts(['A'], Float64Array.of(1, 2))).toThrow(RangeError);
  });
});
