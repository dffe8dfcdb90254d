/**
 * Fills the participants' population from the reference data: for each chosen year, the population at
 * 1 January (SSB table 07459), with the source set to that table. A figure already there for the same date is
 * replaced only when the value differs, so the change shows in the revision history; figures for other dates
 * are kept. Pure: the server saves the result as one revision.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { SourceDocument } from '../schema/common.ts';
import type { PopulationFigure } from '../schema/participants.ts';
import type { ReferenceDataset } from './reference-data.ts';

/** The id the default case gives SSB table 07459; reused so every case names the table the same way. */
export const SSB_07459_SOURCE_ID = 'ssb-07459';

/** The source document added when the case has none with {@link SSB_07459_SOURCE_ID}. */
export const SSB_07459_SOURCE: SourceDocument = {
  id: SSB_07459_SOURCE_ID,
  title: 'Statistikkbanken tabell 07459: Befolkning, etter region, kjønn, alder og år (1. januar)',
  kind: 'statistics',
  publisher: 'Statistisk sentralbyrå (SSB)',
  url: 'https://www.ssb.no/statbank/table/07459',
};

/** One figure the fill adds or replaces. `before` is null where the case had no figure for that date. */
export interface PopulationFillChange {
  municipalityNumber: string;
  name: string;
  referenceDate: string;
  before: number | null;
  after: number;
}

/** A participant-year the reference data has no figure for (shown `..`); nothing is filled in. */
export interface PopulationFillGap {
  municipalityNumber: string;
  name: string;
  year: number;
}

export interface PopulationFill {
  document: CaseDocument;
  changes: PopulationFillChange[];
  missing: PopulationFillGap[];
}

/** The years the reference data has a population for, for at least one participant, newest first. */
export function referencePopulationYears(document: CaseDocument, reference: ReferenceDataset): number[] {
  const numbers = new Set<string>(document.participants.map((p) => p.municipalityNumber));
  const years = reference.municipalities
    .filter((m) => numbers.has(m.number))
    .flatMap((m) => Object.keys(m.population).map(Number));
  return [...new Set(years)].sort((a, b) => b - a);
}

function figureFor(value: number, year: number): PopulationFigure {
  return {
    value,
    referenceDate: `${year}-01-01`,
    source: { document: SSB_07459_SOURCE_ID, locator: `Tabell 07459: folkemengde 1. januar ${year}` },
  };
}

/**
 * The document with the participants' population at 1 January of `years` from `reference`, and what changed.
 * @example fillPopulation(doc, shippedReferenceData(), [2026]).changes
 * // → [{ municipalityNumber: '5029', name: 'Skaun', referenceDate: '2026-01-01', before: null, after: 8574 }, …]
 */
export function fillPopulation(
  document: CaseDocument,
  reference: ReferenceDataset,
  years: readonly number[],
): PopulationFill {
  const byNumber = new Map(reference.municipalities.map((m) => [m.number, m]));
  const changes: PopulationFillChange[] = [];
  const missing: PopulationFillGap[] = [];
  const sortedYears = [...new Set(years)].sort((a, b) => a - b);
  const participants = document.participants.map((participant) => {
    const { municipalityNumber, name } = participant;
    let population = participant.population;
    for (const year of sortedYears) {
      const value = byNumber.get(municipalityNumber)?.population[String(year)];
      // A municipality of 0 inhabitants is no real figure; the case's schema wants a positive count.
      if (value === undefined || value <= 0) {
        missing.push({ municipalityNumber, name, year });
        continue;
      }
      const referenceDate = `${year}-01-01`;
      const at = population.findIndex((f) => f.referenceDate === referenceDate);
      const before = at >= 0 ? (population[at]?.value ?? null) : null;
      if (before === value) continue;
      changes.push({ municipalityNumber, name, referenceDate, before, after: value });
      population =
        at >= 0
          ? population.map((f, i) => (i === at ? figureFor(value, year) : f))
          : [...population, figureFor(value, year)];
    }
    return population === participant.population ? participant : { ...participant, population };
  });
  if (changes.length === 0) return { document, changes, missing };
  // The source is added only when a figure refers to it, and an existing one is never rewritten.
  const hasSource = document.sources.some((s) => s.id === SSB_07459_SOURCE_ID);
  const sources = hasSource ? document.sources : [...document.sources, SSB_07459_SOURCE];
  return { document: { ...document, participants, sources }, changes, missing };
}

/** The revision's comment: «Folketall 1. januar 2026 fra SSB (tabell 07459)». */
export function populationFillComment(years: readonly number[], language: Language): string {
  const list = [...new Set(years)].sort((a, b) => a - b).join(', ');
  return {
    nb: `Folketall 1. januar ${list} fra SSB (tabell 07459)`,
    nn: `Folketal 1. januar ${list} frå SSB (tabell 07459)`,
    en: `Population on 1 January ${list} from SSB (table 07459)`,
  }[language];
}
