/**
 * «KOSTRA-sammenligning»: the comparison page's KOSTRA tables from the same `benchmarkView` the benchmarks API
 * answers, one row per municipality, indicator, year and region compared with (the municipality itself, its
 * KOSTRA group's average as SSB gives it, each neighbour, the country without Oslo). One figure per row keeps
 * every column one unit (kr per innbygger) and lets Excel filter and pivot it. A figure the dataset lacks is
 * `..`, with the command that fetches it in the notes. Built from the reference dataset the server answers
 * from (`context.referenceData`), so the file and the page show the same figures.
 * @module
 */
import { benchmarkView, type BenchmarkYear } from '../../reference/benchmark.ts';
import type { KostraSource } from '../../reference/benchmark-indicators.ts';
import { shippedReferenceData } from '../../reference/reference-data.ts';
import type { ExportCell, ExportSource, ExportTableBuilder } from '../export-table.ts';
import { say } from './table-helpers.ts';

const WORDS = {
  nb: {
    sheetName: 'KOSTRA-sammenligning',
    title: (year: string) =>
      `Netto driftsutgifter per innbygger for hver kommune i samarbeidet, ved siden av KOSTRA-gruppen, nabokommunene og landet uten Oslo (${year})`,
    headers: {
      municipality: 'Kommune',
      group: 'KOSTRA-gruppe',
      indicator: 'Indikator',
      year: 'År',
      comparedWith: 'Sammenlignet med',
      perInhabitant: 'Netto driftsutgifter (kr per innbygger)',
      table: 'SSB-tabell',
    },
    self: 'Kommunen selv',
    group: (n: number | string) => `KOSTRA-gruppe ${n} (snitt fra SSB)`,
    neighbour: (name: string) => `${name} (nabokommune)`,
    country: 'Landet uten Oslo',
    publisher: (table: string) => `Statistisk sentralbyrå (SSB), Statistikkbanken tabell ${table}`,
    years: (years: string) => `Regnskapsår ${years}`,
    groups: 'KOSTRA-gruppering (SSB Klass 112)',
    groupsDetail: 'Kommunenes KOSTRA-gruppe',
    missing: (count: number, command: string) =>
      `«..» betyr at SSB-tallet mangler i datasettet (${count} tall). Hent manglende tall med ${command}.`,
    groupNote:
      'KOSTRA-gruppens tall er SSBs eget gjennomsnitt for gruppen, aldri regnet ut her fra kommunene i gruppen.',
    countryNote: 'Landet uten Oslo er det tallet KOSTRA sammenligner med (SSB-region EAKUO).',
    preliminary: (year: number) =>
      `Tallene for ${year} kan være foreløpige: SSB publiserer dem i mars og reviderer dem i juni.`,
    unknown: (number: string) => `Kommunenummer ${number} finnes ikke i referansedataene.`,
    license: 'Norsk lisens for offentlige data (NLOD).',
  },
  nn: {
    sheetName: 'KOSTRA-samanlikning',
    title: (year: string) =>
      `Netto driftsutgifter per innbyggjar for kvar kommune i samarbeidet, ved sida av KOSTRA-gruppa, nabokommunane og landet utan Oslo (${year})`,
    headers: {
      municipality: 'Kommune',
      group: 'KOSTRA-gruppe',
      indicator: 'Indikator',
      year: 'År',
      comparedWith: 'Samanlikna med',
      perInhabitant: 'Netto driftsutgifter (kr per innbyggjar)',
      table: 'SSB-tabell',
    },
    self: 'Kommunen sjølv',
    group: (n: number | string) => `KOSTRA-gruppe ${n} (snitt frå SSB)`,
    neighbour: (name: string) => `${name} (nabokommune)`,
    country: 'Landet utan Oslo',
    publisher: (table: string) => `Statistisk sentralbyrå (SSB), Statistikkbanken tabell ${table}`,
    years: (years: string) => `Rekneskapsår ${years}`,
    groups: 'KOSTRA-gruppering (SSB Klass 112)',
    groupsDetail: 'Kommunane si KOSTRA-gruppe',
    missing: (count: number, command: string) =>
      `«..» tyder at SSB-talet manglar i datasettet (${count} tal). Hent manglande tal med ${command}.`,
    groupNote:
      'Talet for KOSTRA-gruppa er SSB sitt eige gjennomsnitt for gruppa, aldri rekna ut her frå kommunane i gruppa.',
    countryNote: 'Landet utan Oslo er det talet KOSTRA samanliknar med (SSB-region EAKUO).',
    preliminary: (year: number) =>
      `Tala for ${year} kan vere førebelse: SSB publiserer dei i mars og reviderer dei i juni.`,
    unknown: (number: string) => `Kommunenummer ${number} finst ikkje i referansedataa.`,
    license: 'Norsk lisens for offentlege data (NLOD).',
  },
  en: {
    sheetName: 'KOSTRA benchmark',
    title: (year: string) =>
      `Net operating expenditure per inhabitant for each municipality of the cooperation, beside its KOSTRA group, its neighbours and the country without Oslo (${year})`,
    headers: {
      municipality: 'Municipality',
      group: 'KOSTRA group',
      indicator: 'Indicator',
      year: 'Year',
      comparedWith: 'Compared with',
      perInhabitant: 'Net operating expenditure (NOK per inhabitant)',
      table: 'SSB table',
    },
    self: 'The municipality itself',
    group: (n: number | string) => `KOSTRA group ${n} (SSB’s average)`,
    neighbour: (name: string) => `${name} (neighbour)`,
    country: 'The country without Oslo',
    publisher: (table: string) => `Statistics Norway (SSB), StatBank table ${table}`,
    years: (years: string) => `Accounting years ${years}`,
    groups: 'KOSTRA grouping (SSB Klass 112)',
    groupsDetail: 'The municipalities’ KOSTRA group',
    missing: (count: number, command: string) =>
      `«..» means the SSB figure is missing from the dataset (${count} figures). Fetch missing figures with ${command}.`,
    groupNote:
      'The KOSTRA group’s figure is SSB’s own average for the group, never computed here from its members.',
    countryNote: 'The country without Oslo is the figure KOSTRA compares with (SSB region EAKUO).',
    preliminary: (year: number) =>
      `The figures for ${year} may be preliminary: SSB publishes them in March and revises them in June.`,
    unknown: (number: string) => `Municipality number ${number} is not in the reference data.`,
    license: 'Norwegian Licence for Open Government Data (NLOD).',
  },
};

