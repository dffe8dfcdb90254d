/**
 * `flokk ssb show`: a municipality's reference figures as text, `..` where the data has no figure (as SSB
 * shows it), with the attribution SSB's and Kartverket's licences ask for.
 * @module
 */
import {
  REFERENCE_ATTRIBUTION,
  type ReferenceDataset,
  type ReferenceMunicipality,
} from '../../case/reference/reference-data.ts';
import { KOSTRA_CODE_LABELS, KOSTRA_CODES_SHOWN } from '../../case/reference/ssb-tables.ts';
import { formatNumber } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import type { SsbMessages } from './ssb-messages.ts';

function table(rows: readonly (readonly string[])[]): string[] {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((row) => (row[i] ?? '').length))) ?? [];
  // The label is left-aligned, the figures right-aligned, as in a budget table.
  return rows.map((row) =>
    row.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  '),
  );
}

function kostraLines(
  dataset: ReferenceDataset,
  number: string,
  language: Language,
  m: SsbMessages,
): string[] {
  const years = [...new Set(dataset.kostraIndicators.map((f) => f.year))].sort((a, b) => a - b);
  if (years.length === 0) return [];
  const own = dataset.kostraIndicators.filter((f) => f.region === number);
  const rows = KOSTRA_CODES_SHOWN.map((code) => {
    const label = own.find((f) => f.code === code)?.label ?? KOSTRA_CODE_LABELS[code] ?? code;
    const cells = years.map((year) => {
      const figure = own.find((f) => f.code === code && f.year === year);
      return formatNumber(figure?.perInhabitantNok ?? null, 0, language);
    });
    return [`${code.padEnd(5)} ${label}`, ...cells];
  });
  return ['', m.kostraTitle, ...table([['', ...years.map(String)], ...rows])];
}

/** The figures of one municipality. */
export function municipalityText(
  dataset: ReferenceDataset,
  municipality: ReferenceMunicipality,
  language: Language,
  m: SsbMessages,
): string {
  const population = Object.entries(municipality.population)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([year, value]) => `${year}: ${formatNumber(value, 0, language)}`)
    .join(' · ');
  return [
    `${municipality.name} (${municipality.number}), ${municipality.county} – ${m.group(municipality.kostraGroup)}`,
    `${m.populationTitle}: ${population || '..'}`,
    `${m.area}: ${formatNumber(municipality.areaKm2, 0, language)} km²`,
    ...kostraLines(dataset, municipality.number, language, m),
    '',
    m.missingNote,
    REFERENCE_ATTRIBUTION.ssb,
    REFERENCE_ATTRIBUTION.kartverket,
    '',
  ].join('\n');
}

/** What the dataset holds, without a municipality named. */
export function overviewText(dataset: ReferenceDataset, m: SsbMessages): string {
  const years = [...new Set(dataset.municipalities.flatMap((x) => Object.keys(x.population)))].sort();
  const span = years.length > 1 ? `${years[0]}–${years[years.length - 1]}` : (years[0] ?? '..');
  return [
    m.overview(dataset.municipalities.length, span, dataset.kostraIndicators.length),
    REFERENCE_ATTRIBUTION.ssb,
    REFERENCE_ATTRIBUTION.kartverket,
    '',
  ].join('\n');
}
