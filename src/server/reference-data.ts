/**
 * The reference data (SSB, Kartverket) the server answers from: the one it was started with, or the one
 * shipped with the build.
 * @module
 */
import { shippedReferenceData, type ReferenceDataset } from '../case/reference/reference-data.ts';
import type { ServerDeps } from './context.ts';

export function referenceDataOf(deps: ServerDeps): ReferenceDataset {
  return deps.referenceData ?? shippedReferenceData();
}
