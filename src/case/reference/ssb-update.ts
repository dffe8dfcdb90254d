/**
 * Turns SSB's answers (JSON-stat 2, one per query of `ssbQueries`) into a new reference dataset: population at
 * 1 January per municipality and year (07459), and KOSTRA net operating expenditure per region, year and
 * function or function group (12362, 12367). What SSB was not asked for is kept from the previous dataset
 * (names, area, neighbours, KOSTRA group, years and codes not fetched). Pure: the fetching is the CLI's.
 * @module
 */
import { cubeCell, cubeDimension, readJsonStat, type JsonStatCube } from './json-stat.ts';
import { ReferenceDataset, type KostraFigure } from './reference-data.ts';
import { SSB_CODES, SSB_TABLES, SSB_VARIABLES, type SsbQuery } from './ssb-tables.ts';

/** One answer: the query sent, its URL and the parsed JSON body. */
export interface SsbAnswer {
  query: SsbQuery;
  url: string;
  body: unknown;
}

/** What an update changed, counted against the previous dataset. */
export interface SsbUpdateSummary {
  /** Municipality-years whose population SSB gave and that differ from, or were absent in, the previous dataset. */
  populationChanged: number;
  populationAdded: number;
  /** Municipality-years SSB shows as missing (`..`); the previous figure, if any, is kept. */
  populationMissing: number;
  kostraAdded: number;
  kostraChanged: number;
  /** Figures of the previous dataset that SSB now shows as missing. */
  kostraRemoved: number;
  /** KOSTRA figures in the new dataset. */
  kostraFigures: number;
}

export type SsbUpdateResult =
  | { success: true; dataset: ReferenceDataset; summary: SsbUpdateSummary }
  | { success: false; problem: string };

class AnswerProblem extends Error {}

function cubeOf(answer: SsbAnswer, required: readonly string[]): JsonStatCube {
  const read = readJsonStat(answer.body);
  if (!read.success) throw new AnswerProblem(`${answer.url}: ${read.problem}`);
  for (const id of required)
    if (!cubeDimension(read.cube, id))
      throw new AnswerProblem(`${answer.url}: the answer has no dimension ${id}`);
  return read.cube;
}

function codesOf(cube: JsonStatCube, id: string): string[] {
  return cubeDimension(cube, id)?.codes ?? [];
}

type PopulationByNumber = Map<string, Record<string, number>>;

function readPopulation(answers: readonly SsbAnswer[], known: ReadonlySet<string>) {
  const { region, time } = SSB_VARIABLES;
  const fetched: PopulationByNumber = new Map();
  let missing = 0;
  for (const answer of answers) {
    const cube = cubeOf(answer, [region, time]);
    for (const number of codesOf(cube, region)) {
      if (!known.has(number)) continue;
      for (const year of codesOf(cube, time)) {
        const value = cubeCell(cube, {
          [region]: number,
          [time]: year,
          [SSB_VARIABLES.contents]: SSB_CODES.persons,
        });
        if (value === null) {
          missing += 1;
          continue;
        }
        if (!Number.isInteger(value) || value < 0)
          throw new AnswerProblem(`${answer.url}: population of ${number} in ${year} is ${value}`);
        fetched.set(number, { ...fetched.get(number), [year]: value });
      }
    }
  }
  return { fetched, missing };
}

const key = (f: Pick<KostraFigure, 'region' | 'year' | 'code'>) => `${f.region}|${f.year}|${f.code}`;
const REGION = /^(\d{4}|EKG\d{2}|EAK|EAKUO)$/;

