/**
 * The switchboard inputs as the form holds them: parameters as text, opening hours per weekday, and calls per
 * weekday × interval for each municipality; applied to the document as a new revision's `people.switchboard`.
 * @module
 */
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { MunicipalityNumber } from '../../../case/schema/common.ts';
import type { SwitchboardInputs } from '../../../case/schema/people.ts';
import type { Provenance } from '../../../case/schema/scenario.ts';
import { parseNumber } from '../parse-number.ts';
import {
  applySourced,
  emptyProvenance,
  fieldId,
  provenanceFrom,
  sourcedText,
  type ProvenanceDraft,
} from './people-draft-common.ts';

/** The sourced parameters, in the order the form shows them. */
export const SWITCHBOARD_PARAMS = [
  'ahtSeconds',
  'targetServiceLevel',
  'targetSeconds',
  'maxOccupancy',
  'shrinkage',
  'patienceSeconds',
  'openWeeksPerYear',
] as const;
export type SwitchboardParam = (typeof SWITCHBOARD_PARAMS)[number];

/** Parameters typed as percent and stored as shares. */
export const PERCENT_PARAMS: ReadonlySet<SwitchboardParam> = new Set([
  'targetServiceLevel',
  'maxOccupancy',
  'shrinkage',
]);

export const WEEKDAYS = [1, 2, 3, 4, 5, 6, 7] as const;
export type WeekdayNumber = (typeof WEEKDAYS)[number];

export interface MunicipalityDraft {
  municipalityNumber: MunicipalityNumber;
  /** Opening time and closing time per weekday as typed (`08:00`); both empty for a closed day. */
  hours: Record<WeekdayNumber, { opens: string; closes: string }>;
  /** Calls by `weekday-startMinute`, as typed. */
  calls: Record<string, string>;
}

export interface SwitchboardDraft {
  params: Record<SwitchboardParam, string>;
  municipalities: MunicipalityDraft[];
  provenance: ProvenanceDraft;
}

export const PARAM_PATH = (param: SwitchboardParam) => `people.switchboard.${param}.value`;
export const hoursId = (municipality: string, weekday: number, edge: 'opens' | 'closes') =>
  `sb-hours-${municipality}-${weekday}-${edge}`;
export const callsId = (municipality: string, weekday: number, minute: number) =>
  `sb-calls-${municipality}-${weekday}-${minute}`;
export const cellKey = (weekday: number, minute: number) => `${weekday}-${minute}`;

/** `08:00`, `8`, `8.30` → minutes after midnight; `null` for text that is not a time. */
export function parseClock(text: string): number | null {
  const match = /^(\d{1,2})(?:[:.](\d{2}))?$/.exec(text.trim());
  if (!match) return null;
  const minutes = Number(match[1]) * 60 + Number(match[2] ?? '0');
  return minutes <= 1440 ? minutes : null;
}

