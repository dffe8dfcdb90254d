/**
 * Fair cost sharing for a scenario: the coalition costs of a service area (or of the package of all its
 * areas), the simple keys and the game-theoretic allocations side by side with their core checks in words,
 * the net effect per municipality and year, and the core triangle for three municipalities.
 * @module
 */
import { z } from 'zod';
import { RevisionParam } from '../../case/query-params.ts';
import { Id } from '../../case/schema/common.ts';
import { recordAnalysis } from '../analysis-record.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

const CostSharingQuery = z.strictObject({
  area: Id.optional(),
  revision: RevisionParam.optional(),
});

export const costSharingRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/scenarios/:scenarioId/cost-sharing',
    access: 'reader',
    tag: 'scenarios',
    summary:
      'Fair cost sharing: coalition costs (derived or typed), keys and game-theoretic allocations with core checks, net effect per year and the core triangle, for ?area=ID or, without it, the package of all areas (?revision)',
    async handle(c) {
      const { area, revision } = readQuery(c, CostSharingQuery);
      const ref = await revisionRef(c, revision);
      const scenarioId = c.req.param('scenarioId') ?? '';
      const language = c.var.language;
      return cachedResponse(c, resultKey(ref, 'cost-sharing', { scenarioId, area, language }), async () => {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        if (!loaded) return null;
        const body = await c.var.deps.compute.run({
          kind: 'cost-sharing',
          document: loaded.document,
          revision: ref.revision,
          scenarioId,
          area,
          language,
        });
        recordAnalysis(c.var.deps, ref, 'cost-sharing', { scenarioId, area: area ?? null }, body);
        return body;
      });
    },
  }),
];
