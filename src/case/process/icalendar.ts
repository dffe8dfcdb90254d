/**
 * An iCalendar feed (RFC 5545) of a saved revision: one all-day VEVENT per political meeting and milestone.
 * Month-precision dates become the first day of the month with the span in the description. UIDs are stable
 * across revisions; DTSTAMP is the revision time, never the clock. Lines end in CRLF and are folded at 75
 * octets without splitting a character.
 * @module
 */
import { formatPlanDate } from '../../i18n/format.ts';
import type { Language } from '../../i18n/language.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { LocalizedText } from '../schema/common.ts';
import { localize } from './localize.ts';
import { basicDate, isMonthPrecision, nextDay, planDateStart } from './plan-date.ts';

export interface FeedOptions {
  /** ISO timestamp of the saved revision. */
  revisionTime: string;
  language?: Language;
  /** Address of the public status page, linked from each event. */
  pageUrl?: string;
  /** Address of the feed itself (Atom `rel="self"`). */
  selfUrl?: string;
}

const SPAN: Record<Language, (span: string) => string> = {
  nb: (span) => `Planlagt: ${span}`,
  nn: (span) => `Planlagt: ${span}`,
  en: (span) => `Planned: ${span}`,
};
const CASE_NUMBER: Record<Language, string> = { nb: 'Saksnummer', nn: 'Saksnummer', en: 'Case number' };

/** RFC 5545 §3.3.11: backslash, semicolon, comma and newlines escaped. */
export function escapeText(text: string): string {
  return text
    .replaceAll('\\', '\\\\')
    .replaceAll(';', '\\;')
    .replaceAll(',', '\\,')
    .replace(/\r\n|\r|\n/g, '\\n');
}

/** RFC 5545 §3.1: lines longer than 75 octets are split, continuation lines start with a space. */
export function foldLine(line: string): string {
  const encoder = new TextEncoder();
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = encoder.encode(char).length;
    const limit = parts.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

function stamp(iso: string): string {
  return `${new Date(iso).toISOString().slice(0, 19).replace(/[-:]/g, '')}Z`;
}

interface EventInput {
  uid: string;
  date: string;
  endDate: string | undefined;
  summary: LocalizedText;
  extra: string[];
  cancelled: boolean;
}

function spanText(date: string, endDate: string | undefined, language: Language): string | undefined {
  if (!isMonthPrecision(date) && endDate === undefined) return undefined;
  const from = formatPlanDate(date, language);
  return endDate === undefined ? from : `${from} – ${formatPlanDate(endDate, language)}`;
}

function eventLines(event: EventInput, dtstamp: string, options: FeedOptions): string[] {
  const language = options.language ?? 'nb';
  const span = spanText(event.date, event.endDate, language);
  const description = [...(span ? [SPAN[language](span)] : []), ...event.extra].join('\n');
  const start = planDateStart(event.date);
  const lines = [
    'BEGIN:VEVENT',
    `UID:${event.uid}`,
    `DTSTAMP:${dtstamp}`,
    `DTSTART;VALUE=DATE:${basicDate(start)}`,
    `DTEND;VALUE=DATE:${basicDate(nextDay(start))}`,
    `SUMMARY:${escapeText(localize(event.summary, language))}`,
  ];
  if (description) lines.push(`DESCRIPTION:${escapeText(description)}`);
  if (event.cancelled) lines.push('STATUS:CANCELLED');
  if (options.pageUrl) lines.push(`URL:${options.pageUrl}`);
  lines.push('TRANSP:TRANSPARENT', 'END:VEVENT');
  return lines;
}

export function caseCalendar(document: CaseDocument, options: FeedOptions): string {
  const language = options.language ?? 'nb';
  const dtstamp = stamp(options.revisionTime);
  const bodyName = (id: string) => {
    const body = document.bodies.find((b) => b.id === id);
    return body ? localize(body.name, language) : id;
  };
  const events: EventInput[] = [
    ...document.meetings.map((m) => ({
      uid: `${document.id}.meeting.${m.id}@flokk`,
      date: m.date,
      endDate: undefined,
      summary: { nb: `${bodyName(m.bodyId)}: ${localize(m.title, language)}` },
      extra: m.caseNumber ? [`${CASE_NUMBER[language]} ${m.caseNumber}`] : [],
      cancelled: false,
    })),
    ...document.milestones.map((m) => ({
      uid: `${document.id}.milestone.${m.id}@flokk`,
      date: m.date,
      endDate: m.endDate,
      summary: m.title,
      extra: [],
      cancelled: m.status === 'cancelled',
    })),
  ];
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Flokk//Prosess//NB',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(localize(document.title, language))}`,
    ...events.flatMap((e) => eventLines(e, dtstamp, options)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
