/**
 * The «Anrop» sheet into the switchboard's call counts (`people.switchboard.municipalities[].calls`): one row
 * per municipality, weekday and start of interval. A municipality's counts are replaced by the sheet's; one
 * the sheet has no rows for loses its counts (they become «not entered»). Opening hours and provenance stay.
 * @module
 */
import { TEXT_LIMITS } from '../schema/text.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import { readNumber, readText, readTime, type CellRead } from './cells.ts';
import { importMessage } from './import-messages.ts';
import { CHOICES, choiceValue } from './sheet-layout.ts';
import type { IssueList, SheetTable, TableRow } from './sheet-table.ts';

type Switchboard = CaseDocument['people']['switchboard'];

/** `municipality|weekday|minute` → the sheet row it came from. */
export type CallRows = Map<string, number>;

export const callKey = (municipality: string, weekday: number, minute: number) =>
  `${municipality}|${weekday}|${minute}`;

function municipalityText(row: TableRow): CellRead<string | undefined> {
  const cell = row.cell('municipalityNumber');
  if (typeof cell === 'number' && Number.isInteger(cell) && cell >= 0 && cell < 10_000)
    return { ok: true, value: String(cell).padStart(4, '0') };
  return readText(cell, TEXT_LIMITS.name);
}

const REQUIRED = { nb: 'Må fylles ut', nn: 'Må fyllast ut', en: 'Required' } as const;

export function importCallSheet(
  table: SheetTable,
  base: CaseDocument,
  issues: IssueList,
): { switchboard: Switchboard; rows: CallRows } {
  const language = issues.language;
  const municipalities = new Set<string>(base.participants.map((p) => p.municipalityNumber));
  const calls = new Map<string, { weekday: number; startMinute: number; calls: number | null }[]>();
  const rows: CallRows = new Map();
  for (const row of table.rows) {
    const place = (column: string) => ({ sheet: table.name, row: row.row, column: table.header(column) });
    const bad = new Set<string>();
    function take<T>(column: string, read: CellRead<T>): T | undefined {
      if (read.ok) return read.value;
      const choices = Object.values(CHOICES.weekday)
        .map((words) => words[language])
        .join(', ');
      issues.add(
        place(column),
        read.code,
        importMessage(read.code, language, { value: read.quoted, choices }),
      );
      bad.add(column);
      return undefined;
    }
    const municipality = take('municipalityNumber', municipalityText(row));
    const dayText = take('weekday', readText(row.cell('weekday'), TEXT_LIMITS.name));
    const day = dayText === undefined ? undefined : choiceValue('weekday', dayText);
    if (dayText !== undefined && day === undefined)
      take('weekday', { ok: false, code: 'unknown_choice', quoted: dayText.slice(0, 40) });
    const minute = take('startTime', readTime(row.cell('startTime'))) ?? undefined;
    const count = take('calls', readNumber(row.cell('calls')));
    const required = { municipalityNumber: municipality, weekday: dayText, startTime: minute };
    for (const [column, given] of Object.entries(required)) {
      if ((given === undefined || given === null) && !bad.has(column)) {
        issues.add(place(column), 'invalid_type', REQUIRED[language]);
        bad.add(column);
      }
    }
    if (
      bad.size > 0 ||
      municipality === undefined ||
      day === undefined ||
      minute === undefined ||
      minute === null
    )
      continue;
    if (!municipalities.has(municipality)) {
      issues.add(
        place('municipalityNumber'),
        'unknown_municipality',
        importMessage('unknown_municipality', language, { value: municipality.slice(0, 40) }),
      );
      continue;
    }
    const key = callKey(municipality, Number(day), minute);
    const first = rows.get(key);
    if (first !== undefined) {
      issues.add(
        place('startTime'),
        'duplicate_key',
        importMessage('duplicate_key', language, { value: String(first) }),
      );
      continue;
    }
    rows.set(key, row.row);
    const list = calls.get(municipality) ?? [];
    list.push({ weekday: Number(day), startMinute: minute, calls: count ?? null });
    calls.set(municipality, list);
  }
  return { switchboard: mergeCalls(base.people.switchboard, calls), rows };
}

/** Each municipality's counts from the sheet, in the current revision's order where a count was there before. */
function mergeCalls(
  before: Switchboard,
  calls: Map<string, { weekday: number; startMinute: number; calls: number | null }[]>,
): Switchboard {
  const updated = before.municipalities.map((entry) => {
    const fromSheet = calls.get(entry.municipalityNumber);
    calls.delete(entry.municipalityNumber);
    if (!fromSheet)
      return entry.calls === null || entry.calls.length === 0 ? entry : { ...entry, calls: null };
    const order = new Map((entry.calls ?? []).map((c, i) => [`${c.weekday}|${c.startMinute}`, i]));
    const rank = (c: { weekday: number; startMinute: number }) =>
      order.get(`${c.weekday}|${c.startMinute}`) ?? Number.MAX_SAFE_INTEGER;
    const sorted = [...fromSheet].sort((a, b) => rank(a) - rank(b));
    return { ...entry, calls: sorted as typeof entry.calls };
  });
  const added = [...calls.entries()].map(([municipalityNumber, list]) => ({
    municipalityNumber,
    calls: list,
    openingHours: null,
  }));
  return { ...before, municipalities: [...updated, ...added] as Switchboard['municipalities'] };
}
