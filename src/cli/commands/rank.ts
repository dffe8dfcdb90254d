/**
 * `flokk rank FILE|--default --criteria ID [--seed S] [--json]`: the group weights for a criteria set, the
 * ranking of the lawful models by weighted sum, and its robustness (the smallest weight change per criterion
 * that changes the top model; the seeded Monte Carlo probability of ranking first). Without weights or
 * scores in the case it says what is missing instead of inventing them.
 * @module
 */
import {
  analyseModelChoice,
  DEFAULT_RANK_SEED,
  type CriteriaSetChoice,
} from '../../case/model-choice/analyse-model-choice.ts';
import type { CaseDocument } from '../../case/schema/case-document.ts';
import { legalModelById } from '../../engine/legal/registry.ts';
import { roundedPercentages } from '../../engine/statistics/rounded-percentages.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import { COMMON_OPTIONS, parseCommandArgs } from '../args.ts';
import { UsageError } from '../cli-errors.ts';
import type { Command } from '../command.ts';
import { commandHelpText } from '../help.ts';
import { EXIT } from '../run-command.ts';
import { renderTextTable } from '../text-table.ts';
import { caseFromArgs } from './model-choice-input.ts';

const NAME = 'rank';
const OPTIONS = {
  ...COMMON_OPTIONS,
  default: { type: 'boolean' },
  json: { type: 'boolean' },
  criteria: { type: 'string' },
  seed: { type: 'string' },
} as const;

const TEXT = {
  nb: {
    chooseSet: (ids: string) => `Velg kriteriesett med --criteria: ${ids}`,
    unknownSet: (id: string, ids: string) => `Ukjent kriteriesett «${id}». Saken har: ${ids}`,
    badSeed: 'Ugyldig --seed; bruk et heltall fra 0 til 4 294 967 295',
    noSession:
      'Ingen har vektet kriteriene i dette settet ennå. Legg inn vekter (og poeng for modellene) på siden Modellvalg, eller i saksfilen under weightingSessions.',
    noWeights: 'Ingen av personene har lagt inn vekter ennå.',
    noScores:
      'Ingen lovlige modeller har fått poeng på kriteriene ennå. Legg inn poeng (1–5) under weightingSessions[].scores.',
    model: 'Modell',
    value: 'Vektet sum',
    rank: 'Plass',
    first: 'P(først)',
    criterion: 'Kriterium',
    weight: 'Vekt',
    flip: 'Minste endring som bytter førsteplass',
    none: 'ingen',
    notLawful: (names: string) => `Ikke lovlig eller ikke egnet for pakken, holdt utenfor: ${names}`,
    method: (m: string) =>
      `Gruppevekter: ${m === 'aij' ? 'geometrisk snitt av vurderingene (AIJ)' : 'snitt av vektene (AIP)'}`,
    mc: (n: number, seed: number) => `Monte Carlo over vekter: ${n} trekk, frø ${seed}`,
  },
  en: {
    chooseSet: (ids: string) => `Choose a criteria set with --criteria: ${ids}`,
    unknownSet: (id: string, ids: string) => `Unknown criteria set "${id}". The case has: ${ids}`,
    badSeed: 'Invalid --seed; use a whole number from 0 to 4,294,967,295',
    noSession:
      'Nobody has weighed the criteria of this set yet. Enter weights (and scores for the models) on the Model choice page, or in the case file under weightingSessions.',
    noWeights: 'None of the persons has entered weights yet.',
    noScores:
      'No lawful model has been scored on the criteria yet. Enter scores (1–5) under weightingSessions[].scores.',
    model: 'Model',
    value: 'Weighted sum',
    rank: 'Rank',
    first: 'P(first)',
    criterion: 'Criterion',
    weight: 'Weight',
    flip: 'Smallest change that changes the top model',
    none: 'none',
    notLawful: (names: string) => `Not lawful or not suited for the package, left out: ${names}`,
    method: (m: string) =>
      `Group weights: ${m === 'aij' ? 'geometric mean of judgements (AIJ)' : 'mean of weights (AIP)'}`,
    mc: (n: number, seed: number) => `Monte Carlo over weights: ${n} draws, seed ${seed}`,
  },
};
const nn: (typeof TEXT)['nb'] = {
  ...TEXT.nb,
  chooseSet: (ids) => `Vel kriteriesett med --criteria: ${ids}`,
  unknownSet: (id, ids) => `Ukjent kriteriesett «${id}». Saka har: ${ids}`,
  noSession:
    'Ingen har vekta kriteria i dette settet enno. Legg inn vekter (og poeng for modellane) på sida Modellval, eller i saksfila under weightingSessions.',
  noWeights: 'Ingen av personane har lagt inn vekter enno.',
  noScores:
    'Ingen lovlege modellar har fått poeng på kriteria enno. Legg inn poeng (1–5) under weightingSessions[].scores.',
  notLawful: (names) => `Ikkje lovleg eller ikkje eigna for pakken, halden utanfor: ${names}`,
  flip: 'Minste endring som byter førsteplass',
  none: 'ingen',
};
const text = (language: Language) => (language === 'nn' ? nn : TEXT[language]);

function modelName(id: string, language: Language): string {
  const model = legalModelById(id);
  return model ? model.name[language] : id;
}

function pickSet(document: CaseDocument, requested: string | undefined, language: Language): string {
  const t = text(language);
  const ids = document.criteriaSets.map((s) => s.id).join(', ');
  if (requested === undefined) throw new UsageError(t.chooseSet(ids), NAME);
  if (!document.criteriaSets.some((s) => s.id === requested))
    throw new UsageError(t.unknownSet(requested, ids), NAME);
  return requested;
}

