/**
 * `flokk share FILE|--default [--scenario ID] [--area ID] [--method ID] [--json]`: fair cost sharing for a
 * service area of a scenario (or, without `--area`, the package of all its areas): the coalition costs, the
 * simple keys and the game-theoretic allocations side by side with their core checks, and the net effect
 * per year. `flokk share --game FILE.json` does the same for a game given as a plain coalition-cost table.
 * @module
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { compareAllocations } from '../../case/cost-sharing/compare-allocations.ts';
import { costSharingScopes } from '../../case/cost-sharing/scopes.ts';
import {
  costSharingView,
  plainGameView,
  type CostSharingView,
} from '../../case/cost-sharing/comparison-view.ts';
import type { CostSharingScope } from '../../case/cost-sharing/coalition-costs.ts';
import { parseGameFile } from '../../case/cost-sharing/game-file.ts';
import { defaultCase } from '../../case/default-case/default-case.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { ValidationError } from '../../common/errors.ts';
import type { CostGame } from '../../engine/games/game.ts';
import { loadLpSolver } from '../../engine/games/lp-solver.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { CommandFailedError, UsageError } from '../cli-errors.ts';
import type { Command, CommandContext } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { cliMessages } from '../messages.ts';
import { parseCaseText, readCaseFile } from '../read-case-file.ts';
import { renderShareText } from '../render-share.ts';
import { EXIT } from '../run-command.ts';
import { SHARE_HELP, SHARE_TEXT, type ShareText } from './share-text.ts';

const NAME = 'share';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  json: { type: 'boolean' },
  scenario: { type: 'string' },
  area: { type: 'string' },
  method: { type: 'string' },
  game: { type: 'string' },
} as const;

/** The method of the net-effect table when none is chosen: in the core whenever the core is not empty. */
const DEFAULT_METHOD = 'nucleolus';

function pickScenario(document: CaseDocument, requested: string | undefined, t: ShareText): string {
  const ids = document.scenarios.map((s) => s.id);
  if (ids.length === 0) throw new UsageError(t.noScenarios, NAME);
  if (requested === undefined) {
    if (ids.length === 1) return ids[0] as string;
    throw new UsageError(t.chooseScenario(ids.join(', ')), NAME);
  }
  if (!ids.includes(requested)) throw new UsageError(t.unknownScenario(requested, ids.join(', ')), NAME);
  return requested;
}

function pickScope(
  document: CaseDocument,
  scenarioId: string,
  area: string | undefined,
  t: ShareText,
): CostSharingScope {
  const scopes = costSharingScopes(document, scenarioId);
  const areaIds = scopes.flatMap((s) => (s.kind === 'area' ? [s.areaId] : []));
  if (area === undefined) return scopes.at(-1) ?? { kind: 'package' };
  if (!areaIds.includes(area)) throw new UsageError(t.unknownArea(area, areaIds.join(', ')), NAME);
  return { kind: 'area', areaId: area };
}

function checkMethod(method: string | undefined, ids: readonly string[], t: ShareText): string {
  if (method === undefined) return DEFAULT_METHOD;
  if (!ids.includes(method)) throw new UsageError(t.unknownMethod(method, ids.join(', ')), NAME);
  return method;
}

/**
 * What `renderShareText` leaves out: the methods that cannot be computed for this table, each with the reason
 * in words (the keys that cannot be applied it lists itself), and, when the allocation chosen for the net
 * effect is one of those, that the net effect is not shown. Empty when everything could be computed.
 */
function unavailableText(
  analysis: CostSharingView['analysis'],
  method: string,
  hasNetEffect: boolean,
  t: ShareText,
): string {
  if (!analysis) return '';
  const lines = analysis.unavailableMethods.map((m) => `  ${m.label} – ${m.reasonText}`);
  const parts = lines.length > 0 ? [t.unavailableTitle, ...lines, ''] : [];
  const chosen = [...analysis.unavailableMethods, ...analysis.unavailableKeys].find((m) => m.id === method);
  if (hasNetEffect && chosen) parts.push(t.netUnavailable(chosen.label), '');
  return parts.join('\n');
}

/** Every allocation id the comparison knows, computed or not: `--method` may name any of them. */
function allocationIds(analysis: CostSharingView['analysis']): string[] {
  if (!analysis) return [];
  return [
    ...analysis.allocations.map((row) => row.id),
    ...analysis.unavailableMethods.map((m) => m.id),
    ...analysis.unavailableKeys.map((k) => k.id),
  ];
}

