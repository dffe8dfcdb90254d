/**
 * Each body's decision per recommendation point, the record of information and discussion meetings with union
 * representatives, the changes that move staff (arbeidsmiljøloven § 16-5), and what the owner publishes.
 * @module
 */
import { z } from 'zod';
import {
  Email,
  HttpUrl,
  Id,
  IsoDate,
  LocalizedText,
  MunicipalityNumber,
  PlanDate,
  SourceRef,
  list,
} from './common.ts';
import { MAX_POINTS } from './process.ts';
import { TEXT_LIMITS, text } from './text.ts';
import { MemberRole } from './process.ts';

export const DecisionOutcome = z.enum(['adopted', 'amended', 'rejected', 'postponed']);
export type DecisionOutcome = z.infer<typeof DecisionOutcome>;

/** What one body decided on one numbered point of a recommendation, in one meeting. */
export const Decision = z.strictObject({
  meetingId: Id,
  bodyId: Id,
  resolutionId: Id.optional().meta({ description: 'Omitted: the first recommendation of the case' }),
  pointNumber: z.number().int().positive().max(MAX_POINTS),
  outcome: DecisionOutcome,
  /** The text as adopted, where the body amended the point. */
  amendedText: text(TEXT_LIMITS.paragraph).optional(),
  source: SourceRef.optional(),
});
export type Decision = z.infer<typeof Decision>;

export const ParticipationKind = z.enum(['information', 'discussion', 'informationAndDiscussion']);

export const ParticipationAttendee = z.strictObject({
  role: MemberRole,
  municipalityNumber: MunicipalityNumber.optional(),
  union: text(TEXT_LIMITS.name).optional(),
  name: text(TEXT_LIMITS.name).optional(),
});

/** An information or discussion meeting with union representatives (arbeidsmiljøloven § 16-5, Hovedavtalen). */
export const ParticipationMeeting = z.strictObject({
  id: Id,
  kind: ParticipationKind,
  date: IsoDate,
  topic: LocalizedText,
  bodyId: Id.optional(),
  /** The staff-moving changes the meeting informed about and discussed. */
  changeIds: list(Id).default([]),
  participants: list(ParticipationAttendee).default([]),
  decided: text(TEXT_LIMITS.paragraph).optional(),
  minutesReference: text(TEXT_LIMITS.line).optional(),
  source: SourceRef.optional(),
});
export type ParticipationMeeting = z.infer<typeof ParticipationMeeting>;

/** A change that moves staff between employers or units; needs information and discussion before the decision. */
export const StaffChange = z.strictObject({
  id: Id,
  title: LocalizedText,
  serviceAreaIds: list(Id).default([]),
  /** The political meeting(s) that decide the change. */
  decisionMeetingIds: list(Id).default([]),
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
      organisation: text(TEXT_LIMITS.name).optional(),
      email: Email.optional(),
      url: HttpUrl.optional(),
    })
    .optional(),
});
export type Publication = z.infer<typeof Publication>;
