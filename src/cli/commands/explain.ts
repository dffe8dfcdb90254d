/**
 * `flokk explain FILE|--default FIGURE [--depth N] [--json]`: how a figure came about, named as the API names
 * it (`scenario:administrative-tjenester/npv/5028`, `cost-sharing:<scenario>/<area>/nucleolus/5028` …): the
 * formula in words and symbols and the inputs as a tree, down to the case's fields with their sources.
 * The value is the one `flokk analyse` and `flokk share` print, computed by the same code.
 * @module
 */
import { defaultCase } from '../../case/default-case/default-case.ts';
import { explanationGraph, explanationTree } from '../../case/explain/explanation-tree.ts';
import { scenarioNeedsSolver } from '../../case/scenario/resolve-allocation-keys.ts';
import { loadLpSolver } from '../../engine/games/lp-solver.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, expectAtMostPositionals, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { readCaseFile } from '../read-case-file.ts';
import { renderExplanationText } from '../render-explanation.ts';
import { EXIT } from '../run-command.ts';

const NAME = 'explain';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  json: { type: 'boolean' },
  depth: { type: 'string' },
} as const;

/** Text opens three levels unless asked for more; JSON opens every level, down to the sources. */
const TEXT_DEPTH = 3;
const MAX_DEPTH = 50;

const TEXT: Record<Language, { missingFigure: string; badDepth: string; unknown: (id: string) => string }> = {
  nb: {
    missingFigure: 'Oppgi tallet som skal forklares, f.eks. scenario:administrative-tjenester/npv/5028',
    badDepth: `Ugyldig --depth; bruk et heltall fra 0 til ${MAX_DEPTH}`,
    unknown: (id) =>
      `Saken har ikke tallet «${id}». Eksempler: scenario:<scenario>/npv/<kommunenummer|total>, scenario:<scenario>/net/<kommunenummer>/<år>, cost-sharing:<scenario>/<område|package>/nucleolus/<kommunenummer>`,
  },
  nn: {
    missingFigure: 'Oppgi talet som skal forklarast, t.d. scenario:administrative-tjenester/npv/5028',
    badDepth: `Ugyldig --depth; bruk eit heiltal frå 0 til ${MAX_DEPTH}`,
    unknown: (id) =>
      `Saka har ikkje talet «${id}». Døme: scenario:<scenario>/npv/<kommunenummer|total>, scenario:<scenario>/net/<kommunenummer>/<år>, cost-sharing:<scenario>/<område|package>/nucleolus/<kommunenummer>`,
  },
  en: {
    missingFigure: 'Give the figure to explain, e.g. scenario:administrative-tjenester/npv/5028',
    badDepth: `Invalid --depth; use a whole number from 0 to ${MAX_DEPTH}`,
    unknown: (id) =>
      `The case has no figure "${id}". Examples: scenario:<scenario>/npv/<municipality number|total>, scenario:<scenario>/net/<municipality>/<year>, cost-sharing:<scenario>/<area|package>/nucleolus/<municipality>`,
  },
};

