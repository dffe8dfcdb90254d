import { z } from 'zod';
import { DEFAULT_DRAWS, DEFAULT_SEED } from '../../case/scenario/analyse-scenario.ts';
import { RevisionParam, SeedParam } from '../../case/query-params.ts';
import { recordAnalysis } from '../analysis-record.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

// Runs go to the compute pool, so they cannot block others, but they still take a worker for a while.
const MAX_SERVER_DRAWS = 200_000;

const AnalysisQuery = z.strictObject({
  draws: z.coerce.number().int().min(1).max(MAX_SERVER_DRAWS).default(DEFAULT_DRAWS),
  seed: SeedParam.default(DEFAULT_SEED),
  revision: RevisionParam.optional(),
});

export const scenarioRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/scenarios/:scenarioId/analysis',
    access: 'reader',
    tag: 'scenarios',
    summary:
      'Analyse a scenario: cash flows, NPV (R-109/21), payback, IRR, budget view, tornado, switching values and a seeded Monte Carlo (?draws, ?seed, ?revision). Computed once per revision and parameters; ETag/304',
    async handle(c) {
      const { draws, seed, revision } = readQuery(c, AnalysisQuery);
      const ref = await revisionRef(c, revision);
      const scenarioId = c.req.param('scenarioId') ?? '';
      const language = c.var.language;
      return cachedResponse(
        c,
        resultKey(ref, 'analysis', { scenarioId, draws, seed, language }),
        async () => {
          const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
          if (!loaded) return null;
          const body = await c.var.deps.compute.run({
            kind: 'analysis',
            document: loaded.document,
            revision: ref.revision,
            scenarioId,
            draws,
            seed,
            language,
          });
          recordAnalysis(c.var.deps, ref, 'scenario-analysis', { scenarioId, draws, seed }, body);
          return body;
        },
      );
    },
  }),
];
