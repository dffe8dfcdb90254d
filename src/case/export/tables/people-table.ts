/**
 * «Ansatte»: the people page's workforce table, one row per service area and municipality and one for the
 * joint unit: FTE today, ages as the sources give them, the scenario's reduction in FTE, and the year natural
 * attrition covers it under each bound. The view is redacted for the reader's role before any row is read.
 * @module
 */
import type { Language } from '../../../i18n/language.ts';
import type { AgeInfo } from '../../schema/baseline.ts';
import type { WorkforceUnit } from '../../people/workforce-projection.ts';
import type { ExportCell, ExportTableBuilder } from '../export-table.ts';
import { peopleNotes, peopleSources, redactedPeople, WITHHELD } from './people-sources.ts';
import { areaName, measured, municipalityName, say } from './table-helpers.ts';

const SHEET = { nb: 'Ansatte', nn: 'Tilsette', en: 'Staff' };

const WORDS = {
  nb: {
    title:
      'Årsverk og alder i dag per tjenesteområde og kommune, reduksjonen scenarioet regner med, og når naturlig avgang dekker den.',
    area: 'Tjenesteområde',
    unit: 'Kommune eller enhet',
    fte: 'Årsverk',
    ages: 'Alder (år)',
    target: 'Reduksjon i scenario (årsverk)',
    coveredLow: 'Dekket av naturlig avgang, lav (år)',
    coveredHigh: 'Dekket av naturlig avgang, høy (år)',
    joint: 'Felles enhet',
    notBy: (year: number) => `ikke innen ${year}`,
    band: (from: number, to: number, count: number) => `${from}–${to} år: ${count}`,
  },
  nn: {
    title:
      'Årsverk og alder i dag per tenesteområde og kommune, reduksjonen scenarioet reknar med, og når naturleg avgang dekkjer han.',
    area: 'Tenesteområde',
    unit: 'Kommune eller eining',
    fte: 'Årsverk',
    ages: 'Alder (år)',
    target: 'Reduksjon i scenario (årsverk)',
    coveredLow: 'Dekt av naturleg avgang, låg (år)',
    coveredHigh: 'Dekt av naturleg avgang, høg (år)',
    joint: 'Felles eining',
    notBy: (year: number) => `ikkje innan ${year}`,
    band: (from: number, to: number, count: number) => `${from}–${to} år: ${count}`,
  },
  en: {
    title:
      'FTE and ages today per service area and municipality, the reduction the scenario counts on, and when natural attrition covers it.',
    area: 'Service area',
    unit: 'Municipality or unit',
    fte: 'FTE',
    ages: 'Age (years)',
    target: 'Scenario reduction (FTE)',
    coveredLow: 'Covered by attrition, low (year)',
    coveredHigh: 'Covered by attrition, high (year)',
    joint: 'Joint unit',
    notBy: (year: number) => `not by ${year}`,
    band: (from: number, to: number, count: number) => `${from}–${to}: ${count}`,
  },
} satisfies Record<Language, unknown>;

type Words = (typeof WORDS)[Language];

function agesText(ages: AgeInfo | null, w: Words): ExportCell {
  if (ages === null) return null;
  if (ages.kind === 'range') return `${ages.min}–${ages.max}`;
  if (ages.kind === 'single') return String(ages.value);
  return ages.bands.map((b) => w.band(b.from, b.to, b.count)).join('; ');
}

function unitRow(area: string, name: string, unit: WorkforceUnit, lastYear: number, w: Words): ExportCell[] {
  const hidden = unit.years === null;
  const covered = (year: number | null | undefined): ExportCell => {
    if (hidden) return WITHHELD;
    if (unit.targetReductionFte === null || unit.fullyCoveredYear === null) return null;
    return year === null || year === undefined ? w.notBy(lastYear) : year;
  };
  return [
    area,
    name,
    measured(unit.fte),
    // The joint unit has no ages of its own: they are the municipalities'.
    unit.id === 'joint' ? '' : hidden ? WITHHELD : agesText(unit.ages, w),
    measured(unit.targetReductionFte),
    covered(unit.fullyCoveredYear?.low),
    covered(unit.fullyCoveredYear?.high),
  ];
}

export const peopleTable: ExportTableBuilder = (document, context) => {
  const { language } = context;
  const w = say(language, WORDS);
  const view = redactedPeople(document, context);
  const { firstYear, years } = view.workforce;
  const lastYear = firstYear + years - 1;
  const sheetName = say(language, SHEET);
  const rows = view.workforce.areas.flatMap((area) => {
    const name = areaName(document, area.areaId, language);
    return [
      ...area.groups.map((g) => unitRow(name, municipalityName(document, g.id), g, lastYear, w)),
      ...(area.joint ? [unitRow(name, w.joint, area.joint, lastYear, w)] : []),
    ];
  });
  return {
    id: 'people',
    sheetName,
    title: w.title,
    columns: [
      { header: w.area, format: 'text' },
      { header: w.unit, format: 'text' },
      { header: w.fte, format: 'decimal1' },
      { header: w.ages, format: 'text' },
      { header: w.target, format: 'decimal1' },
      { header: w.coveredLow, format: 'year' },
      { header: w.coveredHigh, format: 'year' },
    ],
    rows,
    notes: peopleNotes(view, document, language),
    sources: peopleSources(document, sheetName, language),
  };
};
