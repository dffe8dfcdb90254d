/**
 * The fields of the case document, before cross-reference checks (see `case-document.ts`).
 * @module
 */
import { z } from 'zod';
import { Id, LocalizedText, SourceDocument } from './common.ts';
import { CombinedPopulation, Participant } from './participants.ts';
import { ServiceArea } from './service-areas.ts';
import { BaselineRow, DocumentedTotal } from './baseline.ts';
import { CriteriaSet } from './criteria.ts';
import { LegalModel } from './legal-models.ts';
import { WeightingSession } from './model-choice.ts';
import { Body, Meeting, Milestone, Resolution, Track } from './process.ts';
import { Decision, ParticipationMeeting, Publication, StaffChange } from './participation.ts';
import { Benchmark, ExistingCooperation, Grant } from './references.ts';
import { Scenario } from './scenario.ts';
import { CostGame } from './cost-game.ts';
import { People } from './people.ts';

/** The version written by this build. `case/migrate.ts` upgrades older documents to it. */
export const CURRENT_SCHEMA_VERSION = 1;

export const CaseDocumentShape = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Id,
  title: LocalizedText,
  summary: LocalizedText.optional(),
  sources: z.array(SourceDocument),
  participants: z.array(Participant).min(1),
  combinedPopulation: z.array(CombinedPopulation).default([]),
  serviceAreas: z.array(ServiceArea),
  baseline: z.array(BaselineRow),
  documentedTotals: z.array(DocumentedTotal).default([]),
  criteriaSets: z.array(CriteriaSet).default([]),
  legalModels: z.array(LegalModel).default([]),
  weightingSessions: z.array(WeightingSession).default([]),
  tracks: z.array(Track).default([]),
  milestones: z.array(Milestone).default([]),
  bodies: z.array(Body).default([]),
  meetings: z.array(Meeting).default([]),
  resolutions: z.array(Resolution).default([]),
  decisions: z.array(Decision).default([]),
  participationMeetings: z.array(ParticipationMeeting).default([]),
  staffChanges: z.array(StaffChange).default([]),
  publication: Publication.default({ baselineFigures: false }),
  existingCooperations: z.array(ExistingCooperation).default([]),
  benchmarks: z.array(Benchmark).default([]),
  grants: z.array(Grant).default([]),
  scenarios: z.array(Scenario).default([]),
  costGames: z.array(CostGame).default([]),
  people: People.prefault({}),
});
