/**
 * Explanations: any figure Flokk shows, by its id, with its formula, its inputs (each openable by its own id)
 * and, for a value in the case, its source, decision or placeholder and where it is edited. The explain form
 * of the analysis endpoints: the scenario analysis and the cost-sharing comparison name the same figures.
 * Computed in the compute pool and cached per revision like the analyses themselves.
 * @module
 */
import { z } from 'zod';
import { RevisionParam } from '../../case/query-params.ts';
import { NotFoundError } from '../../common/errors.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

/** A figure id such as `scenario:administrative-tjenester/npv/5028`: printable, no spaces, bounded. */
const FigureId = z
  .string()
  .min(3)
  .max(300)
  .regex(/^[a-z-]+:[A-Za-z0-9_+./-]+$/, 'figure_id_format');

const ExplainQuery = z.strictObject({ figure: FigureId, revision: RevisionParam.optional() });

export const explainRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/explain',
    access: 'reader',
    tag: 'scenarios',
    summary:
      'Explain a figure (?figure=scenario:<id>/npv/<municipality> | scenario:<id>/net/<m>/<year> | cost-sharing:<scenario>/<area|package>/<method>/<m> …, ?revision): its formula in words and symbols, its inputs by id, and for a value in the case its field, provenance and where it is edited',
    async handle(c) {
      const { figure, revision } = readQuery(c, ExplainQuery);
      const ref = await revisionRef(c, revision);
      const language = c.var.language;
      try {
        return await cachedResponse(c, resultKey(ref, 'explain', { figure, language }), async () => {
          const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
          if (!loaded) return null;
          return c.var.deps.compute.run({
            kind: 'explain',
            document: loaded.document,
            revision: ref.revision,
            caseId: ref.caseId,
            savedAt: loaded.meta.createdAt,
            figure,
            language,
          });
        });
      } catch (error) {
        if (error instanceof NotFoundError) throw new NotFoundError(`Saken har ikke tallet «${figure}»`);
        throw error;
      }
    },
  }),
];
