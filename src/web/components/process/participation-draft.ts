/**
 * The participation editor's draft: information and discussion meetings with union representatives and the
 * changes that move staff (arbeidsmiljøloven § 16-5), applied onto the document it was based on and validated
 * with `parseCase`, so that every error names the field path the API would name.
 * @module
 */
import { parseCase } from '../../../case/parse-case.ts';
import type { CaseDocument } from '../../../case/schema/case-document.ts';
import type { ParticipationMeeting, StaffChange } from '../../../case/schema/participation.ts';
import type { Language } from '../../../i18n/language.ts';

export type Attendee = ParticipationMeeting['participants'][number];

export interface MeetingDraft {
  id: string;
  kind: ParticipationMeeting['kind'];
  date: string;
  topic: string;
  participants: Attendee[];
  decided: string;
  minutesReference: string;
}

export interface StaffChangeDraft {
  id: string;
  title: string;
  serviceAreaIds: string[];
  decisionMeetingId: string;
  decisionDate: string;
  /** The participation meetings that informed about and discussed the change. */
  meetingIds: string[];
}

export interface ParticipationDraft {
  meetings: MeetingDraft[];
  changes: StaffChangeDraft[];
}

export function participationDraft(document: CaseDocument): ParticipationDraft {
  return {
    meetings: document.participationMeetings.map((m) => ({
      id: m.id,
      kind: m.kind,
      date: m.date,
      topic: m.topic.nb,
      participants: m.participants,
      decided: m.decided ?? '',
      minutesReference: m.minutesReference ?? '',
    })),
    changes: document.staffChanges.map((c) => ({
      id: c.id,
      title: c.title.nb,
      serviceAreaIds: c.serviceAreaIds,
      decisionMeetingId: c.decisionMeetingIds[0] ?? '',
      decisionDate: c.decisionDate ?? '',
      meetingIds: document.participationMeetings.filter((m) => m.changeIds.includes(c.id)).map((m) => m.id),
    })),
  };
}

/** The key of a participant by role and municipality, as the editor offers them. */
export const attendeeKey = (a: { role: string; municipalityNumber?: string | undefined }) =>
  `${a.role}|${a.municipalityNumber ?? ''}`;

/** One choice per role and municipality among the members of the case's bodies, in the order they appear. */
export function attendeeOptions(document: CaseDocument): Attendee[] {
  const seen = new Map<string, Attendee>();
  for (const body of document.bodies)
    for (const m of body.members) {
      const option: Attendee = { role: m.role };
      if (m.municipalityNumber !== undefined) option.municipalityNumber = m.municipalityNumber;
      if (!seen.has(attendeeKey(option))) seen.set(attendeeKey(option), option);
    }
  return [...seen.values()];
}

/** A fresh id with the prefix that none of `taken` has. */
export function freshId(prefix: string, taken: readonly string[]): string {
  let n = 1;
  while (taken.includes(`${prefix}-${n}`)) n += 1;
  return `${prefix}-${n}`;
}

const text = (value: string) => value.trim();
const optional = (value: string) => (value.trim() === '' ? undefined : value.trim());
const localizedNb = (value: string, original: { nb: string } | undefined) =>
  original && original.nb === value.trim() ? original : { nb: text(value) };

function applyMeeting(d: MeetingDraft, original: ParticipationMeeting | undefined, changeIds: string[]) {
  const next: ParticipationMeeting = {
    ...original,
    id: d.id,
    kind: d.kind,
    date: text(d.date),
    topic: localizedNb(d.topic, original?.topic),
    changeIds,
    participants: d.participants,
  };
  const decided = optional(d.decided);
  const minutes = optional(d.minutesReference);
  if (decided === undefined) delete next.decided;
  else next.decided = decided;
  if (minutes === undefined) delete next.minutesReference;
  else next.minutesReference = minutes;
  return next;
}

function applyChange(d: StaffChangeDraft, original: StaffChange | undefined): StaffChange {
  const next: StaffChange = {
    ...original,
    id: d.id,
    title: localizedNb(d.title, original?.title),
    serviceAreaIds: d.serviceAreaIds,
    // Further decision meetings recorded through the API are kept; the editor sets the first.
    decisionMeetingIds: [
      ...(d.decisionMeetingId === '' ? [] : [d.decisionMeetingId]),
      ...(original?.decisionMeetingIds.slice(1) ?? []).filter((id) => id !== d.decisionMeetingId),
    ],
  };
  const date = optional(d.decisionDate);
  if (date === undefined) delete next.decisionDate;
  else next.decisionDate = date;
  return next;
}

/** The document with the draft's meetings and changes; the links between them are kept on the meetings. */
export function applyParticipationDraft(document: CaseDocument, draft: ParticipationDraft): CaseDocument {
  const participationMeetings = draft.meetings.map((d) => {
    const original = document.participationMeetings.find((m) => m.id === d.id);
    const draftChangeIds = new Set(draft.changes.map((c) => c.id));
    const kept = (original?.changeIds ?? []).filter((id) => !draftChangeIds.has(id));
    const linked = draft.changes.filter((c) => c.meetingIds.includes(d.id)).map((c) => c.id);
    return applyMeeting(d, original, [...kept, ...linked]);
  });
  const staffChanges = draft.changes.map((d) =>
    applyChange(
      d,
      document.staffChanges.find((c) => c.id === d.id),
    ),
  );
  return { ...document, participationMeetings, staffChanges };
}

export type MeetingField = 'kind' | 'date' | 'topic' | 'decided' | 'minutesReference';
export type ChangeField = 'title' | 'decisionMeetingId' | 'decisionDate';

export const meetingFieldId = (index: number, field: MeetingField) =>
  `participation-meeting-${index}-${field}`;
export const changeFieldId = (index: number, field: ChangeField) => `staff-change-${index}-${field}`;

const MEETING_FIELDS: readonly string[] = ['kind', 'date', 'topic', 'decided', 'minutesReference'];
const CHANGE_FIELDS: Record<string, ChangeField> = {
  title: 'title',
  decisionMeetingIds: 'decisionMeetingId',
  decisionDate: 'decisionDate',
};

/** The input that edits a document path such as `participationMeetings[0].topic.nb`, where there is one. */
export function fieldIdForPath(path: string): string | undefined {
  const match = /^(participationMeetings|staffChanges)\[(\d+)\](?:\.(\w+))?/.exec(path);
  if (!match) return undefined;
  const index = Number(match[2]);
  const field = match[3] ?? '';
  if (match[1] === 'participationMeetings')
    return meetingFieldId(index, MEETING_FIELDS.includes(field) ? (field as MeetingField) : 'topic');
  return changeFieldId(index, CHANGE_FIELDS[field] ?? 'title');
}

export interface DraftIssue {
  path: string;
  message: string;
  fieldId?: string | undefined;
}

/** Validates the document the draft would save; only issues about meetings and changes are the draft's. */
export function validateParticipationDraft(
  document: CaseDocument,
  draft: ParticipationDraft,
  language: Language,
): DraftIssue[] {
  const result = parseCase(applyParticipationDraft(document, draft), language);
  if (result.success) return [];
  return result.issues.map((issue) => ({
    path: issue.path,
    message: issue.message,
    fieldId: fieldIdForPath(issue.path),
  }));
}
