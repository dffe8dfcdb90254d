/**
 * «Avgang»: the projected natural attrition per service area, municipality (and joint unit) and year, with
 * persons and FTE in separate columns that say which: expected retirements and departures in persons, FTE
 * departed up to and including the year, and the share of the scenario's reduction that covers, each under
 * the low and the high bound. Redacted for the reader's role before any row is read: a withheld group's
 * figures are `:`. The joint units' Monte Carlo P10–P90 is left out (see the notes).
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import type { WorkforceUnit } from '../../people/workforce-projection.ts';
import type { ExportCell, ExportColumn, ExportTableBuilder } from '../export-table.ts';
import { peopleNotes, peopleSources, redactedPeople, WITHHELD } from './people-sources.ts';
import { areaName, measured, municipalityName, say } from './table-helpers.ts';

const SHEET = { nb: 'Avgang', nn: 'Avgang', en: 'Departures' };

const WORDS = {
  nb: {
    title:
      'Forventet naturlig avgang per år: personer som går av med pensjon eller slutter, og årsverk gått av til og med året, under lav og høy forutsetning.',
    area: 'Tjenesteområde',
    unit: 'Kommune eller enhet',
    year: 'År',
    retLow: 'Pensjonering, lav (personer)',
    retHigh: 'Pensjonering, høy (personer)',
    depLow: 'Avgang, lav (personer)',
    depHigh: 'Avgang, høy (personer)',
    fteLow: 'Avgang til og med året, lav (årsverk)',
    fteHigh: 'Avgang til og med året, høy (årsverk)',
    shareLow: 'Andel av reduksjonen dekket, lav (%)',
    shareHigh: 'Andel av reduksjonen dekket, høy (%)',
    joint: 'Felles enhet',
    simulation:
      'Usikkerheten i avgangen for felles enhet (P10–P90 fra en simulering med fast frø) er ikke med; tabellen viser forventede verdier.',
  },
  nn: {
    title:
      'Forventa naturleg avgang per år: personar som går av med pensjon eller sluttar, og årsverk gått av til og med året, under låg og høg føresetnad.',
    area: 'Tenesteområde',
    unit: 'Kommune eller eining',
    year: 'År',
    retLow: 'Pensjonering, låg (personar)',
    retHigh: 'Pensjonering, høg (personar)',
    depLow: 'Avgang, låg (personar)',
    depHigh: 'Avgang, høg (personar)',
    fteLow: 'Avgang til og med året, låg (årsverk)',
    fteHigh: 'Avgang til og med året, høg (årsverk)',
    shareLow: 'Del av reduksjonen dekt, låg (%)',
    shareHigh: 'Del av reduksjonen dekt, høg (%)',
    joint: 'Felles eining',
    simulation:
      'Usikkerheita i avgangen for felles eining (P10–P90 frå ei simulering med fast frø) er ikkje med; tabellen viser forventa verdiar.',
  },
  en: {
    title:
      'Expected natural attrition per year: persons retiring or leaving, and FTE departed up to and including the year, under the low and the high bound.',
    area: 'Service area',
    unit: 'Municipality or unit',
    year: 'Year',
    retLow: 'Retirements, low (persons)',
    retHigh: 'Retirements, high (persons)',
    depLow: 'Departures, low (persons)',
    depHigh: 'Departures, high (persons)',
    fteLow: 'Departed to date, low (FTE)',
    fteHigh: 'Departed to date, high (FTE)',
    shareLow: 'Share of the reduction covered, low (%)',
    shareHigh: 'Share of the reduction covered, high (%)',
    joint: 'Joint unit',
    simulation:
      "The uncertainty of the joint unit's departures (P10–P90 from a seeded simulation) is left out; the table shows expected values.",
  },
} satisfies Record<Language, unknown>;

type Words = (typeof WORDS)[Language];

function columns(w: Words): ExportColumn[] {
  return [
    { header: w.area, format: 'text' },
    { header: w.unit, format: 'text' },
    { header: w.year, format: 'year' },
    { header: w.retLow, format: 'decimal1' },
    { header: w.retHigh, format: 'decimal1' },
    { header: w.depLow, format: 'decimal1' },
    { header: w.depHigh, format: 'decimal1' },
    { header: w.fteLow, format: 'decimal1' },
    { header: w.fteHigh, format: 'decimal1' },
    { header: w.shareLow, format: 'percent' },
    { header: w.shareHigh, format: 'percent' },
  ];
}

function unitRows(
  area: string,
  name: string,
  unit: WorkforceUnit,
  firstYear: number,
  years: number,
): ExportCell[][] {
  return Array.from({ length: years }, (_, i) => {
    const y = unit.years?.[i];
    // Withheld: every figure of the group, since each follows from its ages.
    if (unit.years === null) return [area, name, firstYear + i, ...Array<ExportCell>(8).fill(WITHHELD)];
    if (!y) return [area, name, firstYear + i, ...Array<ExportCell>(8).fill(null)];
    return [
      area,
      name,
      y.year,
      measured(y.retirements.low),
      measured(y.retirements.high),
      measured(y.departures.low),
      measured(y.departures.high),
      measured(y.cumulativeDepartedFte.low),
      measured(y.cumulativeDepartedFte.high),
      measured(y.coveredShare.low, 4),
      measured(y.coveredShare.high, 4),
    ];
  });
}

export const departuresTable: ExportTableBuilder = (document, context) => {
  const { language } = context;
  const w = say(language, WORDS);
  const view = redactedPeople(document, context);
  const { firstYear, years } = view.workforce;
  const sheetName = say(language, SHEET);
  const rows = view.workforce.areas.flatMap((area) => {
    const name = areaName(document, area.areaId, language);
    return [
      ...area.groups.flatMap((g) => unitRows(name, municipalityName(document, g.id), g, firstYear, years)),
      ...(area.joint ? unitRows(name, w.joint, area.joint, firstYear, years) : []),
    ];
  });
  return {
    id: 'departures',
    sheetName,
    title: w.title,
    columns: columns(w),
    rows,
    notes: [...peopleNotes(view, document, language), w.simulation],
    sources: peopleSources(document, sheetName, language),
  };
};
