/**
 * The comparison page's tables through the export API: the KOSTRA benchmark and the cooperation profile as
 * files, from the reference dataset the server answers from (a refreshed file given at start, or the shipped
 * one), so a download never shows other figures than the page.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedReferenceData, type ReferenceDataset } from '../case/reference/reference-data.ts';
import { startTestServer, type TestServer } from './test-support.ts';

const ADMINISTRATION = 'Administrasjon i alt (funksjon 120, 121, 130)';

async function csv(server: TestServer, table: string): Promise<string[][]> {
  const client = await server.signIn(server.emails.reader);
  const response = await client.request(
    'GET',
    `/api/cases/${server.caseId}/export?table=${table}&format=csv`,
  );
  expect(response.status).toBe(200);
  expect(response.headers.get('content-disposition')).toMatch(new RegExp(`-${table}\\.csv"$`));
  const text = new TextDecoder().decode(new Uint8Array(await response.arrayBuffer()).slice(3));
  return text.split('\r\n').map((line) => line.split(';'));
}

/** Melhus's own administration figures, by year: [year, kr per innbygger]. */
function melhusAdministration(lines: string[][]): string[][] {
  return lines
    .filter((l) => l[0] === 'Melhus' && l[2] === ADMINISTRATION && l[4] === 'Kommunen selv')
    .map((l) => [l[3] ?? '', l[5] ?? '']);
}

describe('export of the comparison page’s tables', () => {
  let shipped: TestServer;
  let refreshed: TestServer;
  beforeAll(async () => {
    const data = shippedReferenceData();
    // A refreshed dataset as `flokk ssb update` might write it: Melhus's 2025 figure revised to 5 600.
    const changed: ReferenceDataset = {
      ...data,
      kostraIndicators: data.kostraIndicators.map((f) =>
        f.region === '5028' && f.code === 'FGK1b' && f.year === 2025 ? { ...f, perInhabitantNok: 5600 } : f,
      ),
    };
    [shipped, refreshed] = await Promise.all([
      startTestServer(),
      startTestServer({ referenceData: changed }),
    ]);
  });
  afterAll(async () => {
    await Promise.all([shipped.close(), refreshed.close()]);
  });

  it('gives the KOSTRA benchmark as CSV with SSB’s figures, groups and «..» for missing ones', async () => {
    const lines = await csv(shipped, 'benchmark');
    expect(lines[0]).toEqual([
      'Kommune',
      'KOSTRA-gruppe',
      'Indikator',
      'År',
      'Sammenlignet med',
      'Netto driftsutgifter (kr per innbygger)',
      'SSB-tabell',
    ]);
    expect(melhusAdministration(lines)).toEqual([
      ['2023', '5144'],
      ['2024', '5478'],
      ['2025', '5519'],
    ]);
    const group = (name: string) => lines.find((l) => l[0] === name)?.[1];
    expect([group('Midtre Gauldal'), group('Melhus'), group('Skaun')]).toEqual(['1', '7', '1']);
    const skaun = lines.filter((l) => l[0] === 'Skaun' && l[4] === 'Kommunen selv');
    expect(skaun.length).toBeGreaterThan(0);
    expect(skaun.every((l) => l[5] === '..')).toBe(true);
  });

  it('gives the profile as CSV with the combined population 32 490', async () => {
    const lines = await csv(shipped, 'profile');
    expect(lines.find((l) => l[0] === 'Samarbeidet samlet')?.[2]).toBe('32490');
  });

  it('exports the dataset the server was started with, as the page shows it', async () => {
    const lines = await csv(refreshed, 'benchmark');
    expect(melhusAdministration(lines)).toEqual([
      ['2023', '5144'],
      ['2024', '5478'],
      ['2025', '5600'],
    ]);
    const client = await refreshed.signIn(refreshed.emails.reader);
    const page = await client.request('GET', `/api/cases/${refreshed.caseId}/benchmarks?language=nb`);
    const view = (await page.json()) as {
      municipalities: {
        name: string;
        indicators: { code: string; years: { year: number; municipality: { value: number } }[] }[];
      }[];
    };
    const melhus = view.municipalities.find((m) => m.name === 'Melhus');
    const admin = melhus?.indicators.find((i) => i.code === 'FGK1b');
    expect(admin?.years.find((y) => y.year === 2025)?.municipality.value).toBe(5600);
  });
});
