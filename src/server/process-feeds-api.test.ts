import ICAL from 'ical.js';
import { XMLParser } from 'fast-xml-parser';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startTestServer, type TestClient, type TestServer } from './test-support.ts';

let server: TestServer;
let anonymous: TestClient;

beforeAll(async () => {
  server = await startTestServer();
  anonymous = server.anonymous;
});
afterAll(() => server.close());

describe('public process feeds', () => {
  it('serves the iCalendar feed to anyone, without personal data', async () => {
    const response = await anonymous.request('GET', `/api/public/cases/${server.caseId}/calendar.ics`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/calendar');
    const text = await response.text();
    const events = new ICAL.Component(ICAL.parse(text)).getAllSubcomponents('vevent');
    expect(events.length).toBeGreaterThan(10);
    expect(text).not.toContain('14 800 000');
  });

  it('serves the Atom feed of decisions', async () => {
    const response = await anonymous.request('GET', `/api/public/cases/${server.caseId}/decisions.atom`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('application/atom+xml');
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(await response.text());
    expect(parsed.feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    const links = ([] as { '@_rel': string; '@_href': string }[]).concat(parsed.feed.link);
    expect(links.find((l) => l['@_rel'] === 'self')?.['@_href']).toContain('/decisions.atom');
  });

  it('answers 404 for an unknown case', async () => {
    const response = await anonymous.request('GET', '/api/public/cases/finnes-ikke/calendar.ics');
    expect(response.status).toBe(404);
  });
});
