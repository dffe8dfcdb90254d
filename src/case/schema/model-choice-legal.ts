/**
 * The case's own answers to the legal checks of the model choice: the procurement conditions
 * (anskaffelsesforskriften § 3-2 or § 3-3) per model, and the planned transfers of staff, which the
 * staff-transfer checklist reads together with the participation record (meetings with union
 * representatives, dated).
 * @module
 */
import { z } from 'zod';
import { Id, IsoDate, MunicipalityNumber, SourceRef, list } from './common.ts';
import { TEXT_LIMITS, text } from './text.ts';

/** yes: the condition holds · no: it does not · unknown: not yet assessed. */
export const ConditionAnswer = z.enum(['yes', 'no', 'unknown']);

/** The case's answer to one procurement condition for one model, e.g. `joint-control` for an IKS. */
export const ProcurementAnswer = z.strictObject({
  modelId: Id,
  conditionId: Id.meta({ description: 'A condition id of the model’s route, e.g. "market-under-20"' }),
  answer: ConditionAnswer,
  note: text(TEXT_LIMITS.paragraph).optional(),
  source: SourceRef.optional(),
});
export type ProcurementAnswer = z.infer<typeof ProcurementAnswer>;

/** A planned transfer of staff: which change, under which model, to which new employer. */
export const StaffTransfer = z.strictObject({
  changeId: Id.meta({ description: 'Id of an entry in `staffChanges`' }),
  modelId: Id,
  /** The municipality that becomes the employer (the host, a seller or an office municipality). */
  newEmployerMunicipalityNumber: MunicipalityNumber.optional(),
  /** The new entity's name, where a company or a KO with its own legal personality becomes the employer. */
  newEmployerName: text(TEXT_LIMITS.name).optional(),
  /** Meetings in which the new entity (or its founders for it) informed and discussed with union representatives. */
  newEmployerMeetingIds: list(Id).default([]),
  /** The reservation deadline the old employers set (aml. § 16-3). */
  reservationDeadline: IsoDate.optional(),
  transferDate: IsoDate.optional(),
});
export type StaffTransfer = z.infer<typeof StaffTransfer>;

export const LegalAssessment = z.strictObject({
  procurementAnswers: list(ProcurementAnswer).default([]),
  staffTransfers: list(StaffTransfer).default([]),
});
export type LegalAssessment = z.infer<typeof LegalAssessment>;
