/**
 * The fields of the case document, before cross-reference checks (see `case-document.ts`).
 * @module
 */
import { z } from 'zod';
import { Id, LIST_LIMITS, LocalizedParagraph, LocalizedText, SourceDocument, list } from './common.ts';
import { CombinedPopulation, Participant } from './participants.ts';
import { ServiceArea } from './service-areas.ts';
import { BaselineRow, DocumentedTotal } from './baseline.ts';
import { CriteriaSet } from './criteria.ts';
import { LegalModel } from './legal-models.ts';
import { WeightingSession } from './model-choice.ts';
import { LegalAssessment } from './model-choice-legal.ts';
import { Body, Meeting, Milestone, Resolution, Track } from './process.ts';
import { Decision, ParticipationMeeting, Publication, StaffChange } from './participation.ts';
import { Benchmark, ExistingCooperation, Grant } from './references.ts';
import { Scenario } from './scenario.ts';
import { CostGame } from './cost-game.ts';
import { People } from './people.ts';
import { NonPricedEffect } from './non-priced-effects.ts';
import { AgreementTerms } from './agreement-terms.ts';
import { Operations } from './operations.ts';

/** The version written by this build. `case/migrate.ts` upgrades older documents to it. */
export const CURRENT_SCHEMA_VERSION = 2;

export const CaseDocumentShape = z.strictObject({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  id: Id,
  title: LocalizedText,
  summary: LocalizedParagraph.optional(),
  sources: list(SourceDocument),
  participants: list(Participant).min(1),
  combinedPopulation: list(CombinedPopulation).default([]),
  serviceAreas: list(ServiceArea),
  baseline: list(BaselineRow, LIST_LIMITS.baseline),
  documentedTotals: list(DocumentedTotal, LIST_LIMITS.baseline).default([]),
  criteriaSets: list(CriteriaSet).default([]),
  legalModels: list(LegalModel).default([]),
  weightingSessions: list(WeightingSession).default([]),
  legalAssessment: LegalAssessment.default(() => ({ procurementAnswers: [], staffTransfers: [] })),
  tracks: list(Track).default([]),
  milestones: list(Milestone).default([]),
  bodies: list(Body).default([]),
  meetings: list(Meeting).default([]),
  resolutions: list(Resolution).default([]),
  decisions: list(Decision).default([]),
  participationMeetings: list(ParticipationMeeting).default([]),
  staffChanges: list(StaffChange).default([]),
  publication: Publication.default(() => ({ baselineFigures: false })),
  existingCooperations: list(ExistingCooperation).default([]),
  benchmarks: list(Benchmark).default([]),
  grants: list(Grant).default([]),
  scenarios: list(Scenario).default([]),
  costGames: list(CostGame).default([]),
  nonPricedEffects: list(NonPricedEffect).default([]),
  people: People.prefault({}),
  // Added in schema version 2 without a bump: the part is optional with an empty default, so every stored
  // version-2 document still parses unchanged and means the same (no terms entered), and no upgrade step is needed.
  agreementTerms: list(AgreementTerms).default([]),
  // Added in schema version 2 the same way (issue 19): optional, empty by default, so stored documents parse
  // unchanged and mean the same (no cooperation in operation yet).
  operations: Operations.prefault({}),
});
