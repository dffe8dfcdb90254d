/**
 * The workforce projection as CSV (semicolon-separated, decimal comma, as Norwegian spreadsheets expect),
 * one row per municipality or joint unit and year. The export redacts for the role itself, so no caller
 * can forget it: readers get ":" wherever the screens show ":".
 * @module
 */
import type { PeopleView } from './people-view.ts';
import { redactWorkforce, type ViewerRole } from './redact-workforce.ts';
import type { WorkforceUnit } from './workforce-projection.ts';
import type { AgeInfo } from '../schema/baseline.ts';

const SUPPRESSED = ':';
const MISSING = '..';

const HEADER = [
  'tjenesteomrade',
  'enhet',
  'arsverk',
  'alder',
  'ar',
  'avgang_lav',
  'avgang_hoy',
  'avgang_arsverk_akkumulert_lav',
  'avgang_arsverk_akkumulert_hoy',
];

const number = (v: number | null | undefined): string =>
  v === null || v === undefined ? MISSING : String(Math.round(v * 1000) / 1000).replace('.', ',');

function ages(a: AgeInfo | null): string {
  if (a === null) return MISSING;
  if (a.kind === 'range') return `${a.min}-${a.max}`;
  if (a.kind === 'single') return String(a.value);
  return a.bands.map((b) => `${b.from}-${b.to}:${b.count}`).join(' ');
}

function unitRows(areaId: string, unit: WorkforceUnit, years: number, firstYear: number): string[][] {
  const hidden = unit.years === null;
  const agesCell = unit.id === 'joint' ? '' : hidden ? SUPPRESSED : ages(unit.ages);
  return Array.from({ length: years }, (_, i) => {
    const y = unit.years?.[i];
    const cell = (v: number | null | undefined) => (hidden ? SUPPRESSED : number(v));
    return [
      areaId,
      unit.id,
      number(unit.fte),
      agesCell,
      String(firstYear + i),
      cell(y?.departures.low),
      cell(y?.departures.high),
      cell(y?.cumulativeDepartedFte.low),
      cell(y?.cumulativeDepartedFte.high),
    ];
  });
}

/**
 * CSV of the workforce projection as `role` may see it.
 * @example workforceCsv(peopleView(defaultCase()), 'reader').split('\n')[0] // → 'tjenesteomrade;enhet;…'
 */
export function workforceCsv(full: PeopleView, role: ViewerRole): string {
  const view = redactWorkforce(full, role);
  const { firstYear, years } = view.workforce;
  const rows = view.workforce.areas.flatMap((area) => [
    ...area.groups.flatMap((g) => unitRows(area.areaId, g, years, firstYear)),
    ...(area.joint ? unitRows(area.areaId, area.joint, years, firstYear) : []),
  ]);
  return `${[HEADER, ...rows].map((r) => r.join(';')).join('\r\n')}\r\n`;
}
