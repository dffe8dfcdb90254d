/**
 * Single municipalities of about the same size as a cooperation taken as one unit: those whose population at
 * the same 1 January is within ±15 % of the unit's, closest first. The rule is a plain size band, stated with
 * its bounds, so a reader can check it; KOSTRA groups use more than size, and each comparable municipality's
 * group is shown beside it.
 * @module
 */
import { kostraLookup, type SourcedFigure } from './benchmark-indicators.ts';
import type { ReferenceDataset } from './reference-data.ts';

/** ±15 %: wide enough to find a handful of municipalities at most sizes, narrow enough to be «about as large». */
export const COMPARABLE_SHARE = 0.15;
/** The indicators shown for each comparable municipality: administration, and everything for scale. */
export const COMPARABLE_INDICATORS = ['FGK1b', 'AGD1'] as const;

export interface ComparableMunicipality {
  number: string;
  name: string;
  county: string;
  population: number;
  areaKm2: number;
  kostraGroup: number;
  indicators: { code: string; years: ({ year: number } & SourcedFigure)[] }[];
}

export interface ComparableMunicipalities {
  rule: { share: number; min: number; max: number; year: number } | null;
  municipalities: ComparableMunicipality[];
}

/**
 * The municipalities within ±15 % of `population` at 1 January `year`, closest first, except `exclude`.
 * @example comparableMunicipalities(data, 32_490, 2026, new Set()).rule // → { share: 0.15, min: 27_617, max: 37_363, year: 2026 }
 */
export function comparableMunicipalities(
  reference: ReferenceDataset,
  population: number | null,
  year: number | null,
  exclude: ReadonlySet<string>,
): ComparableMunicipalities {
  if (population === null || year === null) return { rule: null, municipalities: [] };
  // Whole inhabitants inside the band: ceil the lower bound, floor the upper one.
  const min = Math.ceil(population * (1 - COMPARABLE_SHARE));
  const max = Math.floor(population * (1 + COMPARABLE_SHARE));
  const lookup = kostraLookup(reference);
  const municipalities = reference.municipalities
    .flatMap((m) => {
      const size = m.population[String(year)];
      if (size === undefined || size < min || size > max || exclude.has(m.number)) return [];
      return [
        {
          number: m.number,
          name: m.name,
          county: m.county,
          population: size,
          areaKm2: m.areaKm2,
          kostraGroup: m.kostraGroup,
          indicators: COMPARABLE_INDICATORS.map((code) => ({
            code,
            years: lookup.years.map((y) => ({ year: y, ...lookup.figure(m.number, code, y) })),
          })),
        },
      ];
    })
    .sort(
      (a, b) =>
        Math.abs(a.population - population) - Math.abs(b.population - population) ||
        a.number.localeCompare(b.number),
    );
  return { rule: { share: COMPARABLE_SHARE, min, max, year }, municipalities };
}
