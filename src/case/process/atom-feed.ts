/**
 * An Atom feed (RFC 4287) of the decisions recorded in a saved revision: one entry per body's decision on a
 * point of the recommendation. `updated` is the revision time, never the clock. No personal data.
 * @module
 */
import type { Language } from '../../i18n/language.ts';
import type { CaseDocument } from '../schema/case-document.ts';
import type { DecisionOutcome } from '../schema/participation.ts';
import type { FeedOptions } from './icalendar.ts';
import { localize } from './localize.ts';
import { planDateStart } from './plan-date.ts';

const OUTCOME: Record<Language, Record<DecisionOutcome, string>> = {
  nb: { adopted: 'vedtatt', amended: 'vedtatt med endring', rejected: 'avvist', postponed: 'utsatt' },
  nn: { adopted: 'vedteke', amended: 'vedteke med endring', rejected: 'avvist', postponed: 'utsett' },
  en: { adopted: 'adopted', amended: 'amended', rejected: 'rejected', postponed: 'postponed' },
};
const POINT: Record<Language, string> = { nb: 'punkt', nn: 'punkt', en: 'point' };
const FEED_TITLE: Record<Language, string> = { nb: 'Vedtak', nn: 'Vedtak', en: 'Decisions' };

export function escapeXml(text: string): string {
  return text
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;')
    .replaceAll("'", '&apos;');
}

const element = (name: string, text: string) => `<${name}>${escapeXml(text)}</${name}>`;

export function decisionsFeed(document: CaseDocument, options: FeedOptions): string {
  const language = options.language ?? 'nb';
  const updated = new Date(options.revisionTime).toISOString();
  const firstId = document.resolutions[0]?.id;
  const entries = document.decisions.map((decision) => {
    const body = document.bodies.find((b) => b.id === decision.bodyId);
    const meeting = document.meetings.find((m) => m.id === decision.meetingId);
    const resolution = document.resolutions.find((r) => r.id === (decision.resolutionId ?? firstId));
    const point = resolution?.points.find((p) => p.number === decision.pointNumber);
    const bodyName = body ? localize(body.name, language) : decision.bodyId;
    const title = `${bodyName}: ${POINT[language]} ${decision.pointNumber} ${OUTCOME[language][decision.outcome]}`;
    const text = decision.outcome === 'amended' ? (decision.amendedText ?? '') : (point?.text ?? '');
    const id = `urn:flokk:${document.id}:decision:${decision.meetingId}:${decision.bodyId}:${decision.pointNumber}`;
    const published = meeting ? `${planDateStart(meeting.date)}T00:00:00Z` : updated;
    return [
      '<entry>',
      element('id', id),
      element('title', title),
      element('updated', updated),
      element('published', published),
      ...(options.pageUrl ? [`<link rel="alternate" href="${escapeXml(options.pageUrl)}"/>`] : []),
      `<content type="text">${escapeXml(text)}</content>`,
      '</entry>',
    ].join('\n');
  });
  const author = document.participants.map((p) => p.name).join(', ');
  return [
    '<?xml version="1.0" encoding="utf-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${language}">`,
    element('id', `urn:flokk:${document.id}:decisions`),
    element('title', `${FEED_TITLE[language]}: ${localize(document.title, language)}`),
    element('updated', updated),
    `<author>${element('name', author)}</author>`,
    ...(options.pageUrl ? [`<link rel="alternate" href="${escapeXml(options.pageUrl)}"/>`] : []),
    ...(options.selfUrl ? [`<link rel="self" href="${escapeXml(options.selfUrl)}"/>`] : []),
    ...entries,
    '</feed>',
    '',
  ].join('\n');
}
