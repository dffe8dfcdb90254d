/**
 * `flokk benchmark` as text: the answer first (each municipality's administration per inhabitant in the latest
 * year beside its KOSTRA group and the country), then one table per municipality, `..` for figures the data
 * lacks and the command that fetches them.
 * @module
 */
import type { BenchmarkView, MunicipalityBenchmark } from '../case/reference/benchmark.ts';
import { formatNumber, MISSING } from '../i18n/format.ts';
import type { Language } from '../i18n/language.ts';
import { renderTextTable } from './text-table.ts';

const TEXT = {
  nb: {
    title: 'Netto driftsutgifter per innbygger (kr), KOSTRA',
    admin: (name: string, year: number, value: string, group: string, country: string) =>
      `${name}: administrasjon ${value} kr per innbygger i ${year} (KOSTRA-gruppen ${group}, landet uten Oslo ${country}).`,
    none: (name: string) => `${name}: tallene finnes ikke i dataene Flokk har.`,
    neighbours: 'Nabokommuner',
    indicator: 'Indikator',
    year: 'År',
    group: (n: number) => `Gruppe ${n}`,
    country: 'Landet uten Oslo',
    missing: (count: number) => `«..» = tallet finnes ikke i dataene Flokk har (${count} tall).`,
    fetch: (command: string) => `Hent manglende tall med: ${command}`,
    groupNote:
      'Gruppens tall er SSBs eget gjennomsnitt for KOSTRA-gruppen; Flokk regner det ikke ut av medlemmene, fordi SSB vekter annerledes.',
    preliminary: (year: number) => `Tallene for ${year} kan være foreløpige; SSB reviderer dem i juni.`,
    unknown: (n: string) => `Kommunenummer ${n} finnes ikke i referansedataene.`,
  },
  nn: {
    title: 'Netto driftsutgifter per innbyggjar (kr), KOSTRA',
    admin: (name: string, year: number, value: string, group: string, country: string) =>
      `${name}: administrasjon ${value} kr per innbyggjar i ${year} (KOSTRA-gruppa ${group}, landet utan Oslo ${country}).`,
    none: (name: string) => `${name}: tala finst ikkje i dataa Flokk har.`,
    neighbours: 'Nabokommunar',
    indicator: 'Indikator',
    year: 'År',
    group: (n: number) => `Gruppe ${n}`,
    country: 'Landet utan Oslo',
    missing: (count: number) => `«..» = talet finst ikkje i dataa Flokk har (${count} tal).`,
    fetch: (command: string) => `Hent manglande tal med: ${command}`,
    groupNote:
      'Talet for gruppa er SSBs eige gjennomsnitt for KOSTRA-gruppa; Flokk reknar det ikkje ut frå medlemene, fordi SSB vektar annleis.',
    preliminary: (year: number) => `Tala for ${year} kan vere førebelse; SSB reviderer dei i juni.`,
    unknown: (n: string) => `Kommunenummer ${n} finst ikkje i referansedataa.`,
  },
  en: {
    title: 'Net operating expenditure per inhabitant (NOK), KOSTRA',
    admin: (name: string, year: number, value: string, group: string, country: string) =>
      `${name}: administration NOK ${value} per inhabitant in ${year} (KOSTRA group ${group}, country without Oslo ${country}).`,
    none: (name: string) => `${name}: the figures are not in the data Flokk has.`,
    neighbours: 'Neighbours',
    indicator: 'Indicator',
    year: 'Year',
    group: (n: number) => `Group ${n}`,
    country: 'Country without Oslo',
    missing: (count: number) => `".." = the figure is not in the data Flokk has (${count} figures).`,
    fetch: (command: string) => `Fetch the missing figures with: ${command}`,
    groupNote:
      'The group figure is SSB’s own average for the KOSTRA group; Flokk does not compute it from the members, as SSB weights it differently.',
    preliminary: (year: number) => `The figures for ${year} may be preliminary; SSB revises them in June.`,
    unknown: (n: string) => `Municipality number ${n} is not in the reference data.`,
  },
};

const nok = (value: number | null) => formatNumber(value, 0);

function answer(m: MunicipalityBenchmark, language: Language): string {
  const t = TEXT[language];
  const years = m.indicators[0]?.years ?? [];
  const latest = [...years].reverse().find((y) => y.municipality.value !== null);
  if (!latest) return t.none(m.name);
  return t.admin(
    m.name,
    latest.year,
    nok(latest.municipality.value),
    nok(latest.group.value),
    nok(latest.country.value),
  );
}

function table(m: MunicipalityBenchmark, language: Language): string {
  const t = TEXT[language];
  const columns = [
    { header: t.indicator, align: 'left' },
    { header: t.year, align: 'right' },
    { header: m.name, align: 'right' },
    { header: m.kostraGroup ? t.group(m.kostraGroup.number) : MISSING, align: 'right' },
    { header: t.country, align: 'right' },
    ...m.neighbours.map((n) => ({ header: n.name, align: 'right' as const })),
  ] as const;
  const body = m.indicators.flatMap((indicator) =>
    indicator.years.map((y, i) => [
      i === 0 ? indicator.label : '',
      String(y.year),
      nok(y.municipality.value),
      nok(y.group.value),
      nok(y.country.value),
      ...y.neighbours.map((n) => nok(n.value)),
    ]),
  );
  return renderTextTable(columns, body, []);
}

export function renderBenchmark(view: BenchmarkView, language: Language): string {
  const t = TEXT[language];
  const out = [...view.municipalities.map((m) => answer(m, language))];
  if (view.missing.count > 0) out.push(t.fetch(view.missing.fetchCommand));
  out.push('', t.title);
  for (const m of view.municipalities) {
    out.push(
      '',
      `${m.name}${m.kostraGroup ? ` – KOSTRA ${m.kostraGroup.description.charAt(0).toLowerCase()}${m.kostraGroup.description.slice(1)}` : ''}`,
    );
    out.push(`${t.neighbours}: ${m.neighbours.map((n) => n.name).join(', ')}`, table(m, language));
  }
  out.push(t.groupNote);
  for (const note of view.notes) {
    if (note.code === 'latest-year-may-be-preliminary') out.push(t.preliminary(note.year));
    if (note.code === 'not-in-reference-data') out.push(t.unknown(note.number));
  }
  if (view.missing.count > 0) out.push(t.missing(view.missing.count), t.fetch(view.missing.fetchCommand));
  out.push(view.attribution);
  return `${out.join('\n')}\n`;
}