export const explainCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk explain FIL|--default TALL [--depth N] [--json] [--lang nb|nn|en]',
    nn: 'flokk explain FIL|--default TAL [--depth N] [--json] [--lang nb|nn|en]',
    en: 'flokk explain FILE|--default FIGURE [--depth N] [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Forklar et tall: formel, inndata og kilder',
    nn: 'Forklar eit tal: formel, inndata og kjelder',
    en: 'Explain a figure: formula, inputs and sources',
  },
  help: {
    nb: `Viser hvordan et tall er regnet ut: formelen i ord og symboler og inndataene som et tre, ned til tallene i saken\nmed kilde og sted i kilden, vedtak eller «plassholder». Tallet navngis som i API-et:\n  scenario:<scenario>/npv/<kommunenummer|total>        netto nåverdi\n  scenario:<scenario>/net/<kommunenummer|total>/<år>   netto effekt i et år\n  cost-sharing:<scenario>/<område|package>/<metode>/<kommunenummer>   beløp etter en fordelingsmetode\n  switchboard:<kommunenummer|pooled>/fte                 årsverk til sentralbordet\n  people:<område>/<kommunenummer|joint>/<low|high>/departed-fte/<år>   årsverk gått av til og med året\n  model-choice:<kriteriesett>/rank/<modell>             rangering av en modell\n\nValg:\n  --depth N  antall nivåer som åpnes (tekst: ${TEXT_DEPTH}; JSON: alle)\n  --json     skriv JSON: tallet og alle tall under det, hvert én gang, med inndata som id-er`,
    nn: `Viser korleis eit tal er rekna ut: formelen i ord og symbol og inndata som eit tre, ned til tala i saka\nmed kjelde og stad i kjelda, vedtak eller «plasshaldar». Talet blir namngitt som i API-et:\n  scenario:<scenario>/npv/<kommunenummer|total>        netto noverdi\n  scenario:<scenario>/net/<kommunenummer|total>/<år>   netto effekt i eit år\n  cost-sharing:<scenario>/<område|package>/<metode>/<kommunenummer>   beløp etter ein fordelingsmetode\n  switchboard:<kommunenummer|pooled>/fte                 årsverk til sentralbordet\n  people:<område>/<kommunenummer|joint>/<low|high>/departed-fte/<år>   årsverk gått av til og med året\n  model-choice:<kriteriesett>/rank/<modell>             rangering av ein modell\n\nVal:\n  --depth N  talet på nivå som blir opna (tekst: ${TEXT_DEPTH}; JSON: alle)\n  --json     skriv JSON`,
    en: `Shows how a figure was computed: the formula in words and symbols and the inputs as a tree, down to the case's\nfigures with their source and place in it, decision or "placeholder". Figures are named as in the API:\n  scenario:<scenario>/npv/<municipality|total>         net present value\n  scenario:<scenario>/net/<municipality|total>/<year>  net effect in a year\n  cost-sharing:<scenario>/<area|package>/<method>/<municipality>   amount by an allocation method\n  switchboard:<municipality|pooled>/fte                  switchboard FTE\n  people:<area>/<municipality|joint>/<low|high>/departed-fte/<year>   FTE departed by the year\n  model-choice:<criteria set>/rank/<model>              rank of a model\n\nOptions:\n  --depth N  levels to open (text: ${TEXT_DEPTH}; JSON: all)\n  --json     write JSON`,
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(explainCommand, language));
      return EXIT.ok;
    }
    const t = TEXT[language];
    expectAtMostPositionals(positionals, values.default ? 1 : 2, NAME, language);
    const figure = positionals[values.default ? 0 : 1];
    const file = values.default ? undefined : positionals[0];
    if (figure === undefined) throw new UsageError(t.missingFigure, NAME);
    const depth = values.depth === undefined ? (values.json ? MAX_DEPTH : TEXT_DEPTH) : Number(values.depth);
    if (!Number.isInteger(depth) || depth < 0 || depth > MAX_DEPTH) throw new UsageError(t.badDepth, NAME);
    const document =
      file === undefined
        ? defaultCase()
        : await readCaseFile(file, { cwd: context.cwd, language, commandName: NAME });
    const scenarioId = /^scenario:([^/]+)\//.exec(figure)?.[1];
    const needsSolver =
      figure.startsWith('cost-sharing:') ||
      (scenarioId !== undefined && scenarioNeedsSolver(document, scenarioId));
    const options = {
      caseId: 'default',
      language,
      depth,
      ...(needsSolver ? { solver: await loadLpSolver() } : {}),
    };
    // JSON: every figure once, by id (the tree repeats shared inputs thousands of times); text: the tree.
    const answer = values.json
      ? explanationGraph(document, figure, options)
      : explanationTree(document, figure, options);
    if (!answer) throw new UsageError(t.unknown(figure), NAME);
    io.stdout(
      'figures' in answer ? `${JSON.stringify(answer, null, 2)}\n` : renderExplanationText(answer, language),
    );
    return EXIT.ok;
  },
};
