/**
 * «Samarbeidsprofil»: the comparison page's profile of the cooperation as one unit, from the same
 * `cooperationProfile` the profile API answers: the members and the unit (population, area, density, KOSTRA
 * group), the combined staffing per service area with FTE per 1 000 inhabitants, the staff's ages, and the
 * single municipalities within ±15 % of the unit's population. One sheet, a «Del» column naming each part, so
 * the parts keep their order; a cell that does not apply to a part is empty, a figure the sources lack is `..`.
 *
 * The ages come from the document as the role may see it (the bundle passes the redacted document and what it
 * withheld), so a reader's file shows `:` where the page does.
 * @module
 */
import { cooperationProfile, type AgeGroup, type AreaStaffing } from '../../reference/cooperation-profile.ts';
import { REFERENCE_ATTRIBUTION, shippedReferenceData } from '../../reference/reference-data.ts';
import { WITHHELD } from '../../redact-personal-data.ts';
import type { ExportCell, ExportSource, ExportTableBuilder } from '../export-table.ts';
import { redactForRole } from '../redact-for-export.ts';
import { areaName, municipalityName, say } from './table-helpers.ts';

const WORDS = {
  nb: {
    sheetName: 'Samarbeidsprofil',
    title: (year: string) =>
      `Kommunene i samarbeidet som én enhet: innbyggere 1. januar ${year}, areal, bemanning per tjenesteområde, alder og like store kommuner`,
    headers: [
      'Del',
      'Navn',
      'Innbyggere',
      'Areal (km²)',
      'Innbyggere per km²',
      'KOSTRA-gruppe',
      'Årsverk',
      'Årsverk per 1 000 innbyggere',
      'Lønnskostnad (kr)',
      'Andre årlige kostnader (kr)',
      'Alder',
    ],
    member: 'Deltaker',
    unit: 'Samarbeidet samlet',
    unitName: 'Alle deltakerne',
    area: 'Tjenesteområde',
    total: 'Alle tjenesteområdene',
    ages: 'Alder',
    scope: { central: 'sentral enhet', decentral: 'desentralt' },
    comparable: 'Like stor kommune',
    missing: '«..» betyr at kildene ikke gir tallet. Hent manglende tall med flokk ssb update.',
    withheld: (n: number) =>
      `«:» betyr at alderen er holdt tilbake fordi gruppen kan ha færre enn 5 personer (${n} grupper).`,
    partial:
      'Summer av årsverk og kostnader tar med radene som har tall; rader uten tall står som «..» i grunnlaget.',
    rule: (share: number, min: number, max: number, year: number) =>
      `Like store kommuner: innbyggertallet 1. januar ${year} er innenfor ±${share} % av samarbeidets (${min}–${max}), nærmest først.`,
    population: 'Statistisk sentralbyrå (SSB), Statistikkbanken tabell 07459',
    populationDetail: (year: string) => `Folkemengde 1. januar ${year}`,
    groups: 'KOSTRA-gruppering (SSB Klass 112)',
    area_: 'Kartverket, areal',
    licenceSsb: 'Norsk lisens for offentlige data (NLOD).',
  },
  nn: {
    sheetName: 'Samarbeidsprofil',
    title: (year: string) =>
      `Kommunane i samarbeidet som éi eining: innbyggjarar 1. januar ${year}, areal, bemanning per tenesteområde, alder og like store kommunar`,
    headers: [
      'Del',
      'Namn',
      'Innbyggjarar',
      'Areal (km²)',
      'Innbyggjarar per km²',
      'KOSTRA-gruppe',
      'Årsverk',
      'Årsverk per 1 000 innbyggjarar',
      'Lønnskostnad (kr)',
      'Andre årlege kostnader (kr)',
      'Alder',
    ],
    member: 'Deltakar',
    unit: 'Samarbeidet samla',
    unitName: 'Alle deltakarane',
    area: 'Tenesteområde',
    total: 'Alle tenesteområda',
    ages: 'Alder',
    scope: { central: 'sentral eining', decentral: 'desentralt' },
    comparable: 'Like stor kommune',
    missing: '«..» tyder at kjeldene ikkje gir talet. Hent manglande tal med flokk ssb update.',
    withheld: (n: number) =>
      `«:» tyder at alderen er halden tilbake fordi gruppa kan ha færre enn 5 personar (${n} grupper).`,
    partial:
      'Summar av årsverk og kostnader tek med radene som har tal; rader utan tal står som «..» i grunnlaget.',
    rule: (share: number, min: number, max: number, year: number) =>
      `Like store kommunar: innbyggjartalet 1. januar ${year} er innanfor ±${share} % av samarbeidet sitt (${min}–${max}), nærast først.`,
    population: 'Statistisk sentralbyrå (SSB), Statistikkbanken tabell 07459',
    populationDetail: (year: string) => `Folkemengd 1. januar ${year}`,
    groups: 'KOSTRA-gruppering (SSB Klass 112)',
    area_: 'Kartverket, areal',
    licenceSsb: 'Norsk lisens for offentlege data (NLOD).',
  },
  en: {
    sheetName: 'Cooperation profile',
    title: (year: string) =>
      `The municipalities of the cooperation as one unit: inhabitants at 1 January ${year}, area, staffing per service area, ages and municipalities of the same size`,
    headers: [
      'Part',
      'Name',
      'Inhabitants',
      'Area (km²)',
      'Inhabitants per km²',
      'KOSTRA group',
      'FTE',
      'FTE per 1,000 inhabitants',
      'Labour cost (NOK)',
      'Other annual costs (NOK)',
      'Ages',
    ],
    member: 'Participant',
    unit: 'The cooperation together',
    unitName: 'All participants',
    area: 'Service area',
    total: 'All service areas',
    ages: 'Ages',
    scope: { central: 'central unit', decentral: 'decentral' },
    comparable: 'Municipality of the same size',
    missing: '«..» means the sources do not give the figure. Fetch missing figures with flokk ssb update.',
    withheld: (n: number) =>
      `«:» means the ages are withheld because the group may have fewer than 5 persons (${n} groups).`,
    partial:
      'Sums of FTE and costs include the rows that have figures; rows without are «..» in the baseline.',
    rule: (share: number, min: number, max: number, year: number) =>
      `Municipalities of the same size: population at 1 January ${year} within ±${share} % of the cooperation’s (${min}–${max}), closest first.`,
    population: 'Statistics Norway (SSB), StatBank table 07459',
    populationDetail: (year: string) => `Population at 1 January ${year}`,
    groups: 'KOSTRA grouping (SSB Klass 112)',
    area_: 'Kartverket (Norwegian Mapping Authority), area',
    licenceSsb: 'Norwegian Licence for Open Government Data (NLOD).',
  },
};

