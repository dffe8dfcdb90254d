/**
 * `flokk profile` as text: the answer first («… har til sammen 32 490 innbyggere … – omtrent som X og Y»), then
 * the staffing per service area, the staff's ages with withheld groups marked «:», and the municipalities of
 * about the same size.
 * @module
 */
import type { CooperationProfile } from '../case/reference/cooperation-profile.ts';
import { FETCH_COMMAND } from '../case/reference/benchmark.ts';
import type { CaseDocument } from '../case/schema/case-document.ts';
import { formatFte, formatNok, formatNumber, MISSING } from '../i18n/format.ts';
import type { Language } from '../i18n/language.ts';
import { formatAges } from './format-ages.ts';
import { renderTextTable } from './text-table.ts';

const TEXT = {
  nb: {
    and: 'og',
    answer: (names: string, population: string, year: number) =>
      `${names} har til sammen ${population} innbyggere (1. januar ${year})`,
    like: (names: string) => ` – omtrent som ${names}.`,
    unknownPopulation: (names: string) => `${names}: folketallet finnes ikke for alle i referansedataene.`,
    area: (km2: string, density: string) => `Areal ${km2} km², ${density} innbyggere per km².`,
    fte: (fte: string, per1000: string) =>
      `${fte} årsverk i tjenestene saken omfatter, ${per1000} per 1 000 innbyggere.`,
    caseDiffers: (value: string, date: string, diff: string) =>
      `Saken oppgir ${value} innbyggere per ${date}; det avviker med ${diff} fra SSBs tall for samme dato.`,
    caseSame: (value: string, date: string) =>
      `Saken oppgir ${value} innbyggere per ${date}, det samme som SSB.`,
    columns: [
      'Tjenesteområde',
      'Årsverk',
      'herav desentralt',
      'Lønnskostnad',
      'Andre kostnader',
      'Årsverk per 1 000 innb.',
    ],
    total: 'Sum',
    decentral: 'desentralt',
    ages: 'Alder (yngste–eldste) per kommune',
    withheld: '«:» = skjermet fordi gruppen kan ha færre enn 5 personer.',
    comparable: (min: string, max: string, year: number, share: string) =>
      `Kommuner med mellom ${min} og ${max} innbyggere 1. januar ${year} (±${share} %):`,
    comparableColumns: [
      'Kommune',
      'Fylke',
      'Innbyggere',
      'Areal km²',
      'KOSTRA-gruppe',
      'Administrasjon kr/innb.',
    ],
    fetch: `Hent manglende tall med: ${FETCH_COMMAND}`,
  },
  nn: {
    and: 'og',
    answer: (names: string, population: string, year: number) =>
      `${names} har til saman ${population} innbyggjarar (1. januar ${year})`,
    like: (names: string) => ` – omtrent som ${names}.`,
    unknownPopulation: (names: string) => `${names}: folketalet finst ikkje for alle i referansedataa.`,
    area: (km2: string, density: string) => `Areal ${km2} km², ${density} innbyggjarar per km².`,
    fte: (fte: string, per1000: string) =>
      `${fte} årsverk i tenestene saka omfattar, ${per1000} per 1 000 innbyggjarar.`,
    caseDiffers: (value: string, date: string, diff: string) =>
      `Saka oppgir ${value} innbyggjarar per ${date}; det avvik med ${diff} frå SSBs tal for same dato.`,
    caseSame: (value: string, date: string) =>
      `Saka oppgir ${value} innbyggjarar per ${date}, det same som SSB.`,
    columns: [
      'Tenesteområde',
      'Årsverk',
      'av dette desentralt',
      'Lønnskostnad',
      'Andre kostnader',
      'Årsverk per 1 000 innb.',
    ],
    total: 'Sum',
    decentral: 'desentralt',
    ages: 'Alder (yngste–eldste) per kommune',
    withheld: '«:» = skjerma fordi gruppa kan ha færre enn 5 personar.',
    comparable: (min: string, max: string, year: number, share: string) =>
      `Kommunar med mellom ${min} og ${max} innbyggjarar 1. januar ${year} (±${share} %):`,
    comparableColumns: [
      'Kommune',
      'Fylke',
      'Innbyggjarar',
      'Areal km²',
      'KOSTRA-gruppe',
      'Administrasjon kr/innb.',
    ],
    fetch: `Hent manglande tal med: ${FETCH_COMMAND}`,
  },
  en: {
    and: 'and',
    answer: (names: string, population: string, year: number) =>
      `${names} have ${population} inhabitants together (1 January ${year})`,
    like: (names: string) => ` – about as many as ${names}.`,
    unknownPopulation: (names: string) => `${names}: the reference data lacks the population of some.`,
    area: (km2: string, density: string) => `Area ${km2} km², ${density} inhabitants per km².`,
    fte: (fte: string, per1000: string) =>
      `${fte} FTE in the services the case covers, ${per1000} per 1 000 inhabitants.`,
    caseDiffers: (value: string, date: string, diff: string) =>
      `The case gives ${value} inhabitants at ${date}; that differs by ${diff} from SSB’s figure for the same date.`,
    caseSame: (value: string, date: string) =>
      `The case gives ${value} inhabitants at ${date}, the same as SSB.`,
    columns: [
      'Service area',
      'FTE',
      'of which decentral',
      'Labour cost',
      'Other costs',
      'FTE per 1 000 inh.',
    ],
    total: 'Total',
    decentral: 'decentral',
    ages: 'Ages (youngest–oldest) per municipality',
    withheld: '":" = withheld because the group may have fewer than 5 persons.',
    comparable: (min: string, max: string, year: number, share: string) =>
      `Municipalities with ${min} to ${max} inhabitants on 1 January ${year} (±${share} %):`,
    comparableColumns: [
      'Municipality',
      'County',
      'Inhabitants',
      'Area km²',
      'KOSTRA group',
      'Administration NOK/inh.',
    ],
    fetch: `Fetch the missing figures with: ${FETCH_COMMAND}`,
  },
};

