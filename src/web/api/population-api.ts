/**
 * Filling the participants' population from the SSB figures the server has. The server builds the new
 * revision from the newest document; `baseRevision` is the newest revision the user saw, so a fill over
 * someone else's newer save is a `conflict`.
 * @module
 */
import { request } from './http-client.ts';
import type { RevisionMeta } from './types.ts';

export interface PopulationFillChange {
  municipalityNumber: string;
  name: string;
  referenceDate: string;
  /** The case's figure for that date now; null where it has none. */
  before: number | null;
  after: number;
}

export interface PopulationFillAnswer {
  /** Years the server's reference data has a population for, newest first. */
  availableYears: number[];
  changes: PopulationFillChange[];
  /** Municipality-years the reference data lacks (shown `..`). */
  missing: { municipalityNumber: string; name: string; year: number }[];
  /** The saved revision; null for a preview or when nothing changed. */
  revision: RevisionMeta | null;
}

export function fillPopulation(
  caseId: string,
  body: { baseRevision: number; years: number[]; preview: boolean },
  signal?: AbortSignal,
): Promise<PopulationFillAnswer> {
  return request(`/api/cases/${encodeURIComponent(caseId)}/population/fill`, {
    method: 'POST',
    body,
    ...(signal ? { signal } : {}),
  });
}