export function clockText(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

function municipalityDraft(number: MunicipalityNumber, inputs: SwitchboardInputs): MunicipalityDraft {
  const saved = inputs.municipalities.find((m) => m.municipalityNumber === number);
  const hours = Object.fromEntries(
    WEEKDAYS.map((d) => [d, { opens: '', closes: '' }]),
  ) as MunicipalityDraft['hours'];
  for (const h of saved?.openingHours ?? [])
    hours[h.weekday] = { opens: clockText(h.opensMinute), closes: clockText(h.closesMinute) };
  const calls: Record<string, string> = {};
  for (const c of saved?.calls ?? []) calls[cellKey(c.weekday, c.startMinute)] = sourcedText(c.calls, false);
  return { municipalityNumber: number, hours, calls };
}

/** The form's starting point: the document's inputs as text, one municipality per participant. */
export function switchboardDraft(document: CaseDocument): SwitchboardDraft {
  const inputs = document.people.switchboard;
  const params = Object.fromEntries(
    SWITCHBOARD_PARAMS.map((p) => [p, sourcedText(inputs[p].value, PERCENT_PARAMS.has(p))]),
  ) as Record<SwitchboardParam, string>;
  return {
    params,
    municipalities: document.participants.map((p) => municipalityDraft(p.municipalityNumber, inputs)),
    provenance: emptyProvenance,
  };
}

/** The start minutes of the intervals a weekday is open, or none when its hours are not valid times. */
export function openIntervals(
  m: MunicipalityDraft,
  weekday: WeekdayNumber,
  intervalMinutes: number,
): number[] {
  const opens = parseClock(m.hours[weekday].opens);
  const closes = parseClock(m.hours[weekday].closes);
  if (opens === null || closes === null) return [];
  const starts: number[] = [];
  for (let s = opens - (opens % intervalMinutes); s < closes; s += intervalMinutes) starts.push(s);
  return starts;
}

/** Every open interval of every weekday set to `text`: the "same volume every open hour" quick fill. */
export function fillAllOpen(m: MunicipalityDraft, text: string, intervalMinutes: number): MunicipalityDraft {
  const calls = { ...m.calls };
  for (const d of WEEKDAYS) for (const s of openIntervals(m, d, intervalMinutes)) calls[cellKey(d, s)] = text;
  return { ...m, calls };
}

export interface DraftProblem {
  fieldId: string;
  /** Where in the document the unreadable text would go. */
  path: string;
  kind: 'invalidNumber' | 'invalidTime' | 'missingCalls';
}

type MunicipalityInput = SwitchboardInputs['municipalities'][number];

function applyMunicipality(
  m: MunicipalityDraft,
  saved: MunicipalityInput | undefined,
  intervalMinutes: number,
  provenance: Provenance,
  problems: DraftProblem[],
): MunicipalityInput | undefined {
  const openingHours: NonNullable<MunicipalityInput['openingHours']> = [];
  const calls: NonNullable<MunicipalityInput['calls']> = [];
  for (const weekday of WEEKDAYS) {
    const { opens, closes } = m.hours[weekday];
    if (opens.trim() === '' && closes.trim() === '') continue;
    const o = parseClock(opens);
    const c = parseClock(closes);
    const path = `people.switchboard.municipalities.${m.municipalityNumber}.openingHours`;
    if (o === null)
      problems.push({ fieldId: hoursId(m.municipalityNumber, weekday, 'opens'), path, kind: 'invalidTime' });
    if (c === null)
      problems.push({ fieldId: hoursId(m.municipalityNumber, weekday, 'closes'), path, kind: 'invalidTime' });
    if (o === null || c === null) continue;
    openingHours.push({ weekday, opensMinute: o, closesMinute: c });
    for (const startMinute of openIntervals(m, weekday, intervalMinutes)) {
      const id = callsId(m.municipalityNumber, weekday, startMinute);
      const path = `people.switchboard.municipalities.${m.municipalityNumber}.calls`;
      const parsed = parseNumber(m.calls[cellKey(weekday, startMinute)] ?? '');
      if (!parsed.ok) problems.push({ fieldId: id, path, kind: 'invalidNumber' });
      else if (parsed.value === null) problems.push({ fieldId: id, path, kind: 'missingCalls' });
      else calls.push({ weekday, startMinute, calls: parsed.value });
    }
  }
  const anyCalls = Object.values(m.calls).some((text) => text.trim() !== '');
  // A municipality nobody has filled in stays missing rather than becoming zero calls.
  if (openingHours.length === 0 && !anyCalls) return saved;
  const unchanged =
    saved !== undefined &&
    JSON.stringify(saved.openingHours) === JSON.stringify(openingHours) &&
    JSON.stringify(saved.calls) === JSON.stringify(calls);
  if (unchanged) return saved;
  return { municipalityNumber: m.municipalityNumber, calls, openingHours, provenance };
}

/** The document with the draft applied, and what in the draft could not be read. */
export function applySwitchboardDraft(
  document: CaseDocument,
  draft: SwitchboardDraft,
  origin: CaseDocument = document,
): { document: CaseDocument; problems: DraftProblem[] } {
  const inputs = document.people.switchboard;
  // What the user did not touch since `origin` keeps the newer revision's value, so a rebase never reverts it.
  const untouched = switchboardDraft(origin);
  const provenance = provenanceFrom(draft.provenance);
  const problems: DraftProblem[] = [];
  const next: SwitchboardInputs = { ...inputs };
  for (const p of SWITCHBOARD_PARAMS) {
    if (draft.params[p] === untouched.params[p]) continue;
    const applied = applySourced(inputs[p], draft.params[p], PERCENT_PARAMS.has(p), provenance);
    if (applied.invalid)
      problems.push({ fieldId: fieldId(PARAM_PATH(p)), path: PARAM_PATH(p), kind: 'invalidNumber' });
    next[p] = applied.field;
  }
  const drafted = new Set(draft.municipalities.map((m) => m.municipalityNumber));
  const municipalities = inputs.municipalities.filter((m) => !drafted.has(m.municipalityNumber));
  for (const m of draft.municipalities) {
    const saved = inputs.municipalities.find((s) => s.municipalityNumber === m.municipalityNumber);
    const before = untouched.municipalities.find((o) => o.municipalityNumber === m.municipalityNumber);
    if (JSON.stringify(before) === JSON.stringify(m)) {
      if (saved) municipalities.push(saved);
      continue;
    }
    const applied = applyMunicipality(m, saved, inputs.intervalMinutes, provenance, problems);
    if (applied) municipalities.push(applied);
  }
  next.municipalities = municipalities;
  return {
    document: { ...document, people: { ...document.people, switchboard: next } },
    problems,
  };
}

/** The input an issue path under `people.switchboard` belongs to. */
export function switchboardInputFor(
  path: string,
  document: CaseDocument,
  firstProvenanceInput: string,
): string | undefined {
  if (path.includes('provenance')) return firstProvenanceInput;
  const param = /^people\.switchboard\.(\w+)\.value$/.exec(path)?.[1];
  if (param !== undefined) return fieldId(path);
  const m = /^people\.switchboard\.municipalities\[(\d+)\]/.exec(path);
  const number = m ? document.people.switchboard.municipalities[Number(m[1])]?.municipalityNumber : undefined;
  return number === undefined ? undefined : hoursId(number, 1, 'opens');
}