function list(names: readonly string[], and: string): string {
  if (names.length <= 1) return names.join('');
  return `${names.slice(0, -1).join(', ')} ${and} ${names.at(-1)}`;
}

function headline(profile: CooperationProfile, language: Language): string {
  const t = TEXT[language];
  const names = list(
    profile.members.map((m) => m.name),
    t.and,
  );
  if (profile.population === null || profile.referenceYear === null) return t.unknownPopulation(names);
  const like = profile.comparable.municipalities.slice(0, 2).map((m) => m.name);
  const head = t.answer(names, formatNumber(profile.population), profile.referenceYear);
  return like.length > 0 ? head + t.like(list(like, t.and)) : `${head}.`;
}

function caseLine(profile: CooperationProfile, language: Language): string | null {
  const t = TEXT[language];
  const { sum, difference } = profile.caseFigures;
  if (!sum || difference === null) return null;
  const date = sum.referenceDate.split('-').reverse().join('.');
  return difference === 0
    ? t.caseSame(formatNumber(sum.value), date)
    : t.caseDiffers(formatNumber(sum.value), date, formatNumber(difference));
}

export function renderProfile(
  profile: CooperationProfile,
  document: CaseDocument,
  language: Language,
): string {
  const t = TEXT[language];
  const areaName = (id: string) => {
    const area = document.serviceAreas.find((a) => a.id === id);
    return area ? (area.name[language] ?? area.name.nb) : id;
  };
  const name = (number: string) => profile.members.find((m) => m.number === number)?.name ?? number;
  const out = [headline(profile, language)];
  out.push(t.area(formatNumber(profile.areaKm2), formatNumber(profile.density, 1)));
  out.push(t.fte(formatFte(profile.total.fte.value), formatNumber(profile.total.ftePer1000, 2)));
  const line = caseLine(profile, language);
  if (line) out.push(line);
  const columns = t.columns.map((header, i) => ({ header, align: i === 0 ? 'left' : 'right' }) as const);
  const row = (label: string, a: CooperationProfile['total']) => [
    label,
    formatFte(a.fte.value),
    a.decentralFte.value === null ? '' : formatFte(a.decentralFte.value),
    formatNok(a.labourCost.value),
    formatNok(a.otherCost.value),
    formatNumber(a.ftePer1000, 2),
  ];
  out.push(
    '',
    renderTextTable(
      columns,
      profile.areas.map((a) => row(areaName(a.areaId), a)),
      [row(t.total, profile.total)],
    ),
  );
  out.push(t.ages);
  for (const area of profile.ages) {
    const ages = area.groups.map(
      (g) =>
        `${name(g.municipalityNumber)}${g.scope === 'decentral' ? ` (${t.decentral})` : ''} ${formatAges(g.ages, g.withheld)}`,
    );
    out.push(`  ${areaName(area.areaId)}: ${ages.join(', ')}`);
  }
  if (profile.withheldAgeGroups > 0) out.push(t.withheld);
  const rule = profile.comparable.rule;
  if (rule) {
    out.push(
      '',
      t.comparable(formatNumber(rule.min), formatNumber(rule.max), rule.year, formatNumber(rule.share * 100)),
    );
    const comparableColumns = t.comparableColumns.map(
      (header, i) => ({ header, align: i < 2 ? 'left' : 'right' }) as const,
    );
    const body = profile.comparable.municipalities.map((m) => {
      const admin = m.indicators.find((i) => i.code === 'FGK1b')?.years.at(-1);
      return [
        m.name,
        m.county,
        formatNumber(m.population),
        formatNumber(m.areaKm2),
        String(m.kostraGroup),
        admin ? `${formatNumber(admin.value)} (${admin.year})` : MISSING,
      ];
    });
    out.push(renderTextTable(comparableColumns, body, []), t.fetch);
  }
  return `${out.join('\n')}\n`;
}
