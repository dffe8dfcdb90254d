/**
 * A cost game given as a plain coalition-cost table, for `flokk share --game FILE.json`:
 * `{ "players": ["A", "B"], "costs": [{ "coalition": ["A"], "cost": 6 }, …] }`, one row for every non-empty
 * group. Validated at the boundary: first the shape (Zod), then the table (the engine's `gameFromTable`),
 * every problem an issue naming the field, e.g. `costs[2].cost` or `costs[4].coalition[1]`.
 * @module
 */
import { z } from 'zod';
import type { FieldIssue } from '../../common/errors.ts';
import { MAX_PLAYERS, type CostGame } from '../../engine/games/game.ts';
import { gameFromTable, type GameIssue, type GameIssueCode } from '../../engine/games/game-table.ts';
import { customMessage, zodErrorMap } from '../../i18n/issue-messages.ts';
import type { Language } from '../../i18n/language.ts';
import { toFieldIssues } from '../issue-path.ts';
import { MAX_NOK } from '../schema/common.ts';
import { TEXT_LIMITS, text } from '../schema/text.ts';

const Player = text(TEXT_LIMITS.name);

/**
 * The file's shape, bounded: at most `MAX_PLAYERS` players (what the engine can compute), one row per group
 * (2^20 with the empty one), costs at most `MAX_NOK`. A negative cost is left to the table check, which
 * reports it with every other problem of the table.
 */
export const GameFile = z.strictObject({
  players: z.array(Player).superRefine((players, ctx) => {
    if (players.length > MAX_PLAYERS) ctx.addIssue({ code: 'custom', message: 'too_many_players' });
  }),
  costs: z
    .array(
      z.strictObject({
        coalition: z.array(Player).max(MAX_PLAYERS),
        cost: z.number().max(MAX_NOK),
      }),
    )
    .max(2 ** MAX_PLAYERS),
});
export type GameFile = z.infer<typeof GameFile>;

const MESSAGES: Record<GameIssueCode, Record<Language, string>> = {
  too_few_players: {
    nb: 'Oppgi minst én kommune',
    nn: 'Oppgi minst éin kommune',
    en: 'Give at least one player',
  },
  too_many_players: { nb: 'Høyst 20 kommuner', nn: 'Høgst 20 kommunar', en: 'At most 20 players' },
  duplicate_player: { nb: 'Står to ganger i listen', nn: 'Står to gonger i lista', en: 'Listed twice' },
  unknown_player: {
    nb: 'Står ikke i listen over kommuner (players)',
    nn: 'Står ikkje i lista over kommunar (players)',
    en: 'Not in the list of players',
  },
  duplicate_member: {
    nb: 'Står to ganger i samme gruppe',
    nn: 'Står to gonger i same gruppe',
    en: 'Listed twice in the same group',
  },
  duplicate_coalition: {
    nb: 'Gruppen har allerede en rad',
    nn: 'Gruppa har alt ei rad',
    en: 'This group already has a row',
  },
  empty_coalition_cost: {
    nb: 'Den tomme gruppen må ha kostnad 0',
    nn: 'Den tomme gruppa må ha kostnad 0',
    en: 'The empty group must cost 0',
  },
  negative_cost: { nb: 'Kan ikke være negativ', nn: 'Kan ikkje vere negativ', en: 'Cannot be negative' },
  not_finite: { nb: 'Må være et tall', nn: 'Må vere eit tal', en: 'Must be a number' },
  missing_coalition: {
    nb: 'Mangler rad for gruppen',
    nn: 'Manglar rad for gruppa',
    en: 'No row for the group',
  },
  more_missing_coalitions: {
    nb: 'Rader mangler for flere grupper; i alt',
    nn: 'Rader manglar for fleire grupper; i alt',
    en: 'Rows are missing for more groups; in all',
  },
};

function gameIssue(issue: GameIssue, language: Language): FieldIssue {
  const path = issue.path.replace(/^rows/, 'costs');
  let message = MESSAGES[issue.code][language];
  if (issue.coalition) message += `: ${issue.coalition.join(' + ') || '∅'}`;
  if (issue.count !== undefined) message += ` ${issue.count}`;
  return { path, code: issue.code, message };
}

/**
 * Parses and validates a plain coalition-cost table.
 * @example
 * parseGameFile({ players: ['A', 'B'], costs: [{ coalition: ['A'], cost: 6 }, { coalition: ['B'], cost: 8 }, { coalition: ['A', 'B'], cost: 11 }] })
 * // → { success: true, game: { players: ['A', 'B'], costs: [0, 6, 8, 11] } }
 */
export function parseGameFile(
  raw: unknown,
  language: Language = 'nb',
): { success: true; game: CostGame } | { success: false; issues: FieldIssue[] } {
  const shape = GameFile.safeParse(raw, { error: zodErrorMap(language) });
  if (!shape.success) {
    return {
      success: false,
      issues: toFieldIssues(shape.error.issues, (key) =>
        Object.hasOwn(MESSAGES, key)
          ? MESSAGES[key as GameIssueCode][language]
          : customMessage(key, language),
      ),
    };
  }
  const table = gameFromTable(shape.data.players, shape.data.costs);
  if (!table.success) return { success: false, issues: table.issues.map((i) => gameIssue(i, language)) };
  return { success: true, game: table.game };
}
