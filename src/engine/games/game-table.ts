/**
 * Builds a cost game from a plain table of coalition costs, as typed by a user or imported from a study's
 * own figures: one row per group of municipalities with what that group would pay together. Rows are
 * validated the Zod way, every problem an issue with a `code` and a `path` into the table, so the CLI, API
 * and UI can name the same cell.
 * @module
 */
import { MAX_PLAYERS, coalitionSize, type Coalition, type CostGame } from './game.ts';

/** One row of a coalition-cost table. */
export interface CoalitionCostRow {
  /** Player ids of the group, in any order. */
  coalition: readonly string[];
  /** Cost of the group solving the task together, in kroner (or the table's unit), ≥ 0. */
  cost: number;
}

export type GameIssueCode =
  /** The player list is empty. */
  | 'too_few_players'
  /** More than `MAX_PLAYERS` players. */
  | 'too_many_players'
  /** The same id appears twice in the player list. */
  | 'duplicate_player'
  /** A row names a player that is not in the player list. */
  | 'unknown_player'
  /** A row names the same player twice. */
  | 'duplicate_member'
  /** Two rows give the same coalition. */
  | 'duplicate_coalition'
  /** A row for the empty group has a cost other than 0. */
  | 'empty_coalition_cost'
  /** A cost below zero. */
  | 'negative_cost'
  /** A cost that is not a finite number. */
  | 'not_finite'
  /** A coalition has no row; `coalition` names it. */
  | 'missing_coalition'
  /** More coalitions are missing than are listed one by one; `count` says how many in all. */
  | 'more_missing_coalitions';

export interface GameIssue {
  code: GameIssueCode;
  /** Path in the input: `players[3]`, `rows[2].cost`, `rows[2].coalition[1]`; empty for the table. */
  path: string;
  /** The coalition concerned, as player ids (for `missing_coalition` and `duplicate_coalition`). */
  coalition?: readonly string[];
  /** Number of missing coalitions in all (for `more_missing_coalitions`). */
  count?: number;
}

export type GameTableResult = { success: true; game: CostGame } | { success: false; issues: GameIssue[] };

/** Missing coalitions listed one by one before the rest are summed up in one issue. */
const LISTED_MISSING = 50;

/**
 * Builds the game from a table with a row for every non-empty coalition of `players`. Fails with issues for
 * unknown or duplicate players, duplicate rows, negative or non-finite costs and every missing coalition
 * (smallest first, the first 50 by name).
 * @example
 * gameFromTable(['A', 'B'], [
 *   { coalition: ['A'], cost: 6 }, { coalition: ['B'], cost: 8 }, { coalition: ['A', 'B'], cost: 11 },
 * ]); // → { success: true, game: { players: ['A', 'B'], costs: [0, 6, 8, 11] } }
 */
export function gameFromTable(
  players: readonly string[],
  rows: readonly CoalitionCostRow[],
): GameTableResult {
  const issues = playerIssues(players);
  if (issues.length > 0) return { success: false, issues };
  const index = new Map(players.map((id, i) => [id, i]));
  const size = 1 << players.length;
  const costs = new Float64Array(size);
  const seen = new Uint8Array(size);
  seen[0] = 1;
  rows.forEach((row, r) => {
    const mask = rowMask(row, r, index, issues);
    if (mask === null) return;
    if (!Number.isFinite(row.cost)) issues.push({ code: 'not_finite', path: `rows[${r}].cost` });
    else if (row.cost < 0) issues.push({ code: 'negative_cost', path: `rows[${r}].cost` });
    if (mask === 0) {
      if (row.cost !== 0) issues.push({ code: 'empty_coalition_cost', path: `rows[${r}].cost` });
      return;
    }
    if (seen[mask] === 1) {
      issues.push({
        code: 'duplicate_coalition',
        path: `rows[${r}].coalition`,
        coalition: [...row.coalition],
      });
    }
    seen[mask] = 1;
    costs[mask] = row.cost;
  });
  issues.push(...missingIssues(players, seen));
  if (issues.length > 0) return { success: false, issues };
  return { success: true, game: { players: [...players], costs } };
}

function playerIssues(players: readonly string[]): GameIssue[] {
  if (players.length === 0) return [{ code: 'too_few_players', path: 'players' }];
  if (players.length > MAX_PLAYERS) return [{ code: 'too_many_players', path: 'players' }];
  const issues: GameIssue[] = [];
  players.forEach((id, i) => {
    if (players.indexOf(id) !== i) issues.push({ code: 'duplicate_player', path: `players[${i}]` });
  });
  return issues;
}

function rowMask(
  row: CoalitionCostRow,
  r: number,
  index: ReadonlyMap<string, number>,
  issues: GameIssue[],
): Coalition | null {
  let mask = 0;
  let valid = true;
  row.coalition.forEach((id, k) => {
    const i = index.get(id);
    if (i === undefined) {
      issues.push({ code: 'unknown_player', path: `rows[${r}].coalition[${k}]` });
      valid = false;
    } else if ((mask & (1 << i)) !== 0) {
      issues.push({ code: 'duplicate_member', path: `rows[${r}].coalition[${k}]` });
      valid = false;
    } else mask |= 1 << i;
  });
  return valid ? mask : null;
}

function missingIssues(players: readonly string[], seen: Uint8Array): GameIssue[] {
  const missing: Coalition[] = [];
  for (let mask = 1; mask < seen.length; mask++) if (seen[mask] === 0) missing.push(mask);
  if (missing.length === 0) return [];
  missing.sort((a, b) => coalitionSize(a) - coalitionSize(b) || a - b);
  const issues: GameIssue[] = missing.slice(0, LISTED_MISSING).map((mask) => ({
    code: 'missing_coalition',
    path: 'rows',
    coalition: players.filter((_, i) => (mask & (1 << i)) !== 0),
  }));
  if (missing.length > LISTED_MISSING) {
    issues.push({ code: 'more_missing_coalitions', path: 'rows', count: missing.length });
  }
  return issues;
}
