import { z } from 'zod';
import { NotFoundError } from '../../common/errors.ts';
import { analyseScenario, DEFAULT_DRAWS, DEFAULT_SEED } from '../../case/scenario/analyse-scenario.ts';
import { RevisionParam, SeedParam } from '../../case/query-params.ts';
import { loadDocument } from '../case-view.ts';
import { loadRevision } from '../load-revision.ts';
import { readQuery } from '../read-query.ts';
import { defineRoute } from '../route.ts';

// The server shares its CPU with everyone; larger runs belong in the browser's worker or the CLI.
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
      'Analyse a scenario: cash flows, NPV (R-109/21), payback, IRR, budget view, tornado, switching values and a seeded Monte Carlo (?draws, ?seed, ?revision)',
    async handle(c) {
      const { draws, seed, revision } = readQuery(c, AnalysisQuery);
      const stored = await loadRevision(c, revision);
      const analysis = analyseScenario(loadDocument(stored), c.req.param('scenarioId') ?? '', {
        draws,
        seed,
      });
      if (!analysis) throw new NotFoundError();
      const { mapped, ...rest } = analysis;
      return c.json({
        revision: stored.revision,
        ...rest,
        labels: mapped.labels,
        inputs: mapped.input.uncertainInputs,
      });
    },
  }),
];
