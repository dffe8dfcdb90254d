/**
 * People and capacity: the workforce projection, vulnerability and switchboard sizing of a case (redacted
 * for readers), and the Erlang calculator. The calculator needs a signed-in user: it reads no case data,
 * but a large Erlang A query costs real CPU, so it is not open to the world, and it runs in the compute pool.
 * @module
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { ErlangQuery } from '../../case/people/erlang-calculator.ts';
import { Id } from '../../case/schema/common.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import type { AppEnv } from '../context.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const PeopleQuery = z.strictObject({ scenario: Id.optional() });

/**
 * The people view of the route's case, redacted for the reader's role inside the job, so the unredacted view
 * never leaves the worker for a reader. A scenario the case does not have is not found.
 */
async function peopleResponse(c: Context<AppEnv>) {
  const { scenario } = readQuery(c, PeopleQuery);
  const ref = await revisionRef(c);
  const role = c.var.role ?? 'reader';
  return cachedResponse(c, resultKey(ref, 'people', { scenario, role }), async () => {
    const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
    if (!loaded) return null;
    if (scenario !== undefined && !loaded.document.scenarios.some((s) => s.id === scenario)) return null;
    return c.var.deps.compute.run({
      kind: 'people',
      document: loaded.document,
      revision: ref.revision,
      scenario,
      role,
    });
  });
}

export const peopleRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/people',
    access: 'reader',
    tag: 'people',
    summary:
      'Workforce projection, vulnerability and switchboard sizing (?scenario). Readers get ages and departures of groups under 5 persons withheld (listed in `suppressed`), with secondary suppression of totals',
    handle: (c) => peopleResponse(c),
  }),
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/people.csv',
    access: 'reader',
    tag: 'people',
    summary:
      'Moved: the departures per area, unit and year are the `departures` export table (persons and FTE in separate, labelled columns); 308 to /api/cases/:caseId/export?table=departures&format=csv with the same ?scenario',
    async handle(c) {
      // One export of the table, not two: the old address points at the shared one, whose CSV names its
      // columns in words and keeps persons and FTE apart.
      const { scenario } = readQuery(c, PeopleQuery);
      const query = new URLSearchParams({ table: 'departures', format: 'csv' });
      if (scenario !== undefined) query.set('scenario', scenario);
      return c.redirect(`/api/cases/${encodeURIComponent(caseIdParam(c))}/export?${query}`, 308);
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
      const query = readQuery(c, ErlangQuery);
      return cachedResponse(c, resultKey(null, 'erlang', query), () =>
        c.var.deps.compute.run({ kind: 'erlang', query }),
      );
    },
  }),
];
