import { z } from 'zod';
import { Id, LocalizedText, SourceRef, list } from './common.ts';

/** gain: judges whether a cooperation gives gains · strategy: a council's criteria for any cooperation · modelChoice: criteria for choosing the legal model. */
export const CriteriaPurpose = z.enum(['gain', 'strategy', 'modelChoice']);

/** The most criteria a set may have. */
export const MAX_CRITERIA = 100;

export const Criterion = z.strictObject({ id: Id, name: LocalizedText });

export const CriteriaSet = z.strictObject({
  id: Id,
  name: LocalizedText,
  purpose: CriteriaPurpose,
  ownerMunicipality: z
    .string()
    .regex(/^\d{4}$/)
    .optional()
    .meta({ description: 'Set when one council owns the set' }),
  criteria: list(Criterion, MAX_CRITERIA).min(1),
  source: SourceRef.optional(),
});
export type CriteriaSet = z.infer<typeof CriteriaSet>;
