/**
 * What a saved revision changed in the scenarios' net present values, against an earlier revision
 * (`changeEffect` in the case layer). Computed in the compute pool and cached per pair of revisions: both are
 * immutable, so the answer never changes.
 * @module
 */
import { z } from 'zod';
import { isRevisionNumber, RevisionParam } from '../../case/query-params.ts';
import { NotFoundError } from '../../common/errors.ts';
import type { Language } from '../../i18n/language.ts';
import { cachedResponse, resultKey } from '../cached-response.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { caseIdParam, defineRoute } from '../route.ts';

const EffectQuery = z.strictObject({ from: RevisionParam.optional() });

const Npv = z.object({ total: z.number(), perMunicipality: z.record(z.string(), z.number()) }).nullable();

/** The answer, for the OpenAPI description (`ChangeEffect` in change-effect.ts). */
const ChangeEffectShape = z.object({
  from: z.number().int(),
  revision: z.number().int(),
  scenarios: z.array(
    z.object({
      scenarioId: z.string(),
      name: z.record(z.string(), z.string()),
      before: Npv.meta({
        description: 'NPV in `from`; null where the scenario is missing or not computable',
      }),
      after: Npv,
    }),
  ),
  municipalities: z.array(z.object({ municipalityNumber: z.string(), name: z.string() })),
});

function noSuchRevision(revision: number, language: Language): string {
  return {
    nb: `Saken har ingen revisjon ${revision}.`,
    nn: `Saka har ingen revisjon ${revision}.`,
    en: `The case has no revision ${revision}.`,
  }[language];
}

export const changeEffectRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/revisions/:revision/effect',
    access: 'reader',
    tag: 'cases',
    response: ChangeEffectShape,
    summary:
      'What the revision changed: each scenario’s NPV in total and per municipality, at the inputs’ medians, before (?from, default the revision before; revision 1 is compared with itself) and after. Cached per pair; ETag/304',
    async handle(c) {
      const revision = Number(c.req.param('revision'));
      if (!isRevisionNumber(revision)) throw new NotFoundError();
      const { from = Math.max(1, revision - 1) } = readQuery(c, EffectQuery);
      const caseId = caseIdParam(c);
      const language = c.var.language;
      return cachedResponse(c, resultKey({ caseId, revision }, 'change-effect', { from }), async () => {
        const after = await revisionFromCache(c, caseId, revision);
        if (!after) return null;
        const before = await revisionFromCache(c, caseId, from);
        if (!before) throw new NotFoundError(noSuchRevision(from, language));
        return c.var.deps.compute.run({
          kind: 'change-effect',
          document: after.document,
          revision,
          before: before.document,
          from,
        });
      });
    },
  }),
];
