/**
 * A new, blank case: only the municipalities taking part, by number and name, and nothing else — no service
 * areas, baseline, scenarios or process. Their population figures are left out rather than carried over, since
 * a figure needs its source document and a blank case has none; the user enters figures with their sources.
 * The result is schema input: `parseCase` fills in the empty lists and defaults.
 * @module
 */
import { CURRENT_SCHEMA_VERSION } from './schema/case-document-shape.ts';
import type { CaseDocumentInput } from './schema/case-document.ts';
import type { Participant } from './schema/participants.ts';

export function blankCase(
  id: string,
  title: string,
  participants: readonly Participant[],
): CaseDocumentInput {
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    id,
    title: { nb: title },
    sources: [],
    participants: participants.map((p) => ({
      municipalityNumber: p.municipalityNumber,
      name: p.name,
      population: [],
    })),
    serviceAreas: [],
    baseline: [],
  };
}
