/**
 * The choice of cooperation model: the legal feasibility matrix for the case's service areas, and per
 * criteria set the group weights, disagreement, ranking of the lawful models and its robustness.
 * @module
 */
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../common/errors.ts';
import {
  analyseModelChoice,
  DEFAULT_RANK_ITERATIONS,
  DEFAULT_RANK_SEED,
} from '../../case/model-choice/analyse-model-choice.ts';
import { formatIssuePath } from '../../case/issue-path.ts';
import { zodErrorMap } from '../../i18n/issue-messages.ts';
import { getLatestRevision, getRevision } from '../../storage/cases.ts';
import { loadDocument } from '../case-view.ts';
import { caseIdParam, defineRoute } from '../route.ts';

// Each criteria set runs its own Monte Carlo; the server's CPU is shared, so the count is capped.
const MAX_SERVER_ITERATIONS = 50_000;

const ModelChoiceQuery = z.strictObject({
  seed: z.coerce.number().int().min(0).max(0xffff_ffff).default(DEFAULT_RANK_SEED),
  iterations: z.coerce.number().int().min(1).max(MAX_SERVER_ITERATIONS).default(DEFAULT_RANK_ITERATIONS),
  revision: z.coerce.number().int().positive().optional(),
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
      const query = { ...c.req.query() };
      delete query.lang;
      const parsed = ModelChoiceQuery.safeParse(query, { error: zodErrorMap(c.var.language) });
      if (!parsed.success) {
        throw new ValidationError(
          parsed.error.issues.map((i) => ({
            path: formatIssuePath(i.path),
            code: i.code,
            message: i.message,
          })),
        );
      }
      const { seed, iterations, revision } = parsed.data;
      const db = c.var.deps.db;
      const caseId = caseIdParam(c);
      const stored =
        revision === undefined
          ? await getLatestRevision(db, caseId)
          : await getRevision(db, caseId, revision);
      if (!stored) throw new NotFoundError();
      return c.json({
        revision: stored.revision,
        ...analyseModelChoice(loadDocument(stored), { seed, iterations }),
      });
    },
  }),
];
