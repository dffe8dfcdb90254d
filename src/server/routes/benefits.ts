/**
 * Benefit realisation (gevinstrealisering) of a joint unit: each plan's baseline, target, owner, measures,
 * measurements and status in words, a count per status and the answer first. The study figures a baseline
 * is taken from are read from the document as the reader's role may see it, never from the stored one.
 * Cheap (no engine run beyond the status rule), so computed in the request, once per revision, unit, role
 * and language.
 * @module
 */
import { z } from 'zod';
import { benefitsUnit, benefitsView } from '../../case/operations/benefits-view.ts';
import { RevisionParam } from '../../case/query-params.ts';
import { Id } from '../../case/schema/common.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { documentForRole } from '../case-view.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

const BenefitsQuery = z.strictObject({ unit: Id.optional(), revision: RevisionParam.optional() });

export const benefitRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/operations/benefits',
    access: 'reader',
    tag: 'operations',
    summary:
      'Benefit realisation of a joint unit (?unit, default the first; ?revision, default the newest): each benefit plan with its baseline (and the source or study figure it comes from), target and date (or that they are placeholders), owner role (null: not set), measures, measurements and status on the planned path, in words in the request’s language; a count per status and the answer in one sentence. 404 for an unknown unit or revision',
    async handle(c) {
      const query = readQuery(c, BenefitsQuery);
      const ref = await revisionRef(c, query.revision);
      const role = c.var.role ?? 'reader';
      const language = c.var.language;
      const key = resultKey(ref, 'benefits', { unit: query.unit ?? null, role, language });
      return cachedResponse(c, key, async () => {
        const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
        if (!loaded) return null;
        const unitId = benefitsUnit(loaded.document, query.unit);
        if (unitId === null) return null;
        const { document } = documentForRole(loaded.document, role);
        const view = benefitsView(document, unitId, language);
        return view === null ? null : JSON.stringify({ revision: ref.revision, ...view });
      });
    },
  }),
];
