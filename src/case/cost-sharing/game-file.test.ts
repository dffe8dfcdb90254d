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

  it('refuses a cost above 100 mrd. kr, naming costs[i].cost', () => {
    const costs = structuredClone(ROWS);
    costs[1] = { coalition: ['B'], cost: 1e16 };
    const result = parseGameFile({ players: ['A', 'B'], costs }, 'en');
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code, i.message])).toEqual([
      ['costs[1].cost', 'too_big', 'Must be at most 100,000,000,000'],
    ]);
  });

  it('refuses more players than the engine can compute, in the game’s own words', () => {
    const players = Array.from({ length: 21 }, (_, i) => `P${i}`);
    const result = parseGameFile({ players, costs: [] });
    expect(result.success ? [] : result.issues).toEqual([
      { path: 'players', code: 'too_many_players', message: 'Høyst 20 kommuner' },
    ]);
  });

  it('refuses a coalition longer than the most players', () => {
    const coalition = Array.from({ length: 21 }, () => 'A');
    const result = parseGameFile({ players: ['A'], costs: [{ coalition, cost: 1 }] });
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ['costs[0].coalition', 'too_big'],
    ]);
  });

  it('checks player names as text a person typed', () => {
    const result = parseGameFile({ players: ['A\u202Egpj.exe', '\u200B', 'x'.repeat(201)], costs: [] });
    expect(result.success ? [] : result.issues.map((i) => [i.path, i.code])).toEqual([
      ['players[0]', 'text_bidi_control'],
      ['players[1]', 'text_invisible'],
      ['players[2]', 'too_big'],
    ]);
  });
});
