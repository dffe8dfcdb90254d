import { z } from 'zod';
import { Id, LocalizedText, SourceRef } from './common.ts';
import { TEXT_LIMITS, text } from './text.ts';

/** none: cannot make individual decisions · internalOnly: only internal matters and grant schemes · nonPrincipled: cases without principled significance · all: all cases unless a statute bars it · ifSpecialAct: only where the special act opens for it. */
export const DecisionAuthority = z.enum(['none', 'internalOnly', 'nonPrincipled', 'all', 'ifSpecialAct']);

/** A cooperation model: one of kommuneloven § 17-1, or an informal form such as a professional network. */
export const LegalModel = z.strictObject({
  id: Id,
  name: LocalizedText,
  statute: text(TEXT_LIMITS.line).meta({ description: 'Legal basis, e.g. "kommuneloven kap. 19"' }),
  listedInSection17_1: z.boolean(),
  ownLegalEntity: z.enum(['yes', 'no', 'optional', 'notApplicable']),
  individualDecisions: DecisionAuthority,
  agreementAdoptedByCouncil: z.boolean(),
  source: SourceRef.optional(),
});
export type LegalModel = z.infer<typeof LegalModel>;
