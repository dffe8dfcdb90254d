/**
 * The sum of the municipalities' own population figures, to set beside a combined figure the sources give for
 * the group. The two are sourced figures from different dates (and often different sources), so they differ;
 * the overview says so with both sources instead of showing two totals side by side without a word.
 * @module
 */
import type { PopulationFigure } from './schema/participants.ts';
import type { CaseDocument } from './schema/case-document.ts';

/** The municipalities' figures on one reference date, added up. */
export interface PopulationSum {
  value: number;
  referenceDate: string;
  /** The figures added, one per municipality, in the case's order (each with its own source). */
  figures: PopulationFigure[];
}

/**
 * The sum on the latest reference date for which every participant has a figure, or null if there is no such
 * date (a sum over different dates would be a figure no source gives).
 * @example populationSum(defaultCase()) // → { value: 32_474, referenceDate: '2025-01-01', figures: [...] }
 */
export function populationSum(document: Pick<CaseDocument, 'participants'>): PopulationSum | null {
  const { participants } = document;
  if (participants.length === 0) return null;
  const dates = [...new Set(participants.flatMap((p) => p.population.map((f) => f.referenceDate)))].sort();
  for (const date of dates.reverse()) {
    const figures = participants.map((p) => p.population.find((f) => f.referenceDate === date));
    if (figures.every((f) => f !== undefined)) {
      const found = figures as PopulationFigure[];
      return { value: found.reduce((sum, f) => sum + f.value, 0), referenceDate: date, figures: found };
    }
  }
  return null;
}
