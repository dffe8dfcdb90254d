import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { defaultCase } from '../default-case/default-case.ts';
import { decisionsFeed } from './atom-feed.ts';
import { caseCalendar, foldLine } from './icalendar.ts';

const REVISION_TIME = '2026-03-12T09:30:00.000Z';

describe('caseCalendar (RFC 5545)', () => {
  const document = defaultCase();
  const ics = caseCalendar(document, {
    revisionTime: REVISION_TIME,
    pageUrl: 'https://flokk.example/status/x',
  });

  it('parses with ical.js: one VEVENT per meeting and milestone', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const events = calendar.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events).toHaveLength(document.meetings.length + document.milestones.length);
    const joint = events.find((e) => e.uid === `${document.id}.meeting.felles-formannskap-2026-04-21@flokk`);
    expect(joint?.startDate.toString()).toBe('2026-04-21');
    expect(joint?.startDate.isDate).toBe(true);
    const june = events.find((e) => e.uid === `${document.id}.meeting.skaun-kommunestyre-2026-06@flokk`);
    expect(june?.startDate.toString()).toBe('2026-06-01');
    expect(june?.description).toBe('Planlagt: juni 2026');
    const span = events.find((e) => e.uid === `${document.id}.milestone.adm-politisk-fase-2@flokk`);
    // The milestone takes its meetings' dates: the joint executive committee on 24.2, the councils on 10.3.
    expect(span?.description).toBe('Planlagt: 24.2.2026 – 10.3.2026');
  });

  it('stamps every event with the revision time, not the clock', () => {
    const calendar = new ICAL.Component(ICAL.parse(ics));
    const stamps = new Set(
      calendar.getAllSubcomponents('vevent').map((v) => v.getFirstPropertyValue('dtstamp')?.toString()),
    );
    expect([...stamps]).toEqual(['2026-03-12T09:30:00Z']);
    expect(
      caseCalendar(document, { revisionTime: REVISION_TIME, pageUrl: 'https://flokk.example/status/x' }),
    ).toBe(ics);
  });

  it('ends lines in CRLF and folds them at 75 octets', () => {
    expect(ics.endsWith('\r\n')).toBe(true);
    expect(ics.replaceAll('\r\n', '')).not.toContain('\n');
    const encoder = new TextEncoder();
    for (const line of ics.split('\r\n')) expect(encoder.encode(line).length).toBeLessThanOrEqual(75);
    const folded = foldLine(`SUMMARY:${'æ'.repeat(80)}`);
    expect(folded.split('\r\n ').join('')).toBe(`SUMMARY:${'æ'.repeat(80)}`);
  });
});

describe('decisionsFeed (RFC 4287)', () => {
  const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => name === 'entry' });

  it('is a valid empty feed for the default case, which records no decisions', () => {
    const parsed = parser.parse(decisionsFeed(defaultCase(), { revisionTime: REVISION_TIME }));
    expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(parsed.feed.updated).toBe(REVISION_TIME);
    expect(parsed.feed.entry).toBeUndefined();
  });

  it('has one entry per decision with the amended text', () => {
    const document = defaultCase();
    document.decisions = [
      {
        meetingId: 'skaun-kommunestyre-2026-03-10',
        bodyId: 'skaun-kommunestyre',
        pointNumber: 3,
        outcome: 'amended',
        amendedText: 'Prøves ut høsten 2026 & senere.',
      },
    ];
    const xml = decisionsFeed(document, { revisionTime: REVISION_TIME });
    const parsed = parser.parse(xml);
    const [entry] = parsed.feed.entry;
    expect(entry.title).toBe('Kommunestyret i Skaun: punkt 3 vedtatt med endring');
    expect(entry.content['#text']).toBe('Prøves ut høsten 2026 & senere.');
    expect(entry.published).toBe('2026-03-10T00:00:00Z');
    expect(entry.id).toBe(
      `urn:flokk:${document.id}:decision:skaun-kommunestyre-2026-03-10:skaun-kommunestyre:3`,
    );
  });
});
