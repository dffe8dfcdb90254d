/**
 * The minimum-content check of a revision's draft agreement for a model: every point the statute requires,
 * present (with the section it is in) or missing (with the paragraph and why). Drafting is cheap (no engine
 * run), so it is computed in the request, once per revision, model, scenario and language.
 * @module
 */
import { z } from 'zod';
import type { AgreementModelId } from '../../case/agreement/agreement-points.ts';
import { buildAgreement } from '../../case/agreement/build-agreement.ts';
import { RevisionParam } from '../../case/query-params.ts';
import { NotFoundError } from '../../common/errors.ts';
import { Id } from '../../case/schema/common.ts';
import { DOCUMENT_LANGUAGES, resolveDocumentRequest } from '../../documents/document-request.ts';
import { cachedResponse, resultKey, revisionRef } from '../cached-response.ts';
import { readQuery } from '../read-query.ts';
import { revisionFromCache } from '../revision-cache.ts';
import { defineRoute } from '../route.ts';

const AgreementCheckQuery = z.strictObject({
  model: Id,
  scenarioId: Id.optional(),
  language: z.enum(DOCUMENT_LANGUAGES).optional(),
  revision: RevisionParam.optional(),
});

const PointCheckShape = z.object({
  id: z.string(),
  paragraph: z.string().meta({ description: 'The paragraph that requires the point' }),
  label: z.string(),
  status: z.enum(['present', 'missing']),
  section: z.string().optional().meta({ description: 'The heading of the section that holds it' }),
  reason: z.string().optional().meta({ description: 'Why it is missing' }),
  unconfirmed: z.boolean(),
});

const AgreementCheckShape = z.object({
  revision: z.number().int(),
  model: z.string(),
  scenarioId: z.string().nullable(),
  points: z.array(PointCheckShape),
  final: z.boolean().meta({ description: 'No point is missing: only then may the draft be marked final' }),
});

export const agreementCheckRoutes = [
  defineRoute({
    method: 'GET',
    path: '/api/cases/:caseId/agreement-check',
    access: 'reader',
    tag: 'documents',
    response: AgreementCheckShape,
    summary:
      'The minimum-content check of the draft agreement for a model (?model, ?scenarioId, ?language nb|nn, ?revision): every point the statute requires, present with its section or missing with its paragraph and reason, and whether the draft may be marked final. 400 names an unknown model or scenario',
    async handle(c) {
      const query = readQuery(c, AgreementCheckQuery);
      // The labels are nb or nn; an English reader gets bokmål, as in the documents.
      const language = query.language ?? (c.var.language === 'nn' ? 'nn' : 'nb');
      const ref = await revisionRef(c, query.revision);
      const loaded = await revisionFromCache(c, ref.caseId, ref.revision);
      if (!loaded) throw new NotFoundError();
      // The same checks as generating the agreement, so the check is of the draft that would be generated.
      const { model, scenarioId } = resolveDocumentRequest(
        loaded.document,
        { kind: 'agreement', model: query.model, scenarioId: query.scenarioId, format: 'pdf', language },
        c.var.language,
      );
      const parameters = { model, scenarioId, language };
      return cachedResponse(c, resultKey(ref, 'agreement-check', parameters), () => {
        const options = { model: model as AgreementModelId, language };
        const { check } = buildAgreement(
          loaded.document,
          scenarioId === null ? options : { ...options, scenarioId },
        );
        return Promise.resolve(JSON.stringify({ revision: ref.revision, model, scenarioId, ...check }));
      });
    },
  }),
];
