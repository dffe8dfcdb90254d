import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedReferenceData, type ReferenceDataset } from '../case/reference/reference-data.ts';
import { writeReferenceDataFile } from '../storage/reference-data-file.ts';
import { referenceDataAtStart } from './reference-data.ts';

let dir = '';
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'flokk-refdata-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('referenceDataAtStart', () => {
  it('has nothing to use, and says nothing, when the data directory has no file', async () => {
    const warnings: string[] = [];
    expect(await referenceDataAtStart(join(dir, 'empty'), (w) => warnings.push(w))).toBeUndefined();
    expect(warnings).toEqual([]);
  });

  it('uses a valid file written by the updater, as written', async () => {
    const shipped = shippedReferenceData();
    const refreshed: ReferenceDataset = {
      ...shipped,
      municipalities: shipped.municipalities.map((m) =>
        m.number === '5029' ? { ...m, population: { ...m.population, 2027: 8600 } } : m,
      ),
      retrievedAt: '2027-02-20T08:00:00.000Z',
      queries: ['https://data.ssb.no/api/pxwebapi/v2/tables/07459/data?lang=no'],
    };
    await writeReferenceDataFile(join(dir, 'valid', 'reference-data.json'), refreshed);
    const warnings: string[] = [];
    expect(await referenceDataAtStart(join(dir, 'valid'), (w) => warnings.push(w))).toEqual(refreshed);
    expect(warnings).toEqual([]);
  });

  it('reports an invalid file and ignores all of it', async () => {
    const shipped = shippedReferenceData();
    const bad = {
      ...shipped,
      municipalities: shipped.municipalities.map((m, i) => (i === 3 ? { ...m, kostraGroup: 18 } : m)),
    };
    await writeFile(join(dir, 'reference-data.json'), JSON.stringify(bad));
    const warnings: string[] = [];
    expect(await referenceDataAtStart(dir, (w) => warnings.push(w))).toBeUndefined();
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toContain('municipalities.3.kostraGroup');
  });

  it('reports a file that is not JSON', async () => {
    await writeFile(join(dir, 'reference-data.json'), '{"municipalities": [');
    const warnings: string[] = [];
    expect(await referenceDataAtStart(dir, (w) => warnings.push(w))).toBeUndefined();
    expect(warnings[0]).toContain('not JSON');
  });
});
