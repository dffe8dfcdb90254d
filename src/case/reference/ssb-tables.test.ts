import { describe, expect, it } from 'vitest';
import { KOSTRA_COMPARISON_REGIONS, ssbQueries, ssbQueryUrl } from './ssb-tables.ts';

describe('ssbQueries', () => {
  const numbers = Array.from({ length: 357 }, (_, i) => String(1000 + i));
  const queries = ssbQueries({ municipalities: numbers, populationYears: [2024], kostraYears: [2023, 2024] });

  it('chunks the regions: 357 municipalities in 6 requests, with the 19 comparison regions 376 in 7 per KOSTRA table', () => {
    expect(KOSTRA_COMPARISON_REGIONS).toHaveLength(19);
    expect(KOSTRA_COMPARISON_REGIONS.slice(0, 2)).toEqual(['EKG01', 'EKG02']);
    expect(KOSTRA_COMPARISON_REGIONS.slice(-3)).toEqual(['EKG17', 'EAKUO', 'EAK']);
    expect(queries.map((q) => q.table)).toEqual([
      ...Array<string>(6).fill('07459'),
      ...Array<string>(7).fill('12362'),
      ...Array<string>(7).fill('12367'),
    ]);
  });

  it('keeps every URL short', () => {
    for (const query of queries) expect(ssbQueryUrl(query).length).toBeLessThan(1_000);
  });

  it('writes the query as PxWebApi v2 expects', () => {
    const [melhus] = ssbQueries({ municipalities: ['5028'], populationYears: [2025, 2026], kostraYears: [] });
    if (!melhus) throw new Error('no query');
    expect(ssbQueryUrl(melhus)).toBe(
      'https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?lang=no&outputFormat=json-stat2' +
        '&valueCodes[Region]=5028&valueCodes[ContentsCode]=Personer1&valueCodes[Tid]=2025,2026',
    );
  });
});
