/**
 * The choice of cooperation model: the legal feasibility matrix for the case's service areas, and per
 * criteria set the group weights, disagreement, ranking of the lawful models and its robustness.
 * @module
 */
import { z } from 'zod';
import {
  analyseModelChoice,
  DEFAULT_RANK_ITERATIONS,
  DEFAULT_RANK_SEED,
} from '../../case/model-choice/analyse-model-choice.ts';
import { RevisionParam, SeedParam } from '../../case/query-params.ts';
import { loadDocument } from '../case-view.ts';
import { defineRoute } from '../route.ts';
import { loadRevision } from '../load-revision.ts';
import { readQuery } from '../read-query.ts';

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
      const stored = await loadRevision(c, revision);
      return c.json({
        revision: stored.revision,
        ...analyseModelChoice(loadDocument(stored), { seed, iterations }),
      });
    },
  }),
];
