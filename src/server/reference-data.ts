/**
 * The reference data (SSB, Kartverket) the server answers from: the one it was started with, or the one
 * shipped with the build.
 * @module
 */
import { shippedReferenceData, type ReferenceDataset } from '../case/reference/reference-data.ts';
import { readReferenceDataFile, referenceDataPath } from '../storage/reference-data-file.ts';
import type { ServerDeps } from './context.ts';

export function referenceDataOf(deps: ServerDeps): ReferenceDataset {
  return deps.referenceData ?? shippedReferenceData();
}

/**
 * The reference data `flokk ssb update` wrote to the data directory, if that file exists and is valid. An invalid
 * file is reported through `warn` and ignored as a whole: the server then answers from the shipped data.
 */
export async function referenceDataAtStart(
  dataDir: string,
  warn: (message: string) => void,
): Promise<ReferenceDataset | undefined> {
  const path = referenceDataPath(dataDir);
  const file = await readReferenceDataFile(path);
  if (file.kind === 'valid') return file.dataset;
  if (file.kind === 'invalid')
    warn(`The reference data in ${path} is invalid (${file.problem}); using the data shipped with Flokk.`);
  return undefined;
}