const pct = (value: number, language: Language) => `${formatNumber(value * 100, 1, language)} %`;

function renderText(choice: CriteriaSetChoice, language: Language): string {
  const t = text(language);
  const head = choice.name[language] ?? choice.name.nb;
  if (choice.status === 'noSession') return `${head}\n${t.noSession}\n`;
  if (choice.status === 'noWeights') return `${head}\n${t.noWeights}\n`;
  const ranking = choice.ranking;
  if (choice.status === 'noScores' || !ranking) return `${head}\n${t.noScores}\n`;
  const criterionName = (id: string) => {
    const c = choice.criteria.find((x) => x.id === id);
    return c ? (c.name[language] ?? c.name.nb) : id;
  };
  // Rounded together, so the column adds up to exactly 100 %.
  const first = roundedPercentages(ranking.monteCarlo.probabilityFirst, 1);
  const rows = ranking.ranking.ranking.map((r) => [
    String(r.rank),
    modelName(r.id, language),
    formatNumber(r.value, 2, language),
    pct((first[r.id] ?? 0) / 100, language),
  ]);
  const flips = ranking.sensitivity.criteria.map((c) => [
    criterionName(c.criterionId),
    pct(c.weight, language),
    c.smallest
      ? `${c.smallest.change > 0 ? '+' : '−'}${pct(Math.abs(c.smallest.change), language)} → ${modelName(c.smallest.newTop, language)}`
      : t.none,
  ]);
  return [
    head,
    t.method(choice.weights?.method ?? 'aip'),
    t.mc(ranking.monteCarlo.iterations, ranking.monteCarlo.seed),
    '',
    renderTextTable(
      [
        { header: t.rank, align: 'right' },
        { header: t.model, align: 'left' },
        { header: t.value, align: 'right' },
        { header: t.first, align: 'right' },
      ],
      rows,
      [],
    ),
    renderTextTable(
      [
        { header: t.criterion, align: 'left' },
        { header: t.weight, align: 'right' },
        { header: t.flip, align: 'left' },
      ],
      flips,
      [],
    ),
    [...ranking.notLawful, ...ranking.notSuited].length > 0
      ? t.notLawful(
          [...ranking.notLawful, ...ranking.notSuited].map((id) => modelName(id, language)).join(', '),
        )
      : '',
    '',
  ].join('\n');
}

export const rankCommand: Command = {
  name: NAME,
  usage: {
    nb: 'flokk rank FIL|--default --criteria ID [--seed S] [--json] [--lang nb|nn|en]',
    nn: 'flokk rank FIL|--default --criteria ID [--seed S] [--json] [--lang nb|nn|en]',
    en: 'flokk rank FILE|--default --criteria ID [--seed S] [--json] [--lang nb|nn|en]',
  },
  summary: {
    nb: 'Ranger de lovlige samarbeidsmodellene etter vektede kriterier, med robusthet',
    nn: 'Ranger dei lovlege samarbeidsmodellane etter vekta kriterium, med robustheit',
    en: 'Rank the lawful cooperation models on weighted criteria, with robustness',
  },
  help: {
    nb: `Regner gruppevekter, vektet sum for de lovlige modellene, minste vektendring per kriterium som bytter\nførsteplass, og sannsynligheten for førsteplass i en Monte Carlo over vektene.\n\nValg:\n  --criteria ID  kriteriesettet\n  --seed S       frø (standard ${DEFAULT_RANK_SEED})\n  --json         skriv JSON`,
    nn: `Reknar gruppevekter, vekta sum for dei lovlege modellane, minste vektendring per kriterium som byter\nførsteplass, og sannsynet for førsteplass i ei Monte Carlo over vektene.\n\nVal:\n  --criteria ID  kriteriesettet\n  --seed S       frø (standard ${DEFAULT_RANK_SEED})\n  --json         skriv JSON`,
    en: `Computes group weights, the weighted sum for the lawful models, the smallest weight change per criterion\nthat changes the top model, and the probability of ranking first in a Monte Carlo over the weights.\n\nOptions:\n  --criteria ID  the criteria set\n  --seed S       seed (default ${DEFAULT_RANK_SEED})\n  --json         write JSON`,
  },
  async run(args, context) {
    const { language, io } = context;
    const { values, positionals } = parseCommandArgs(args, OPTIONS, NAME, language);
    if (values.help) {
      io.stdout(commandHelpText(rankCommand, language));
      return EXIT.ok;
    }
    const t = text(language);
    const seed = values.seed === undefined ? DEFAULT_RANK_SEED : Number(values.seed);
    if (!Number.isInteger(seed) || seed < 0 || seed > 0xffff_ffff) throw new UsageError(t.badSeed, NAME);
    const document = await caseFromArgs(positionals, values.default, context, NAME);
    const setId = pickSet(document, values.criteria, language);
    const choice = analyseModelChoice(document, { seed }).sets.find((s) => s.criteriaSetId === setId);
    if (!choice) throw new UsageError(t.unknownSet(setId, ''), NAME);
    const message = { noSession: t.noSession, noWeights: t.noWeights, noScores: t.noScores, ranked: null }[
      choice.status
    ];
    io.stdout(
      values.json ? `${JSON.stringify({ ...choice, message }, null, 2)}\n` : renderText(choice, language),
    );
    return EXIT.ok;
  },
};
