/**
 * Public feeds of a case's process from its latest saved revision: an iCalendar feed of political meetings and
 * milestones, and an Atom feed of decisions. No personal data; `?lang=nn|en` picks the language.
 * @module
 */
import type { Context } from 'hono';
import { decisionsFeed } from '../../case/process/atom-feed.ts';
import { caseCalendar, type FeedOptions } from '../../case/process/icalendar.ts';
import { isLanguage } from '../../i18n/language.ts';
import type { AppEnv } from '../context.ts';
import { loadRevision } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

async function latest(c: Context<AppEnv>) {
  const caseId = caseIdParam(c);
  const { meta, document } = await loadRevision(c);
  const lang = c.req.query('lang');
  const options: FeedOptions = {
    revisionTime: meta.createdAt,
    language: isLanguage(lang) ? lang : 'nb',
    pageUrl: new URL(`/status/${encodeURIComponent(caseId)}`, c.req.url).toString(),
    selfUrl: c.req.url,
  };
  return { document, options };
}

export const processFeedRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/public/cases/:caseId/calendar.ics',
    access: 'public',
    tag: 'public',
    summary: 'iCalendar feed (RFC 5545) of the political meetings and milestones of a case',
    async handle(c) {
      const { document, options } = await latest(c);
      return c.body(caseCalendar(document, options), 200, {
        'Content-Type': 'text/calendar; charset=utf-8',
        'Content-Disposition': `inline; filename="${document.id}.ics"`,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/public/cases/:caseId/decisions.atom',
    access: 'public',
    tag: 'public',
    summary: 'Atom feed (RFC 4287) of the decisions recorded in a case',
    async handle(c) {
      const { document, options } = await latest(c);
      return c.body(decisionsFeed(document, options), 200, {
        'Content-Type': 'application/atom+xml; charset=utf-8',
      });
    },
  }),
];
