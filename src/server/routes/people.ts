/**
 * People and capacity: the workforce projection, vulnerability and switchboard sizing of a case (redacted
 * for readers), and the Erlang calculator. The calculator needs a signed-in user: it reads no case data,
 * but a large Erlang A query costs real CPU on a server shared by everyone, so it is not open to the world.
 * @module
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { NotFoundError } from '../../common/errors.ts';
import { ErlangQuery, erlangCalculation } from '../../case/people/erlang-calculator.ts';
import { peopleView } from '../../case/people/people-view.ts';
import { redactWorkforce } from '../../case/people/redact-workforce.ts';
import { workforceCsv } from '../../case/people/workforce-csv.ts';
import { getLatestRevision } from '../../storage/cases.ts';
import { Id } from '../../case/schema/common.ts';
import { loadDocument } from '../case-view.ts';
import type { AppEnv } from '../context.ts';
import { caseIdParam, defineRoute } from '../route.ts';
import { readQuery } from '../read-query.ts';

const PeopleQuery = z.strictObject({ scenario: Id.optional() });

/** The people view of the route's case; a scenario the case does not have is not found, never ignored. */
async function loadPeopleView(c: Context<AppEnv>) {
  const { scenario } = readQuery(c, PeopleQuery);
  const stored = await getLatestRevision(c.var.deps.db, caseIdParam(c));
  if (!stored) throw new NotFoundError();
  const document = loadDocument(stored);
  if (scenario !== undefined && !document.scenarios.some((s) => s.id === scenario)) {
    throw new NotFoundError();
  }
  return { stored, view: peopleView(document, scenario) };
}

export const peopleRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/people',
    access: 'reader',
    tag: 'people',
    summary:
      'Workforce projection, vulnerability and switchboard sizing (?scenario). Readers get ages and departures of groups under 5 persons withheld (listed in `suppressed`), with secondary suppression of totals',
    async handle(c) {
      const { stored, view } = await loadPeopleView(c);
      return c.json({ revision: stored.revision, ...redactWorkforce(view, c.var.role ?? 'reader') });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/people.csv',
    access: 'reader',
    tag: 'people',
    summary:
      'The workforce projection as CSV (semicolon, decimal comma); redacted for readers exactly as the JSON',
    async handle(c) {
      const { stored, view } = await loadPeopleView(c);
      const csv = workforceCsv(view, c.var.role ?? 'reader');
      return c.body(csv, 200, {
        'content-type': 'text/csv; charset=utf-8',
        'content-disposition': `attachment; filename="ansatte-${stored.caseId}-r${stored.revision}.csv"`,
      });
    },
  }),
  defineRoute({
    method: 'GET',
    path: '/api/erlang',
    access: 'signedIn',
    tag: 'people',
    summary:
      'Erlang C calculator (Erlang A with ?patience): ?calls&interval&aht&serviceLevel&targetSeconds[&shrinkage][&maxOccupancy]',
    async handle(c) {
      return c.json(erlangCalculation(readQuery(c, ErlangQuery)));
    },
  }),
];
