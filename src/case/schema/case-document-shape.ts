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
import { Body, Meeting, Milestone, Resolution, Track } from './process.ts';
import { Benchmark, ExistingCooperation, Grant } from './references.ts';
import { Scenario } from './scenario.ts';

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
  tracks: z.array(Track).default([]),
  milestones: z.array(Milestone).default([]),
  bodies: z.array(Body).default([]),
  meetings: z.array(Meeting).default([]),
  resolutions: z.array(Resolution).default([]),
  existingCooperations: z.array(ExistingCooperation).default([]),
  benchmarks: z.array(Benchmark).default([]),
  grants: z.array(Grant).default([]),
  scenarios: z.array(Scenario).default([]),
});
