import { describe, expect, it } from 'vitest';
import { parseGameFile } from './game-file.ts';

const ROWS = [
  { coalition: ['A'], cost: 6 },
  { coalition: ['B'], cost: 8 },
  { coalition: ['B', 'A'], cost: 11 },
];

describe('parseGameFile', () => {
  it('builds the game from a complete table, rows in any order', () => {
    const result = parseGameFile({ players: ['A', 'B'], costs: ROWS });
    expect(result.success && Array.from(result.game.costs)).toEqual([0, 6, 8, 11]);
  });

  it('names the row and field of every problem in the table', () => {
    const result = parseGameFile({
      players: ['A', 'B'],
      costs: [
        { coalition: ['A', 'C'], cost: 6 },
        { coalition: ['B'], cost: -8 },
        { coalition: ['A', 'B'], cost: 11 },
      ],
    });
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ['costs[0].coalition[1]', 'unknown_player'],
      ['costs[1].cost', 'negative_cost'],
      ['costs', 'missing_coalition'],
    ]);
    expect(result.success ? '' : result.issues[2]?.message).toBe('Mangler rad for gruppen: A');
  });

  it('names the field when the shape is wrong, in the language asked for', () => {
    const result = parseGameFile({ players: ['A'], costs: [{ coalition: ['A'], cost: '6' }] }, 'en');
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.message])).toEqual([
      ['costs[0].cost', 'Must be a number'],
    ]);
    const extra = parseGameFile({ players: ['A'], costs: [], unit: 'kr' });
    expect(extra.success ? [] : extra.issues.map((i) => i.code)).toEqual(['unrecognized_keys']);
  });
});
