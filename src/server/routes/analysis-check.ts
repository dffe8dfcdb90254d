/**
 * The check of a revision's recorded analyses (`analysis-check.ts`): is this still what the councils saw?
 * Not cached: recomputing is the point.
 * @module
 */
import { z } from 'zod';
import { isRevisionNumber } from '../../case/query-params.ts';
import { NotFoundError } from '../../common/errors.ts';
import { ENGINE_VERSION } from '../../engine/engine-version.ts';
import { checkAnalyses } from '../analysis-check.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const Fingerprint = z.object({ engineVersion: z.string(), hash: z.string() });
const FigureValue = z.number().nullable();

/** The answer, for the OpenAPI description (`AnalysisCheck` in analysis-check.ts). */
const AnalysisCheckShape = z.object({
  caseId: z.string(),
  revision: z.number().int(),
  engineVersion: z.string().meta({ description: 'The engine version that recomputed the results' }),
  durationMs: z.number(),
  results: z.array(
    z.object({
      kind: z.enum(['scenario-analysis', 'cost-sharing']),
      parameters: z.record(z.string(), z.unknown()),
      computedAt: z.string(),
      stored: Fingerprint,
      recomputed: Fingerprint.nullable(),
      status: z.enum(['same', 'same_figures', 'moved', 'not_computable']),
      moved: z.array(
        z.object({ figure: z.string(), before: FigureValue.optional(), after: FigureValue.optional() }),
      ),
      message: z.string(),
    }),
  ),
});

export const analysisCheckRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/revisions/:revision/analysis-check',
    access: 'reader',
    tag: 'cases',
    response: AnalysisCheckShape,
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