async function readGame(file: string, context: CommandContext): Promise<CostGame> {
  const { language } = context;
  const messages = cliMessages(language);
  let text: string;
  try {
    text = await readFile(resolve(context.cwd, file), 'utf8');
  } catch (error) {
    const notFound = error instanceof Error && 'code' in error && error.code === 'ENOENT';
    throw new CommandFailedError(notFound ? messages.fileNotFound(file) : messages.fileUnreadable(file), {
      cause: error,
    });
  }
  const invalid = SHARE_TEXT[language].invalidGame(file);
  const raw = parseCaseText(text, 'json', language);
  if (!raw.ok) throw new ValidationError([raw.issue], invalid);
  const parsed = parseGameFile(raw.value, language);
  if (!parsed.success) throw new ValidationError(parsed.issues, invalid);
  return parsed.game;
}

async function runGame(file: string, json: boolean, context: CommandContext): Promise<number> {
  const { language, io } = context;
  const game = await readGame(file, context);
  const view = plainGameView(game, await loadLpSolver(), language);
  const t = SHARE_TEXT[language];
  io.stdout(
    json
      ? `${JSON.stringify(view, null, 2)}\n`
      : renderShareText(view, t.gameHeading(file), DEFAULT_METHOD, language) +
          unavailableText(view.analysis, DEFAULT_METHOD, false, t),
  );
  return EXIT.ok;
}

export const shareCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk share FIL|--default [--scenario ID] [--area ID] [--method ID] [--json] | flokk share --game FIL.json [--json]',
    nn: 'flokk share FIL|--default [--scenario ID] [--area ID] [--method ID] [--json] | flokk share --game FIL.json [--json]',
    en: 'flokk share FILE|--default [--scenario ID] [--area ID] [--method ID] [--json] | flokk share --game FILE.json [--json]',
  },
  summary: {
    nb: 'Rettferdig kostnadsdeling: nøkler, Shapley-verdien og nukleolus side om side, med kjernesjekk',
    nn: 'Rettferdig kostnadsdeling: nøklar, Shapley-verdien og nukleolus side om side, med kjernesjekk',
    en: 'Fair cost sharing: keys, the Shapley value and the nucleolus side by side, with the core check',
  },
  help: SHARE_HELP,
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(shareCommand, language));
      return EXIT.ok;
    }
    const messages = cliMessages(language);
    const t = SHARE_TEXT[language];
    const file = positionals[0];
    expectAtMostPositionals(positionals, 1, NAME, language);
    if (values.game !== undefined) {
      const other = [file, values.default, values.scenario, values.area, values.method];
      if (other.some((value) => value !== undefined)) throw new UsageError(t.gameAlone, NAME);
      return runGame(values.game, values.json === true, context);
    }
    if (file !== undefined && values.default) throw new UsageError(messages.fileOrDefault, NAME);
    if (file === undefined && !values.default) throw new UsageError(messages.missingFile, NAME);
    const document =
      file === undefined
        ? defaultCase()
        : await readCaseFile(file, { cwd: context.cwd, language, commandName: NAME });
    const scenarioId = pickScenario(document, values.scenario, t);
    const scope = pickScope(document, scenarioId, values.area, t);
    const comparison = compareAllocations(document, scenarioId, scope, await loadLpSolver());
    if (!comparison) throw new UsageError(t.unknownScenario(scenarioId, ''), NAME);
    const view = costSharingView(document, comparison, language);
    // A method that cannot be computed for this table is still a valid choice: the text says so and shows
    // no net effect rather than failing.
    const method = checkMethod(values.method, allocationIds(view.analysis), t);
    io.stdout(
      values.json
        ? `${JSON.stringify({ caseId: document.id, ...view }, null, 2)}\n`
        : renderShareText(view, heading(document, scenarioId, scope, language, t), method, language) +
            unavailableText(view.analysis, method, view.netEffect !== null, t),
    );
    return EXIT.ok;
  },
};

function heading(
  document: CaseDocument,
  scenarioId: string,
  scope: CostSharingScope,
  language: Language,
  t: ShareText,
): string {
  const scenario = document.scenarios.find((s) => s.id === scenarioId);
  const scenarioName = scenario ? (scenario.name[language] ?? scenario.name.nb) : scenarioId;
  if (scope.kind === 'package') return `${scenarioName} – ${t.package}`;
  const area = document.serviceAreas.find((a) => a.id === scope.areaId);
  return `${scenarioName} – ${area ? (area.name[language] ?? area.name.nb) : scope.areaId}`;
}
