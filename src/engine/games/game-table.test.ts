import { describe, expect, it } from 'vitest';
import { gameFromTable } from './game-table.ts';

describe('gameFromTable', () => {
  it('builds the game from a complete table, rows in any order and members in any order', () => {
    const result = gameFromTable(
      ['A', 'B'],
      [
        { coalition: ['B', 'A'], cost: 11 },
        { coalition: ['A'], cost: 6 },
        { coalition: ['B'], cost: 8 },
        { coalition: [], cost: 0 },
      ],
    );
    expect(result.success && Array.from(result.game.costs)).toEqual([0, 6, 8, 11]);
  });

  it('names every missing coalition, smallest first', () => {
    const result = gameFromTable(['A', 'B', 'C'], [{ coalition: ['A'], cost: 1 }]);
    expect(result.success).toBe(false);
    if (result.success) return;
    expect(result.issues.map((issue) => issue.coalition)).toEqual([
      ['B'],
      ['C'],
      ['A', 'B'],
      ['A', 'C'],
      ['B', 'C'],
      ['A', 'B', 'C'],
    ]);
    expect(result.issues.every((issue) => issue.code === 'missing_coalition' && issue.path === 'rows')).toBe(
      true,
    );
  });

  it('lists the first 50 missing coalitions and counts the rest', () => {
    const players = Array.from({ length: 7 }, (_, i) => `K${i}`);
    const result = gameFromTable(players, []);
    expect(!result.success && result.issues.length).toBe(51);
    expect(!result.success && result.issues.at(-1)).toEqual({
      code: 'more_missing_coalitions',
      path: 'rows',
      count: 127,
    });
  });

  it('reports negative and non-finite costs, unknown and repeated players and duplicate rows by path', () => {
    const result = gameFromTable(
      ['A', 'B'],
      [
        { coalition: ['A'], cost: -1 },
        { coalition: ['B'], cost: Number.NaN },
        { coalition: ['A', 'B'], cost: 5 },
        { coalition: ['B', 'A'], cost: 5 },
        { coalition: ['A', 'X'], cost: 5 },
        { coalition: ['A', 'A'], cost: 5 },
        { coalition: [], cost: 3 },
      ],
    );
    expect(!result.success && result.issues).toEqual([
      { code: 'negative_cost', path: 'rows[0].cost' },
      { code: 'not_finite', path: 'rows[1].cost' },
      { code: 'duplicate_coalition', path: 'rows[3].coalition', coalition: ['B', 'A'] },
      { code: 'unknown_player', path: 'rows[4].coalition[1]' },
      { code: 'duplicate_member', path: 'rows[5].coalition[1]' },
      { code: 'empty_coalition_cost', path: 'rows[6].cost' },
    ]);
  });

  it('rejects an empty, oversized or repeated player list', () => {
    expect(gameFromTable([], [])).toEqual({
      success: false,
      issues: [{ code: 'too_few_players', path: 'players' }],
    });
    const many = Array.from({ length: 21 }, (_, i) => `K${i}`);
    expect(gameFromTable(many, [])).toEqual({
      success: false,
      issues: [{ code: 'too_many_players', path: 'players' }],
    });
    expect(gameFromTable(['A', 'A'], [])).toEqual({
      success: false,
      issues: [{ code: 'duplicate_player', path: 'players[1]' }],
    });
  });
});
