/**
 * «Rangering av modeller»: per criteria set, the lawful models ranked by weighted sum of their scores (scale
 * 1–5) with each one's probability of ranking first when the weights vary (the page's seeded run, same seed
 * and draws as the API's default), from `analyseModelChoice`. A set nobody has weighed or scored has no rows
 * and says so in the notes; models the law bars for the package are named in the notes, never ranked.
 * @module
 */
import { legalModelById } from '../../../engine/legal/registry.ts';
import { formatNumber } from '../../../i18n/format.ts';
import type { Language } from '../../../i18n/language.ts';
import { analyseModelChoice, type CriteriaSetChoice } from '../../model-choice/analyse-model-choice.ts';
import { localize } from '../../process/localize.ts';
import type { ExportCell, ExportTableBuilder } from '../export-table.ts';
import { areaName, citedSources, measured, say } from './table-helpers.ts';

const WORDS = {
  nb: {
    sheet: 'Rangering av modeller',
    title:
      'De lovlige samarbeidsmodellene rangert etter vektet sum av poengene (skala 1–5), per kriteriesett.',
    set: 'Kriteriesett',
    rank: 'Plass',
    model: 'Modell',
    value: 'Vektet sum (1–5)',
    first: 'Sannsynlighet for førsteplass (%)',
    noSession: (set: string) => `«${set}»: ingen har vektet kriteriene ennå, så modellene kan ikke rangeres.`,
    noWeights: (set: string) => `«${set}»: personene har ikke lagt inn vekter ennå.`,
    noScores: (set: string) => `«${set}»: ingen lovlige modeller har fått poeng på kriteriene ennå.`,
    barred: (set: string, models: string) =>
      `«${set}»: ikke rangert fordi loven ikke tillater dem for pakken: ${models}.`,
    unsuited: (set: string, models: string) =>
      `«${set}»: ikke rangert fordi de ikke er egnet for pakken: ${models}.`,
    scoredBy: (by: string) => `Poeng (1–5) satt av ${by}`,
    pkg: (set: string, areas: string) => `«${set}» er rangert for pakken: ${areas}.`,
    monteCarlo: (draws: string, seed: number) =>
      `Sannsynligheten for førsteplass er andelen av ${draws} trekk av vektene rundt gruppens vekter (frø ${seed}) der modellen kommer først.`,
  },
  nn: {
    sheet: 'Rangering av modellar',
    title:
      'Dei lovlege samarbeidsmodellane rangerte etter vekta sum av poenga (skala 1–5), per kriteriesett.',
    set: 'Kriteriesett',
    rank: 'Plass',
    model: 'Modell',
    value: 'Vekta sum (1–5)',
    first: 'Sannsyn for førsteplass (%)',
    noSession: (set: string) => `«${set}»: ingen har vekta kriteria enno, så modellane kan ikkje rangerast.`,
    noWeights: (set: string) => `«${set}»: personane har ikkje lagt inn vekter enno.`,
    noScores: (set: string) => `«${set}»: ingen lovlege modellar har fått poeng på kriteria enno.`,
    barred: (set: string, models: string) =>
      `«${set}»: ikkje rangert fordi lova ikkje tillèt dei for pakken: ${models}.`,
    unsuited: (set: string, models: string) =>
      `«${set}»: ikkje rangert fordi dei ikkje er eigna for pakken: ${models}.`,
    scoredBy: (by: string) => `Poeng (1–5) gitt av ${by}`,
    pkg: (set: string, areas: string) => `«${set}» er rangert for pakken: ${areas}.`,
    monteCarlo: (draws: string, seed: number) =>
      `Sannsynet for førsteplass er delen av ${draws} trekk av vektene rundt vektene til gruppa (frø ${seed}) der modellen kjem først.`,
  },
  en: {
    sheet: 'Model ranking',
    title:
      'The lawful cooperation models ranked by the weighted sum of their scores (scale 1–5), per criteria set.',
    set: 'Criteria set',
    rank: 'Rank',
    model: 'Model',
    value: 'Weighted sum (1–5)',
    first: 'Probability of ranking first (%)',
    noSession: (set: string) =>
      `«${set}»: nobody has weighed the criteria yet, so the models cannot be ranked.`,
    noWeights: (set: string) => `«${set}»: the persons have not entered weights yet.`,
    noScores: (set: string) => `«${set}»: no lawful model has been scored on the criteria yet.`,
    barred: (set: string, models: string) =>
      `«${set}»: not ranked because the law bars them for the package: ${models}.`,
    unsuited: (set: string, models: string) =>
      `«${set}»: not ranked because they are not suited for the package: ${models}.`,
    scoredBy: (by: string) => `Scores (1–5) given by ${by}`,
    pkg: (set: string, areas: string) => `«${set}» is ranked for the package: ${areas}.`,
    monteCarlo: (draws: string, seed: number) =>
      `The probability of ranking first is the share of ${draws} draws of the weights around the group's weights (seed ${seed}) in which the model comes first.`,
  },
} satisfies Record<Language, unknown>;

type Words = (typeof WORDS)[Language];

function modelName(id: string, language: Language): string {
  const model = legalModelById(id);
  return model ? localize(model.name, language) : id;
}

function setNotes(choice: CriteriaSetChoice, w: Words, language: Language, areas: string): string[] {
  const set = localize(choice.name, language);
  if (choice.status === 'noSession') return [w.noSession(set)];
  if (choice.status === 'noWeights') return [w.noWeights(set)];
  const names = (ids: readonly string[]) => ids.map((id) => modelName(id, language)).join(', ');
  const ranking = choice.ranking;
  return [
    w.pkg(set, areas),
    ...(choice.status === 'noScores' ? [w.noScores(set)] : []),
    ...(ranking?.notLawful.length ? [w.barred(set, names(ranking.notLawful))] : []),
    ...(ranking?.notSuited.length ? [w.unsuited(set, names(ranking.notSuited))] : []),
  ];
}

export const modelRankingTable: ExportTableBuilder = (document, context) => {
  const { language } = context;
  const w = say(language, WORDS);
  const analysis = analyseModelChoice(document);
  const rows: ExportCell[][] = analysis.sets.flatMap((choice) => {
    const ranking = choice.status === 'ranked' ? choice.ranking : null;
    if (!ranking) return [];
    const set = localize(choice.name, language);
    return ranking.ranking.ranking.map((r) => [
      set,
      r.rank,
      modelName(r.id, language),
      measured(r.value, 4),
      measured(ranking.monteCarlo.probabilityFirst[r.id] ?? null, 4),
    ]);
  });
  const notes = analysis.sets.flatMap((choice) =>
    setNotes(
      choice,
      w,
      language,
      choice.package.areaIds.map((id) => areaName(document, id, language)).join(', '),
    ),
  );
  return {
    id: 'model-ranking',
    sheetName: w.sheet,
    title: w.title,
    columns: [
      { header: w.set, format: 'text' },
      { header: w.rank, format: 'integer' },
      { header: w.model, format: 'text' },
      { header: w.value, format: 'decimal2' },
      { header: w.first, format: 'percent' },
    ],
    rows,
    notes: [
      ...notes,
      ...(rows.length ? [w.monteCarlo(formatNumber(analysis.iterations, 0), analysis.seed)] : []),
    ],
    sources: [
      ...[...new Set(document.weightingSessions.flatMap((s) => s.scores.map((score) => score.scoredBy)))].map(
        (by) => ({ kind: 'own-value' as const, label: w.scoredBy(by), detail: '', usedIn: [w.sheet] }),
      ),
      ...citedSources(document, document.weightingSessions, w.sheet, language),
    ],
  };
};
