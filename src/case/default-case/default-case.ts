/**
 * The embedded default case: the Skaun–Melhus–Midtre Gauldal study, built from the two seed documents.
 * It is validated by the same parser as every other case; a broken default case fails at start and in tests.
 * @module
 */
import type { CaseDocument, CaseDocumentInput } from '../schema/case-document.ts';
import { CURRENT_SCHEMA_VERSION } from '../schema/case-document-shape.ts';
import { parseCase } from '../parse-case.ts';
import { baseline, documentedTotals } from './baseline.ts';
import { criteriaSets } from './criteria.ts';
import { legalModels } from './legal-models.ts';
import { bodies, meetings } from './organisation.ts';
import { combinedPopulation, participants } from './participants.ts';
import { milestones, tracks } from './plan.ts';
import { nonPricedEffects } from './non-priced-effects.ts';
import { operations } from './operations.ts';
import { benchmarks, existingCooperations, grants } from './references.ts';
import { resolutions } from './resolutions.ts';
import { scenarios } from './scenarios.ts';
import { serviceAreas } from './service-areas.ts';
import { sources } from './sources.ts';

export const DEFAULT_CASE_ID = 'skaun-melhus-midtre-gauldal';

export const defaultCaseInput: CaseDocumentInput = {
  schemaVersion: CURRENT_SCHEMA_VERSION,
  id: DEFAULT_CASE_ID,
  title: {
    nb: 'Bærekraftige og innovative kommuner 2030 – interkommunalt samarbeid mellom Skaun, Melhus og Midtre Gauldal',
    nn: 'Berekraftige og innovative kommunar 2030 – interkommunalt samarbeid mellom Skaun, Melhus og Midtre Gauldal',
    en: 'Sustainable and innovative municipalities 2030 – cooperation between Skaun, Melhus and Midtre Gauldal',
  },
  summary: {
    nb: 'Utredning av et helhetlig interkommunalt samarbeid om administrative tjenester og samfunnsutvikling, for bedre og effektive tjenester, styrket forvaltning og mer robust organisering.',
  },
  sources,
  participants,
  combinedPopulation,
  serviceAreas,
  baseline,
  documentedTotals,
  criteriaSets,
  legalModels,
  tracks,
  milestones,
  bodies,
  meetings,
  resolutions,
  existingCooperations,
  benchmarks,
  grants,
  scenarios,
  nonPricedEffects,
  operations,
};

/** The default case, parsed. Throws if the embedded data does not validate (a programming error). */
export function defaultCase(): CaseDocument {
  const result = parseCase(structuredClone(defaultCaseInput));
  if (!result.success) {
    throw new Error(
      `The default case is invalid: ${result.issues.map((i) => `${i.path}: ${i.message}`).join('; ')}`,
    );
  }
  return result.data;
}
