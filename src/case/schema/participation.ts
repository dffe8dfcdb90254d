/**
 * Each body's decision per recommendation point, the record of information and discussion meetings with union
 * representatives, the changes that move staff (arbeidsmiljøloven § 16-5), and what the owner publishes.
 * @module
 */
import { z } from 'zod';
import { Id, IsoDate, LocalizedText, MunicipalityNumber, PlanDate, SourceRef } from './common.ts';
import { MemberRole } from './process.ts';

export const DecisionOutcome = z.enum(['adopted', 'amended', 'rejected', 'postponed']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** What one body decided on one numbered point of a recommendation, in one meeting. */
export const Decision = z.strictObject({
  meetingId: Id,
  bodyId: Id,
  resolutionId: Id.optional().meta({ description: 'Omitted: the first recommendation of the case' }),
  pointNumber: z.number().int().positive(),
  outcome: DecisionOutcome,
  /** The text as adopted, where the body amended the point. */
  amendedText: z.string().trim().min(1).optional(),
  source: SourceRef.optional(),
});
export type Decision = z.infer<typeof Decision>;

export const ParticipationKind = z.enum(['information', 'discussion', 'informationAndDiscussion']);

export const ParticipationAttendee = z.strictObject({
  role: MemberRole,
  municipalityNumber: MunicipalityNumber.optional(),
  union: z.string().trim().min(1).optional(),
  name: z.string().trim().min(1).optional(),
});

/** An information or discussion meeting with union representatives (arbeidsmiljøloven § 16-5, Hovedavtalen). */
export const ParticipationMeeting = z.strictObject({
  id: Id,
  kind: ParticipationKind,
  date: IsoDate,
  topic: LocalizedText,
  bodyId: Id.optional(),
  /** The staff-moving changes the meeting informed about and discussed. */
  changeIds: z.array(Id).default([]),
  participants: z.array(ParticipationAttendee).default([]),
  decided: z.string().trim().min(1).optional(),
  minutesReference: z.string().trim().min(1).optional(),
  source: SourceRef.optional(),
});
export type ParticipationMeeting = z.infer<typeof ParticipationMeeting>;

/** A change that moves staff between employers or units; needs information and discussion before the decision. */
export const StaffChange = z.strictObject({
  id: Id,
  title: LocalizedText,
  serviceAreaIds: z.array(Id).default([]),
  /** The political meeting(s) that decide the change. */
  decisionMeetingIds: z.array(Id).default([]),
  /** Planned decision date, where no meeting is recorded yet. */
  decisionDate: PlanDate.optional(),
  source: SourceRef.optional(),
});
export type StaffChange = z.infer<typeof StaffChange>;

/** What the owner publishes on the public status page. */
export const Publication = z.strictObject({
  /** Baseline figures (costs, FTEs) are never public unless the owner turns this on. @default false */
  baselineFigures: z.boolean().default(false),
  contact: z
    .strictObject({
      organisation: z.string().trim().min(1).optional(),
      email: z.email().optional(),
      url: z.url().optional(),
    })
    .optional(),
});
export type Publication = z.infer<typeof Publication>;