type Words = (typeof WORDS)['nb'];

/** The SSB tables and years the figures come from: one «Kilder» row per table, naming its years. */
function referenceSources(used: readonly KostraSource[], w: Words, sheetName: string): ExportSource[] {
  const yearsByTable = new Map<string, Set<number>>();
  for (const source of used) {
    const years = yearsByTable.get(source.table) ?? new Set<number>();
    years.add(source.year);
    yearsByTable.set(source.table, years);
  }
  const tables = [...yearsByTable].sort(([a], [b]) => a.localeCompare(b));
  return [
    ...tables.map(([table, years]): ExportSource => ({
      kind: 'reference-data',
      label: w.publisher(table),
      detail: `${w.years([...years].sort((a, b) => a - b).join(', '))}. ${w.license}`,
      usedIn: [sheetName],
    })),
    { kind: 'reference-data', label: w.groups, detail: w.groupsDetail, usedIn: [sheetName] },
  ];
}

/** Builds the KOSTRA benchmark table; `null` when the case has no participants. */
export const benchmarkTable: ExportTableBuilder = (document, context) => {
  const { language } = context;
  if (document.participants.length === 0) return null;
  const w = say(language, WORDS);
  const view = benchmarkView(document, context.referenceData ?? shippedReferenceData(), language);
  const used: KostraSource[] = [];
  const rows: ExportCell[][] = [];
  for (const m of view.municipalities) {
    const group = m.kostraGroup?.number ?? null;
    for (const indicator of m.indicators) {
      const row = (y: BenchmarkYear, label: string, figure: BenchmarkYear['municipality']): ExportCell[] => {
        if (figure.source) used.push(figure.source);
        return [m.name, group, indicator.label, y.year, label, figure.value, figure.source?.table ?? null];
      };
      for (const y of indicator.years) {
        rows.push(row(y, w.self, y.municipality));
        rows.push(row(y, w.group(group ?? '..'), y.group));
        for (const n of y.neighbours) rows.push(row(y, w.neighbour(n.name), n));
        rows.push(row(y, w.country, y.country));
      }
    }
  }
  const notes: string[] = [];
  if (view.missing.count > 0) notes.push(w.missing(view.missing.count, view.missing.fetchCommand));
  for (const note of view.notes) {
    if (note.code === 'group-average-from-ssb') notes.push(w.groupNote);
    else if (note.code === 'country-without-oslo') notes.push(w.countryNote);
    else if (note.code === 'latest-year-may-be-preliminary') notes.push(w.preliminary(note.year));
    else notes.push(w.unknown(note.number));
  }
  const h = w.headers;
  const years = view.years.length === 0 ? '..' : `${view.years[0]}–${view.years.at(-1)}`;
  return {
    id: 'benchmark',
    sheetName: w.sheetName,
    title: w.title(years),
    columns: [
      { header: h.municipality, format: 'text' },
      { header: h.group, format: 'integer' },
      { header: h.indicator, format: 'text' },
      { header: h.year, format: 'year' },
      { header: h.comparedWith, format: 'text' },
      { header: h.perInhabitant, format: 'nok' },
      { header: h.table, format: 'text' },
    ],
    rows,
    notes,
    sources: referenceSources(used, w, w.sheetName),
  };
};
