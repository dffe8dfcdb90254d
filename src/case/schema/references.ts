import { z } from 'zod';
import { Id, LocalizedText, MunicipalityNumber, Nok, PlanDate, SourceRef, list } from './common.ts';
import { TEXT_LIMITS, note, text } from './text.ts';

/** A cooperation the municipalities already have. */
export const ExistingCooperation = z.strictObject({
  id: Id,
  name: LocalizedText,
  members: list(MunicipalityNumber).min(1),
  since: PlanDate.optional(),
  note: note(TEXT_LIMITS.paragraph).optional(),
  source: SourceRef.optional(),
});

/** A reference from another cooperation, e.g. AKST's 21 % fewer FTEs. */
export const Benchmark = z.strictObject({
  id: Id,
  name: LocalizedText,
  fteReduction: z.number().min(0).max(1).nullable(),
  reportedRange: z.tuple([z.number().min(0).max(1), z.number().min(0).max(1)]).optional(),
  note: note(TEXT_LIMITS.paragraph).optional(),
  source: SourceRef.optional(),
});

/** A grant to the project, e.g. the County Governor's discretionary grant. */
export const Grant = z.strictObject({
  id: Id,
  name: LocalizedText,
  grantor: text(TEXT_LIMITS.name),
  amount: Nok,
  year: z.number().int().min(2000).max(2100).optional(),
  source: SourceRef.optional(),
});
