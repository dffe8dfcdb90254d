import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildSsbFixtures, FIXTURE_REQUEST } from '../../../test/fixtures/ssb/ssb-fixtures.ts';
import { shippedReferenceData, type KostraFigure, type ReferenceDataset } from './reference-data.ts';
import { ssbQueries, ssbQueryUrl } from './ssb-tables.ts';
import { updateReferenceData, type SsbAnswer } from './ssb-update.ts';

const FIXTURES = new URL('../../../test/fixtures/ssb/', import.meta.url);
const shipped = shippedReferenceData();
const index = JSON.parse(readFileSync(new URL('index.json', FIXTURES), 'utf8')) as Record<string, string>;

/** The recorded answers, read from the committed files in the order the update sends its queries. */
function recordedAnswers(): SsbAnswer[] {
  return ssbQueries(FIXTURE_REQUEST(shipped)).map((query) => {
    const url = ssbQueryUrl(query);
    const file = index[url];
    if (!file) throw new Error(`No recorded answer for ${url}`);
    return { query, url, body: JSON.parse(readFileSync(new URL(file, FIXTURES), 'utf8')) as unknown };
  });
}

const byKey = (figures: readonly KostraFigure[]) =>
  [...figures].sort((a, b) => `${a.region}${a.code}${a.year}`.localeCompare(`${b.region}${b.code}${b.year}`));

/** The shipped data with every figure the update fetches taken out. */
function emptied(): ReferenceDataset {
  return {
    municipalities: shipped.municipalities.map((m) => ({ ...m, population: {} })),
    kostraIndicators: shipped.kostraIndicators.filter((f) => f.code === 'AGD1'),
  };
}

describe('updateReferenceData from the recorded answers', () => {
  it('has recorded answers that are what the fixture builder makes of the shipped data', () => {
    for (const fixture of buildSsbFixtures(shipped)) {
      expect(index[fixture.url]).toBe(fixture.file);
      const recorded: unknown = JSON.parse(readFileSync(new URL(fixture.file, FIXTURES), 'utf8'));
      expect(recorded, `${fixture.file} is stale: run scripts/reference-data/build-ssb-fixtures.mjs`).toEqual(
        fixture.body,
      );
    }
  });

  it('gives back the shipped figures: shipped → SSB answers → update → the same dataset', () => {
    const result = updateReferenceData(emptied(), recordedAnswers(), '2026-12-04T10:00:00Z');
    if (!result.success) throw new Error(result.problem);
    const { dataset, summary } = result;
    expect(dataset.municipalities).toEqual(shipped.municipalities);
    expect(byKey(dataset.kostraIndicators)).toEqual(byKey(shipped.kostraIndicators));
    // 357 municipalities × 3 years; 30 of the 33 KOSTRA figures are fetched (AGD1 is kept, not fetched).
    expect(summary).toEqual({
      populationChanged: 0,
      populationAdded: 1071,
      populationMissing: 0,
      kostraAdded: 30,
      kostraChanged: 0,
      kostraRemoved: 0,
      kostraFigures: 33,
    });
    expect(dataset.retrievedAt).toBe('2026-12-04T10:00:00Z');
    expect(dataset.queries).toHaveLength(20);
  });

  it('leaves a figure SSB shows as «..» absent (shown ..), never 0', () => {
    const result = updateReferenceData(emptied(), recordedAnswers(), '2026-12-04T10:00:00Z');
    if (!result.success) throw new Error(result.problem);
    const melhus301 = result.dataset.kostraIndicators.filter((f) => f.code === '301');
    expect(melhus301).toEqual([]);
    expect(result.dataset.kostraIndicators.some((f) => f.region === 'EKG07')).toBe(false);
  });

  it('counts a changed population and keeps what SSB was not asked for', () => {
    const previous: ReferenceDataset = {
      ...shipped,
      municipalities: shipped.municipalities.map((m) =>
        m.number === '5028' ? { ...m, population: { ...m.population, 2025: 17000, 2019: 15891 } } : m,
      ),
    };
    const result = updateReferenceData(previous, recordedAnswers(), '2026-12-04T10:00:00Z');
    if (!result.success) throw new Error(result.problem);
    expect(result.summary.populationChanged).toBe(1);
    expect(result.summary.kostraChanged).toBe(0);
    const melhus = result.dataset.municipalities.find((m) => m.number === '5028');
    expect(melhus?.population).toEqual({ 2019: 15891, 2024: 17560, 2025: 17812, 2026: 17828 });
    expect(melhus?.kostraGroup).toBe(7);
  });

  it('removes a previous figure SSB now shows as missing, and says so', () => {
    const previous: ReferenceDataset = {
      ...shipped,
      kostraIndicators: [
        ...shipped.kostraIndicators,
        {
          region: 'EKG07',
          year: 2024,
          code: 'FGK1b',
          label: 'x',
          amount1000Nok: 1,
          perInhabitantNok: 1,
          table: '12362',
        },
      ],
    };
    const result = updateReferenceData(previous, recordedAnswers(), '2026-12-04T10:00:00Z');
    if (!result.success) throw new Error(result.problem);
    expect(result.summary.kostraRemoved).toBe(1);
    expect(result.dataset.kostraIndicators).toHaveLength(33);
  });

  it('refuses an answer without the dimension asked for, naming its URL', () => {
    const answers = recordedAnswers();
    const first = answers[0];
    if (!first) throw new Error('no answers');
    const body = first.body as { id: string[]; dimension: Record<string, unknown> };
    const broken = {
      ...first,
      body: {
        ...body,
        id: ['Region2', ...body.id.slice(1)],
        dimension: { ...body.dimension, Region2: body.dimension['Region'] },
      },
    };
    const result = updateReferenceData(shipped, [broken], '2026-12-04T10:00:00Z');
    expect(result).toEqual({ success: false, problem: `${first.url}: the answer has no dimension Region` });
  });

  it('refuses a population that is not a whole number', () => {
    const [first] = recordedAnswers();
    if (!first) throw new Error('no answers');
    const body = first.body as { value: (number | null)[] };
    const result = updateReferenceData(
      shipped,
      [{ ...first, body: { ...body, value: [12.5, ...body.value.slice(1)] } }],
      '2026-12-04T10:00:00Z',
    );
    expect(result.success).toBe(false);
    if (!result.success) expect(result.problem).toContain('population of 0301 in 2024 is 12.5');
  });
});
