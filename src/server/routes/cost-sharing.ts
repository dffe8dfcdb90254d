/**
 * Fair cost sharing for a scenario: the coalition costs of a service area (or of the package of all its
 * areas), the simple keys and the game-theoretic allocations side by side with their core checks in words,
 * the net effect per municipality and year, and the core triangle for three municipalities.
 * @module
 */
import { z } from 'zod';
import { compareAllocations } from '../../case/cost-sharing/compare-allocations.ts';
import { costSharingScopes } from '../../case/cost-sharing/scopes.ts';
import type { CostSharingScope } from '../../case/cost-sharing/coalition-costs.ts';
import { costSharingView } from '../../case/cost-sharing/comparison-view.ts';
import { RevisionParam } from '../../case/query-params.ts';
import { Id } from '../../case/schema/common.ts';
import { NotFoundError } from '../../common/errors.ts';
import { loadDocument } from '../case-view.ts';
import { defineRoute } from '../route.ts';
import { loadRevision } from '../load-revision.ts';
import { readQuery } from '../read-query.ts';
import { sharedLpSolver } from '../shared-lp-solver.ts';

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
      const stored = await loadRevision(c, revision);
      const document = loadDocument(stored);
      const scenarioId = c.req.param('scenarioId') ?? '';
      const scopes = costSharingScopes(document, scenarioId);
      const scope: CostSharingScope | undefined =
        area === undefined ? scopes.at(-1) : scopes.find((s) => s.kind === 'area' && s.areaId === area);
      if (!scope) throw new NotFoundError();
      const comparison = compareAllocations(document, scenarioId, scope, await sharedLpSolver());
      if (!comparison) throw new NotFoundError();
      return c.json({
        revision: stored.revision,
        scopes,
        ...costSharingView(document, comparison, c.var.language),
      });
    },
  }),
];
