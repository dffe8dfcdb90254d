/**
 * The check of a revision's recorded analyses (`analysis-check.ts`): is this still what the councils saw?
 * Not cached: recomputing is the point.
 * @module
 */
import { isRevisionNumber } from '../../case/query-params.ts';
import { NotFoundError } from '../../common/errors.ts';
import { ENGINE_VERSION } from '../../engine/engine-version.ts';
import { checkAnalyses } from '../analysis-check.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

export const analysisCheckRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/revisions/:revision/analysis-check',
    access: 'reader',
    tag: 'cases',
    summary:
      'Recompute every analysis result recorded for this revision (scenario analyses, cost sharing) and compare: the same hash («Dette er tallene som ble vist») or the figures that moved, before and after, with the engine versions',
    async handle(c) {
      const revision = Number(c.req.param('revision'));
      if (!isRevisionNumber(revision)) throw new NotFoundError();
      const caseId = caseIdParam(c);
      const loaded = await revisionFromCache(c, caseId, revision);
      if (!loaded) throw new NotFoundError();
      const started = performance.now();
      const results = await checkAnalyses(c.var.deps, { caseId, revision }, loaded.document, {
        language: c.var.language,
      });
      const durationMs = Math.round(performance.now() - started);
      c.header('cache-control', 'no-store');
      return c.json({ caseId, revision, engineVersion: ENGINE_VERSION, durationMs, results });
    },
  }),
];
