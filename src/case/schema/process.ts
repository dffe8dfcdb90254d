/**
 * The process: tracks, milestones, political bodies and meetings, and resolutions.
 * @module
 */
import { z } from 'zod';
import { Id, LocalizedText, MunicipalityNumber, PlanDate, SourceRef } from './common.ts';

export const Track = z.strictObject({ id: Id, name: LocalizedText });

export const MilestoneStatus = z.enum(['planned', 'done', 'moved', 'cancelled']);

export const Milestone = z.strictObject({
  id: Id,
  trackId: Id.optional(),
  title: LocalizedText,
  date: PlanDate,
  /** Where the source gives a span ("januar/februar"), its last month or day. */
  endDate: PlanDate.optional(),
  status: MilestoneStatus,
  source: SourceRef.optional(),
});
export type Milestone = z.infer<typeof Milestone>;

/** Kinds of bodies, political and in the project. */
export const BodyKind = z.enum([
  'council',
  'executiveCommittee',
  'jointExecutiveCommittee',
  'workingEnvironmentCommittee',
  'jointConsultativeCommittee',
  'steeringGroup',
  'workingGroup',
  'referenceGroup',
  'projectManagement',
]);

export const MemberRole = z.enum([
  'chiefExecutive',
  'projectManager',
  'unionRepresentative',
  'safetyRepresentative',
  'employee',
  'lineManager',
  'mayor',
]);

export const Member = z.strictObject({
  role: MemberRole,
  municipalityNumber: MunicipalityNumber.optional(),
  name: z.string().trim().min(1).optional(),
  union: z.string().trim().min(1).optional(),
});

export const Body = z.strictObject({
  id: Id,
  kind: BodyKind,
  name: LocalizedText,
  municipalityNumber: MunicipalityNumber.optional().meta({ description: 'Omitted for joint bodies' }),
  members: z.array(Member).default([]),
  source: SourceRef.optional(),
});
export type Body = z.infer<typeof Body>;

export const Meeting = z.strictObject({
  id: Id,
  bodyId: Id,
  date: PlanDate,
  caseNumber: z.string().trim().min(1).optional(),
  title: LocalizedText,
  source: SourceRef.optional(),
});
export type Meeting = z.infer<typeof Meeting>;

export const PointStatus = z.enum(['proposed', 'adopted', 'amended', 'rejected', 'postponed']);

export const ResolutionPoint = z.strictObject({
  number: z.number().int().positive(),
  text: z.string().trim().min(1),
  status: PointStatus,
});

/** A recommendation (innstilling) or resolution (vedtak) with numbered points. */
export const Resolution = z.strictObject({
  id: Id,
  kind: z.enum(['recommendation', 'resolution']),
  title: LocalizedText,
  meetingId: Id.optional(),
  points: z.array(ResolutionPoint).min(1),
  source: SourceRef.optional(),
});
export type Resolution = z.infer<typeof Resolution>;
