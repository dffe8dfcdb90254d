/**
 * The choice of cooperation model: the legal feasibility matrix for the case's service areas, and per
 * criteria set the group weights, disagreement, ranking of the lawful models and its robustness.
 * @module
 */
import { z } from 'zod';
import { DEFAULT_RANK_ITERATIONS, DEFAULT_RANK_SEED } from '../../case/model-choice/analyse-model-choice.ts';
import { RevisionParam, SeedParam } from '../../case/query-params.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

// Each criteria set runs its own Monte Carlo; the server's CPU is shared, so the count is capped.
const MAX_SERVER_ITERATIONS = 50_000;

const ModelChoiceQuery = z.strictObject({
  seed: SeedParam.default(DEFAULT_RANK_SEED),
  iterations: z.coerce.number().int().min(1).max(MAX_SERVER_ITERATIONS).default(DEFAULT_RANK_ITERATIONS),
  revision: RevisionParam.optional(),
});

export const modelChoiceRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/model-choice',
    access: 'reader',
    tag: 'model-choice',
    summary:
      'The legal feasibility matrix (models × service areas, with reasons, paragraphs and UNCONFIRMED flags) and, per criteria set, group weights, disagreement, the ranking of the lawful models and its robustness (?seed, ?iterations, ?revision)',
    async handle(c) {
      const { seed, iterations, revision } = readQuery(c, ModelChoiceQuery);
      const ref = await revisionRef(c, revision);
      return cachedResponse(c, resultKey(ref, 'model-choice', { seed, iterations }), async () => {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        if (!loaded) return null;
        return c.var.deps.compute.run({
          kind: 'model-choice',
          document: loaded.document,
          revision: ref.revision,
          seed,
          iterations,
        });
      });
    },
  }),
];
