/**
 * `flokk analyse FILE|--default --scenario ID [--draws N] [--seed S] [--json]`: NPV per municipality with
 * P10/P50/P90 from a seeded Monte Carlo, payback, IRR, the tornado and switching values. The same seed
 * gives the same figures here, in the API and in the browser.
 * @module
 */
import { defaultCase } from '../../case/default-case/default-case.ts';
import {
  analyseScenario,
  DEFAULT_DRAWS,
  DEFAULT_SEED,
  type ScenarioAnalysis,
} from '../../case/scenario/analyse-scenario.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { MAX_SEED } from '../../case/query-params.ts';
import { loadLpSolver } from '../../engine/games/lp-solver.ts';
import { scenarioNeedsSolver } from '../../case/scenario/resolve-allocation-keys.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { cliMessages } from '../messages.ts';
import { readCaseFile } from '../read-case-file.ts';
import { EXIT } from '../run-command.ts';
import { renderAnalysisText } from '../render-analysis.ts';

const NAME = 'analyse';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  json: { type: 'boolean' },
  scenario: { type: 'string' },
  draws: { type: 'string' },
  seed: { type: 'string' },
} as const;

const TEXT = {
  nb: {
    noScenarios: 'Saken har ingen scenarier.',
    unknownScenario: (id: string, ids: string) => `Ukjent scenario «${id}». Saken har: ${ids}`,
    chooseScenario: (ids: string) => `Velg scenario med --scenario: ${ids}`,
    badDraws: 'Ugyldig --draws; bruk et heltall fra 1 til 10 000 000',
    badSeed: 'Ugyldig --seed; bruk et heltall fra 0 til 4 294 967 295',
  },
  en: {
    noScenarios: 'The case has no scenarios.',
    unknownScenario: (id: string, ids: string) => `Unknown scenario "${id}". The case has: ${ids}`,
    chooseScenario: (ids: string) => `Choose a scenario with --scenario: ${ids}`,
    badDraws: 'Invalid --draws; use a whole number from 1 to 10,000,000',
    badSeed: 'Invalid --seed; use a whole number from 0 to 4,294,967,295',
  },
};
const nn: (typeof TEXT)['nb'] = {
  ...TEXT.nb,
  noScenarios: 'Saka har ingen scenario.',
  unknownScenario: (id, ids) => `Ukjent scenario «${id}». Saka har: ${ids}`,
  chooseScenario: (ids) => `Vel scenario med --scenario: ${ids}`,
};
const text = (language: Language) => (language === 'nn' ? nn : TEXT[language]);

function integerOption(
  value: string | undefined,
  fallback: number,
  min: number,
  max: number,
  message: string,
): number {
  if (value === undefined) return fallback;
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed < min || parsed > max) throw new UsageError(message, NAME);
  return parsed;
}

function pickScenario(document: CaseDocument, requested: string | undefined, language: Language): string {
  const t = text(language);
  const ids = document.scenarios.map((s) => s.id);
  if (ids.length === 0) throw new UsageError(t.noScenarios, NAME);
  if (requested === undefined) {
    if (ids.length === 1) return ids[0] as string;
    throw new UsageError(t.chooseScenario(ids.join(', ')), NAME);
  }
  if (!ids.includes(requested)) throw new UsageError(t.unknownScenario(requested, ids.join(', ')), NAME);
  return requested;
}

/** The JSON shape: plain numbers, no typed arrays. */
export function analysisJson(analysis: ScenarioAnalysis, document: CaseDocument) {
  const { mapped, ...rest } = analysis;
  const names = Object.fromEntries(document.participants.map((p) => [p.municipalityNumber, p.name]));
  return { ...rest, municipalities: names, inputs: mapped.input.uncertainInputs, labels: mapped.labels };
}

export const analyseCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk analyse FIL|--default [--scenario ID] [--draws N] [--seed S] [--json] [--lang nb|nn|en]',
    nn: 'flokk analyse FIL|--default [--scenario ID] [--draws N] [--seed S] [--json] [--lang nb|nn|en]',
    en: 'flokk analyse FILE|--default [--scenario ID] [--draws N] [--seed S] [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Analyser et scenario: nåverdi per kommune med usikkerhet, tilbakebetaling, tornado',
    nn: 'Analyser eit scenario: noverdi per kommune med uvisse, tilbakebetaling, tornado',
    en: 'Analyse a scenario: NPV per municipality with uncertainty, payback, tornado',
  },
  help: {
    nb: `Regner kontantstrømmer per kommune og år, netto nåverdi (R-109/21: 4 % år 0–40, 3 % år 41–75, 2 % deretter),\ntilbakebetalingsår, internrente, tornado og byttepunkter, og en Monte Carlo-simulering med frø.\n\nValg:\n  --scenario ID  scenarioet (påkrevd når saken har flere)\n  --draws N      antall trekk (standard ${DEFAULT_DRAWS})\n  --seed S       frø (standard ${DEFAULT_SEED}); samme frø gir samme tall\n  --json         skriv JSON`,
    nn: `Reknar kontantstraumar per kommune og år, netto noverdi (R-109/21), tilbakebetalingsår, internrente,\ntornado og byttepunkt, og ei Monte Carlo-simulering med frø.\n\nVal:\n  --scenario ID  scenarioet\n  --draws N      tal på trekk (standard ${DEFAULT_DRAWS})\n  --seed S       frø (standard ${DEFAULT_SEED})\n  --json         skriv JSON`,
    en: `Computes cash flows per municipality and year, net present value (R-109/21: 4 % years 0–40, 3 % to 75,\n2 % after), payback year, IRR, tornado and switching values, and a seeded Monte Carlo.\n\nOptions:\n  --scenario ID  the scenario (required when the case has several)\n  --draws N      number of draws (default ${DEFAULT_DRAWS})\n  --seed S       seed (default ${DEFAULT_SEED}); the same seed gives the same figures\n  --json         write JSON`,
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(analyseCommand, language));
      return EXIT.ok;
    }
    const messages = cliMessages(language);
    const file = positionals[0];
    if (file !== undefined && values.default) throw new UsageError(messages.fileOrDefault, NAME);
    if (file === undefined && !values.default) throw new UsageError(messages.missingFile, NAME);
    expectAtMostPositionals(positionals, 1, NAME, language);
    const t = text(language);
    const draws = integerOption(values.draws, DEFAULT_DRAWS, 1, 10_000_000, t.badDraws);
    const seed = integerOption(values.seed, DEFAULT_SEED, 0, MAX_SEED, t.badSeed);
    const document =
      file === undefined
        ? defaultCase()
        : await readCaseFile(file, { cwd: context.cwd, language, commandName: NAME });
    const scenarioId = pickScenario(document, values.scenario, language);
    // The LP solver only when a cost key is an LP-based allocation method (nucleolus, least core, EPM …).
    const solver = scenarioNeedsSolver(document, scenarioId) ? await loadLpSolver() : undefined;
    const analysis = analyseScenario(document, scenarioId, {
      draws,
      seed,
      language,
      ...(solver ? { solver } : {}),
    });
    if (!analysis) throw new UsageError(t.unknownScenario(scenarioId, ''), NAME);
    io.stdout(
      values.json
        ? `${JSON.stringify(analysisJson(analysis, document), null, 2)}\n`
        : renderAnalysisText(analysis, document, language),
    );
    return EXIT.ok;
  },
};
