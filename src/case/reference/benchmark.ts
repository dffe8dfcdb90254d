/**
 * The KOSTRA benchmark of a case: for each participant, its net operating expenditure per inhabitant beside its
 * KOSTRA group's average, its neighbours' and the country's (without Oslo, as KOSTRA compares), per indicator
 * and year, each figure with its SSB table, or `null` (shown `..`) with the command that fetches it.
 *
 * The group average is SSB's own figure (region EKGnn), never one computed here from the members: SSB weights
 * the group figure by population, and a mean of the shipped members' figures would be a number SSB never gave.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import {
  kostraLookup,
  shownIndicators,
  type KostraLookup,
  type SourcedFigure,
} from './benchmark-indicators.ts';
import { kostraGroupDescription, kostraGroupRegion } from './kostra-groups.ts';
import type { ReferenceDataset, ReferenceMunicipality } from './reference-data.ts';

/** The command that fetches figures the dataset lacks (written by `flokk ssb update`). */
export const FETCH_COMMAND = 'flokk ssb update';
/** SSB's region for the country without Oslo, which KOSTRA uses as the national comparison. */
export const COUNTRY_REGION = 'EAKUO';

export interface NamedFigure extends SourcedFigure {
  number: string;
  name: string;
}

export interface BenchmarkYear {
  year: number;
  municipality: SourcedFigure;
  group: SourcedFigure;
  neighbours: NamedFigure[];
  country: SourcedFigure;
}

export interface IndicatorBenchmark {
  code: string;
  label: string;
  years: BenchmarkYear[];
}

export interface MunicipalityBenchmark {
  number: string;
  name: string;
  /** `null` when the municipality is not in the reference data (a number that no longer exists). */
  kostraGroup: { number: number; region: string; description: string } | null;
  neighbours: { number: string; name: string }[];
  indicators: IndicatorBenchmark[];
}

/**
 * group-average-from-ssb: the group's figure is SSB's, shown `..` when absent, never computed from members ·
 * country-without-oslo: the national figure is «landet uten Oslo» (EAKUO) · latest-year-may-be-preliminary:
 * SSB publishes the latest year in March and revises it in June · not-in-reference-data: a participant the
 * reference data does not know (its number is named).
 */
export type BenchmarkNote =
  | { code: 'group-average-from-ssb' }
  | { code: 'country-without-oslo' }
  | { code: 'latest-year-may-be-preliminary'; year: number }
  | { code: 'not-in-reference-data'; number: string };

export interface BenchmarkView {
  years: number[];
  municipalities: MunicipalityBenchmark[];
  /** How many of the figures shown are missing (`..`), and the command that fetches them. */
  missing: { count: number; fetchCommand: typeof FETCH_COMMAND };
  notes: BenchmarkNote[];
  attribution: string;
}

interface Context {
  lookup: KostraLookup;
  byNumber: Map<string, ReferenceMunicipality>;
  language: Language;
}

function indicatorYears(
  ctx: Context,
  municipality: ReferenceMunicipality | undefined,
  number: string,
  code: string,
) {
  const group = municipality ? kostraGroupRegion(municipality.kostraGroup) : null;
  return ctx.lookup.years.map((year) => ({
    year,
    municipality: ctx.lookup.figure(number, code, year),
    group: group ? ctx.lookup.figure(group, code, year) : { value: null, source: null },
    neighbours: (municipality?.neighbours ?? []).map((n) => ({
      number: n.number,
      name: ctx.byNumber.get(n.number)?.name ?? n.number,
      ...ctx.lookup.figure(n.number, code, year),
    })),
    country: ctx.lookup.figure(COUNTRY_REGION, code, year),
  }));
}

function municipalityBenchmark(ctx: Context, number: string, name: string): MunicipalityBenchmark {
  const municipality = ctx.byNumber.get(number);
  return {
    number,
    name,
    kostraGroup: municipality
      ? {
          number: municipality.kostraGroup,
          region: kostraGroupRegion(municipality.kostraGroup),
          description: kostraGroupDescription(municipality.kostraGroup, ctx.language),
        }
      : null,
    neighbours: (municipality?.neighbours ?? []).map((n) => ({
      number: n.number,
      name: ctx.byNumber.get(n.number)?.name ?? n.number,
    })),
    indicators: shownIndicators(ctx.lookup).map((indicator) => ({
      code: indicator.code,
      label: indicator.label[ctx.language],
      years: indicatorYears(ctx, municipality, number, indicator.code),
    })),
  };
}

function countMissing(municipalities: readonly MunicipalityBenchmark[]): number {
  let count = 0;
  for (const m of municipalities)
    for (const indicator of m.indicators)
      for (const y of indicator.years) {
        const figures = [y.municipality, y.group, y.country, ...y.neighbours];
        count += figures.filter((f) => f.value === null).length;
      }
  return count;
}

/**
 * The benchmark of every participant of `document` against `reference`.
 * @example benchmarkView(defaultCase(), shippedReferenceData(), 'nb').municipalities[1].kostraGroup.number // → 7
 */
export function benchmarkView(
  document: Pick<CaseDocument, 'participants'>,
  reference: ReferenceDataset,
  language: Language,
): BenchmarkView {
  const ctx: Context = {
    lookup: kostraLookup(reference),
    byNumber: new Map(reference.municipalities.map((m) => [m.number, m])),
    language,
  };
  const municipalities = document.participants.map((p) =>
    municipalityBenchmark(ctx, p.municipalityNumber, p.name),
  );
  const latest = ctx.lookup.years.at(-1);
  const notes: BenchmarkNote[] = [{ code: 'group-average-from-ssb' }, { code: 'country-without-oslo' }];
  if (latest !== undefined) notes.push({ code: 'latest-year-may-be-preliminary', year: latest });
  for (const m of municipalities) {
    if (m.kostraGroup === null) notes.push({ code: 'not-in-reference-data', number: m.number });
  }
  return {
    years: ctx.lookup.years,
    municipalities,
    missing: { count: countMissing(municipalities), fetchCommand: FETCH_COMMAND },
    notes,
    attribution:
      'Kilde: Statistisk sentralbyrå (SSB), KOSTRA, tabell 12362 og 12367; KOSTRA-gruppering (Klass 112)',
  };
}
