/**
 * The KOSTRA indicators a benchmark shows, administration first (the study is about administration), and a
 * lookup of one figure by region, indicator and year in a reference dataset. All are net operating expenditure
 * (netto driftsutgifter) in kroner per inhabitant, as SSB publishes them in tables 12362 and 12367.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import type { KostraFigure, ReferenceDataset } from './reference-data.ts';

export interface BenchmarkIndicator {
  code: string;
  label: Record<Language, string>;
  /** Shown only when the dataset has the indicator for some region (SSB's single functions 301–329). */
  onlyWhenPresent: boolean;
}

const indicator = (code: string, nb: string, nn: string, en: string, onlyWhenPresent = false) => ({
  code,
  label: { nb, nn, en },
  onlyWhenPresent,
});

export const BENCHMARK_INDICATORS: readonly BenchmarkIndicator[] = [
  indicator(
    'FGK1b',
    'Administrasjon i alt (funksjon 120, 121, 130)',
    'Administrasjon i alt (funksjon 120, 121, 130)',
    'Administration, total (functions 120, 121, 130)',
  ),
  indicator(
    '120',
    'Administrasjon (funksjon 120)',
    'Administrasjon (funksjon 120)',
    'Administration (function 120)',
  ),
  indicator(
    '121',
    'Forvaltningsutgifter i eiendomsforvaltningen (121)',
    'Forvaltningsutgifter i eigedomsforvaltninga (121)',
    'Property management administration (121)',
  ),
  indicator(
    '130',
    'Administrasjonslokaler (130)',
    'Administrasjonslokale (130)',
    'Administration premises (130)',
  ),
  indicator(
    'FGK1a',
    'Politisk styring og kontroll (100, 110)',
    'Politisk styring og kontroll (100, 110)',
    'Political governance and audit (100, 110)',
  ),
  indicator('100', 'Politisk styring (100)', 'Politisk styring (100)', 'Political governance (100)'),
  indicator('110', 'Kontroll og revisjon (110)', 'Kontroll og revisjon (110)', 'Control and audit (110)'),
  indicator('FGK1c', 'Fellesutgifter (170–180)', 'Fellesutgifter (170–180)', 'Common expenses (170–180)'),
  indicator(
    'FGK3',
    'Plan, byggesak og miljø',
    'Plan, byggjesak og miljø',
    'Planning, building permits and environment',
  ),
  indicator(
    '301',
    'Plansaksbehandling (301)',
    'Plansakshandsaming (301)',
    'Planning applications (301)',
    true,
  ),
  indicator(
    '302',
    'Byggesaksbehandling og eierseksjonering (302)',
    'Byggjesakshandsaming og eigarseksjonering (302)',
    'Building permits and unit titles (302)',
    true,
  ),
  indicator('303', 'Kart og oppmåling (303)', 'Kart og oppmåling (303)', 'Surveying and mapping (303)', true),
  indicator(
    'FGK4',
    'Næringsforvaltning (320, 325, 329 m.fl.)',
    'Næringsforvalting (320, 325, 329 m.fl.)',
    'Business administration (320, 325, 329 and others)',
  ),
  indicator(
    '329',
    'Landbruksforvaltning (329)',
    'Landbruksforvalting (329)',
    'Agricultural administration (329)',
    true,
  ),
  indicator(
    'AGD1',
    'Netto driftsutgifter i alt',
    'Netto driftsutgifter i alt',
    'Total net operating expenditure',
  ),
];

/** Where a KOSTRA figure comes from: SSB's table and the accounting year. */
export interface KostraSource {
  publisher: 'Statistisk sentralbyrå (SSB)';
  table: KostraFigure['table'];
  year: number;
  region: string;
}

/** A figure with its source, or `null` with no source where the dataset lacks it (shown `..`). */
export interface SourcedFigure {
  value: number | null;
  source: KostraSource | null;
}

/** Finds figures by region, code and year; built once per dataset. */
export interface KostraLookup {
  figure(region: string, code: string, year: number): SourcedFigure;
  /** Every year some figure is given for, ascending. */
  years: number[];
  /** Indicator codes some region has a figure for. */
  codes: Set<string>;
}

const key = (region: string, code: string, year: number) => `${region}|${code}|${year}`;

export function kostraLookup(dataset: Pick<ReferenceDataset, 'kostraIndicators'>): KostraLookup {
  const byKey = new Map<string, KostraFigure>();
  const years = new Set<number>();
  const codes = new Set<string>();
  for (const figure of dataset.kostraIndicators) {
    byKey.set(key(figure.region, figure.code, figure.year), figure);
    if (figure.perInhabitantNok !== null) {
      years.add(figure.year);
      codes.add(figure.code);
    }
  }
  return {
    years: [...years].sort((a, b) => a - b),
    codes,
    figure(region, code, year) {
      const found = byKey.get(key(region, code, year));
      if (!found || found.perInhabitantNok === null) return { value: null, source: null };
      return {
        value: found.perInhabitantNok,
        source: { publisher: 'Statistisk sentralbyrå (SSB)', table: found.table, year, region },
      };
    },
  };
}

/** The indicators shown for a dataset: all fixed ones, and the single functions 301–329 only when present. */
export function shownIndicators(lookup: KostraLookup): BenchmarkIndicator[] {
  return BENCHMARK_INDICATORS.filter((i) => !i.onlyWhenPresent || lookup.codes.has(i.code));
}
