/**
 * The reference data file `flokk ssb update` writes and the server reads at start: `reference-data.json` in
 * Flokk's data directory (FLOKK_DATA_DIR, `./data` by default). The file is written whole or not at all, and
 * read whole or not at all: an invalid file is reported and ignored, never half used.
 * @module
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { parseReferenceDataJson, type ReferenceDataset } from '../case/reference/reference-data.ts';

/** The file's name in the data directory. */
export const REFERENCE_DATA_FILE = 'reference-data.json';

/** Where the data directory `dataDir` keeps the refreshed reference data. */
export function referenceDataPath(dataDir: string): string {
  return join(dataDir, REFERENCE_DATA_FILE);
}

/** The largest file read: the full dataset for 357 municipalities and every KOSTRA figure is a few MB. */
const MAX_FILE_BYTES = 200 * 1024 * 1024;

export type ReferenceDataFile =
  { kind: 'absent' } | { kind: 'valid'; dataset: ReferenceDataset } | { kind: 'invalid'; problem: string };

/** Reads and validates the file at `path`. */
export async function readReferenceDataFile(path: string): Promise<ReferenceDataFile> {
  let text: string;
  try {
    const bytes = await readFile(path);
    if (bytes.length > MAX_FILE_BYTES) return { kind: 'invalid', problem: 'larger than 200 MB' };
    text = bytes.toString('utf8');
  } catch (error) {
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return { kind: 'absent' };
    return { kind: 'invalid', problem: error instanceof Error ? error.message : String(error) };
  }
  const parsed = parseReferenceDataJson(text);
  return parsed.success
    ? { kind: 'valid', dataset: parsed.dataset }
    : { kind: 'invalid', problem: parsed.problem };
}

/**
 * Writes the dataset to `path`, one record a line (so a diff shows which municipality changed), through a
 * temporary file renamed into place, so a reader never sees half a file.
 */
export async function writeReferenceDataFile(path: string, dataset: ReferenceDataset): Promise<void> {
  const { municipalities, kostraIndicators, ...metadata } = dataset;
  const rows = (items: readonly unknown[]) => items.map((item) => `    ${JSON.stringify(item)}`).join(',\n');
  const text = [
    '{',
    ...Object.entries(metadata).map(([key, value]) => `  ${JSON.stringify(key)}: ${JSON.stringify(value)},`),
    `  "municipalities": [\n${rows(municipalities)}\n  ],`,
    `  "kostraIndicators": [\n${rows(kostraIndicators)}\n  ]`,
    '}',
    '',
  ].join('\n');
  await mkdir(dirname(path), { recursive: true });
  const temporary = `${path}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, path);
}
