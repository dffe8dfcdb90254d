/**
 * The process: tracks, milestones, political bodies and meetings, and resolutions.
 * @module
 */
import { z } from 'zod';
import {
  Id,
  LocalizedParagraph,
  LocalizedText,
  MunicipalityNumber,
  PlanDate,
  SourceRef,
  list,
} from './common.ts';
import { TEXT_LIMITS, text } from './text.ts';

/** The most numbered points a recommendation may have. */
export const MAX_POINTS = 1_000;

export const Track = z.strictObject({ id: Id, name: LocalizedText });

/** The most sources one disagreement may cite. */
export const MAX_DISAGREEING_SOURCES = 20;

/**
 * Sources that say different things about the same item. Both are cited and the item's value is not chosen
 * silently: the note says what each source says, and the item is shown with «kildene er uenige».
 */
export const SourceDisagreement = z.strictObject({
  note: LocalizedParagraph,
  sources: list(SourceRef, MAX_DISAGREEING_SOURCES).min(2),
});
export type SourceDisagreement = z.infer<typeof SourceDisagreement>;

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
  /** The political meetings in which the milestone takes place; its dates are theirs. */
  meetingIds: list(Id).optional(),
  /** Where the sources disagree about the milestone (its date or whether it has happened). */
  sourcesDisagree: SourceDisagreement.optional(),
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
  name: text(TEXT_LIMITS.name).optional(),
  union: text(TEXT_LIMITS.name).optional(),
});

export const Body = z.strictObject({
  id: Id,
  kind: BodyKind,
  name: LocalizedText,
  municipalityNumber: MunicipalityNumber.optional().meta({ description: 'Omitted for joint bodies' }),
  members: list(Member).default([]),
  source: SourceRef.optional(),
});
export type Body = z.infer<typeof Body>;

export const Meeting = z.strictObject({
  id: Id,
  bodyId: Id,
  date: PlanDate,
  caseNumber: text(TEXT_LIMITS.name).optional(),
  title: LocalizedText,
  source: SourceRef.optional(),
});
export type Meeting = z.infer<typeof Meeting>;

export const PointStatus = z.enum(['proposed', 'adopted', 'amended', 'rejected', 'postponed']);

export const ResolutionPoint = z.strictObject({
  number: z.number().int().positive().max(MAX_POINTS),
  text: text(TEXT_LIMITS.paragraph),
  status: PointStatus,
});

/** A recommendation (innstilling) or resolution (vedtak) with numbered points. */
export const Resolution = z.strictObject({
  id: Id,
  kind: z.enum(['recommendation', 'resolution']),
  title: LocalizedText,
  meetingId: Id.optional(),
  points: list(ResolutionPoint, MAX_POINTS).min(1),
  source: SourceRef.optional(),
});
export type Resolution = z.infer<typeof Resolution>;