function readKostra(answers: readonly SsbAnswer[]) {
  const { kostraRegion, function: fn, contents, time, art, accountingScope } = SSB_VARIABLES;
  const figures = new Map<string, KostraFigure>();
  const covered = new Set<string>();
  for (const answer of answers) {
    const table = answer.query.table === SSB_TABLES.kostraGroups ? '12362' : '12367';
    const cube = cubeOf(answer, [kostraRegion, fn, contents, time]);
    const labels = cubeDimension(cube, fn)?.labels ?? {};
    for (const region of codesOf(cube, kostraRegion).filter((r) => REGION.test(r)))
      for (const code of codesOf(cube, fn))
        for (const yearCode of codesOf(cube, time)) {
          const year = Number(yearCode);
          if (!Number.isInteger(year)) throw new AnswerProblem(`${answer.url}: the year «${yearCode}»`);
          const at = {
            [kostraRegion]: region,
            [fn]: code,
            [time]: yearCode,
            [art]: SSB_CODES.netOperatingExpenditure,
            [accountingScope]: SSB_CODES.groupAccounts,
          };
          const amount1000Nok = cubeCell(cube, { ...at, [contents]: SSB_CODES.amount1000Nok });
          const perInhabitantNok = cubeCell(cube, { ...at, [contents]: SSB_CODES.perInhabitantNok });
          const figure = { region, year, code };
          covered.add(key(figure));
          // A figure SSB gives in neither form is absent, so it shows as «..», never as 0.
          if (amount1000Nok === null && perInhabitantNok === null) continue;
          const label = (labels[code] ?? code).slice(0, 200);
          figures.set(key(figure), { ...figure, label, amount1000Nok, perInhabitantNok, table });
        }
  }
  return { figures, covered };
}

function sameFigure(a: KostraFigure, b: KostraFigure): boolean {
  return a.amount1000Nok === b.amount1000Nok && a.perInhabitantNok === b.perInhabitantNok;
}

function mergeKostra(previous: readonly KostraFigure[], answers: readonly SsbAnswer[]) {
  const { figures, covered } = readKostra(answers);
  const before = new Map(previous.map((f) => [key(f), f]));
  let added = 0;
  let changed = 0;
  let removed = 0;
  for (const [k, figure] of figures) {
    const old = before.get(k);
    if (!old) added += 1;
    else if (!sameFigure(old, figure)) changed += 1;
  }
  for (const k of before.keys()) if (covered.has(k) && !figures.has(k)) removed += 1;
  const kept = previous.filter((f) => !covered.has(key(f)));
  const merged = [...kept, ...figures.values()].sort(
    (a, b) => a.region.localeCompare(b.region) || a.code.localeCompare(b.code) || a.year - b.year,
  );
  return { merged, added, changed, removed };
}

/**
 * The previous dataset with SSB's answers applied. Refuses (with the URL and what is wrong) an answer that is
 * not JSON-stat 2 or lacks the dimensions asked for, and a result the reference data schema refuses.
 */
export function updateReferenceData(
  previous: ReferenceDataset,
  answers: readonly SsbAnswer[],
  retrievedAt: string,
): SsbUpdateResult {
  try {
    const known = new Set(previous.municipalities.map((m) => m.number));
    const population = readPopulation(
      answers.filter((a) => a.query.table === SSB_TABLES.population),
      known,
    );
    let populationChanged = 0;
    let populationAdded = 0;
    const municipalities = previous.municipalities.map((m) => {
      const fetched = population.fetched.get(m.number);
      if (!fetched) return m;
      for (const [year, value] of Object.entries(fetched)) {
        const old = m.population[year];
        if (old === undefined) populationAdded += 1;
        else if (old !== value) populationChanged += 1;
      }
      return { ...m, population: { ...m.population, ...fetched } };
    });
    const kostra = mergeKostra(
      previous.kostraIndicators,
      answers.filter((a) => a.query.table !== SSB_TABLES.population),
    );
    const parsed = ReferenceDataset.safeParse({
      municipalities,
      kostraIndicators: kostra.merged,
      retrievedAt,
      queries: answers.map((a) => a.url),
    });
    if (!parsed.success) {
      const issue = parsed.error.issues[0];
      return { success: false, problem: `${issue?.path.join('.') ?? ''}: ${issue?.message ?? ''}` };
    }
    return {
      success: true,
      dataset: parsed.data,
      summary: {
        populationChanged,
        populationAdded,
        populationMissing: population.missing,
        kostraAdded: kostra.added,
        kostraChanged: kostra.changed,
        kostraRemoved: kostra.removed,
        kostraFigures: kostra.merged.length,
      },
    };
  } catch (error) {
    if (error instanceof AnswerProblem) return { success: false, problem: error.message };
    throw error;
  }
}
