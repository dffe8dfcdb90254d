/**
 * The comparison as plain JSON with its words in one language, the shape `flokk share --json` prints and
 * the API answers: every figure of `compareAllocations`, plus the model statement, the warnings in words,
 * the core summary and each row's label and core sentences.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { CostSharingComparison } from './compare-allocations.ts';
import { modelStatement, tableWarningText, wordedAnalysis, type WordedAnalysis } from './comparison-words.ts';
import type { CostGame } from '../../engine/games/game.ts';
import { gameWarnings } from '../../engine/games/game-checks.ts';
import type { LpSolver } from '../../engine/games/lp-solver.ts';
import { analyseGame } from './analyse-game.ts';
import type { CoalitionCostRow } from './coalition-costs.ts';

export interface CostSharingView extends Omit<CostSharingComparison, 'analysis'> {
  /** The model of the derived coalition costs: the rule, then one line per area. */
  model: string[];
  /** The table's warnings in words, in the order of `table.warnings`. */
  warningTexts: string[];
  /** The analysis in words; a method that cannot allocate this game is in `unavailableMethods`. */
  analysis: WordedAnalysis | null;
}

/**
 * The view of a comparison in `language`.
 * @example costSharingView(document, compareAllocations(document, id, scope, solver)!, 'nb').analysis?.coreSummary
 */
export function costSharingView(
  document: CaseDocument,
  comparison: CostSharingComparison,
  language: Language,
): CostSharingView {
  const nameOf = (m: string) => comparison.players.find((p) => p.municipality === m)?.name ?? m;
  const areaName = (id: string) => {
    const area = document.serviceAreas.find((a) => a.id === id);
    return area ? (area.name[language] ?? area.name.nb) : id;
  };
  const { analysis, ...rest } = comparison;
  return {
    ...rest,
    model: modelStatement(comparison.table.models, areaName, language),
    warningTexts: comparison.table.warnings.map((w) => tableWarningText(w, nameOf, language)),
    analysis: analysis && wordedAnalysis(analysis, nameOf, language),
  };
}

/** A game given as a plain table (no case, no scenario): every group typed, compared with equal shares. */
export interface PlainGameView {
  players: { municipality: string; name: string }[];
  table: { rows: CoalitionCostRow[] };
  warningTexts: string[];
  analysis: NonNullable<CostSharingView['analysis']>;
}

/**
 * The view of a plain game (`flokk share --game`): the equal key and every allocation method; the player ids
 * stand for names.
 * @example plainGameView(game, solver, 'nb').analysis.allocations.map((row) => row.id) // → ['equal', 'shapley', …]
 */
export function plainGameView(game: CostGame, solver: LpSolver, language: Language): PlainGameView {
  const analysis = analyseGame(game, solver, {
    choices: [{ keyId: 'equal' }],
    inputs: game.players.map((id) => ({ id })),
    scenarioKey: null,
  });
  const masks = Array.from({ length: game.costs.length - 1 }, (_, k) => k + 1);
  const size = (mask: number) => game.players.filter((_, i) => (mask & (1 << i)) !== 0);
  const rows = masks
    .sort((a, b) => size(a).length - size(b).length || a - b)
    .map((mask) => ({
      members: size(mask),
      mask,
      cost: game.costs[mask] as number,
      origin: 'typed' as const,
      derived: null,
    }));
  const nameOf = (id: string) => id;
  return {
    players: game.players.map((id) => ({ municipality: id, name: id })),
    table: { rows },
    warningTexts: gameWarnings(game).flatMap((w) =>
      w.code === 'not_subadditive' || w.code === 'not_convex'
        ? [
            tableWarningText(
              { code: w.code, members: size(w.coalition ?? 0), amount: w.amount ?? 0 },
              nameOf,
              language,
            ),
          ]
        : [],
    ),
    analysis: wordedAnalysis(analysis, nameOf, language),
  };
}