type Words = (typeof WORDS)['nb'];

function agesText(group: AgeGroup): ExportCell {
  if (group.withheld) return WITHHELD;
  const a = group.ages;
  if (a === null) return null;
  if (a.kind === 'range') return `${a.min}–${a.max}`;
  if (a.kind === 'single') return String(a.value);
  return a.bands.map((b) => `${b.from}–${b.to}: ${b.count}`).join('; ');
}

const staffCells = (a: Omit<AreaStaffing, 'areaId'>): ExportCell[] => [
  a.fte.value,
  a.ftePer1000,
  a.labourCost.value,
  a.otherCost.value,
];

function sources(w: Words, year: string, sheetName: string): ExportSource[] {
  const usedIn = [sheetName];
  return [
    {
      kind: 'reference-data',
      label: w.population,
      detail: `${w.populationDetail(year)}. ${w.licenceSsb}`,
      usedIn,
    },
    { kind: 'reference-data', label: w.groups, detail: w.licenceSsb, usedIn },
    { kind: 'reference-data', label: w.area_, detail: REFERENCE_ATTRIBUTION.kartverket, usedIn },
  ];
}

/** Builds the profile table; `null` when the case has no participants. */
export const profileTable: ExportTableBuilder = (input, context) => {
  const { language } = context;
  // Redacted here unless the caller already did (and said what it withheld), as the baseline table is.
  const { document, withheld } =
    context.withheld !== undefined
      ? { document: input, withheld: context.withheld }
      : redactForRole(input, context.role);
  if (document.participants.length === 0) return null;
  const w = say(language, WORDS);
  const profile = cooperationProfile(
    { document, suppressed: [...withheld] },
    context.referenceData ?? shippedReferenceData(),
  );
  const empty = (n: number): ExportCell[] => Array<ExportCell>(n).fill('');
  const rows: ExportCell[][] = [
    ...profile.members.map((m) => [
      w.member,
      m.name,
      m.population,
      m.areaKm2,
      '',
      m.kostraGroup,
      ...empty(5),
    ]),
    [
      w.unit,
      w.unitName,
      profile.population,
      profile.areaKm2,
      profile.density,
      '',
      ...staffCells(profile.total),
      '',
    ],
    ...profile.areas.map((a) => [
      w.area,
      areaName(document, a.areaId, language),
      ...empty(4),
      ...staffCells(a),
      '',
    ]),
    ...profile.ages.flatMap((area) =>
      area.groups.map((g) => [
        w.ages,
        `${municipalityName(document, g.municipalityNumber)}, ${areaName(document, area.areaId, language)}, ${w.scope[g.scope]}`,
        ...empty(8),
        agesText(g),
      ]),
    ),
    ...profile.comparable.municipalities.map((m) => [
      w.comparable,
      `${m.name} (${m.county})`,
      m.population,
      m.areaKm2,
      m.areaKm2 > 0 ? m.population / m.areaKm2 : null,
      m.kostraGroup,
      ...empty(5),
    ]),
  ];
  const notes = [w.missing];
  if (profile.withheldAgeGroups > 0) notes.push(w.withheld(profile.withheldAgeGroups));
  if ([profile.total.fte, profile.total.labourCost, profile.total.otherCost].some((s) => s.missing > 0))
    notes.push(w.partial);
  const rule = profile.comparable.rule;
  if (rule) notes.push(w.rule(Math.round(rule.share * 100), rule.min, rule.max, rule.year));
  const year = profile.referenceYear === null ? '..' : String(profile.referenceYear);
  const formats = [
    'text',
    'text',
    'integer',
    'decimal2',
    'decimal1',
    'integer',
    'decimal2',
    'decimal2',
    'nok',
    'nok',
    'text',
  ] as const;
  return {
    id: 'profile',
    sheetName: w.sheetName,
    title: w.title(year),
    columns: w.headers.map((header, i) => ({ header, format: formats[i] ?? 'text' })),
    rows,
    notes,
    sources: sources(w, year, w.sheetName),
  };
};
