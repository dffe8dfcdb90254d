/**
 * Filling the population from the SSB figures Flokk has, in a real browser: the server starts with a refreshed
 * reference data file in its data directory (as `flokk ssb update` writes it), the editor opens «Hent folketall
 * fra SSB-tallene Flokk har», sees what would change, adds a year, confirms, and finds the new revision with the
 * figures and SSB as their source. Axe passes with the dialog open and after the save, at phone and desk width.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { shippedReferenceData } from '../../src/case/reference/reference-data.ts';
import { referenceDataPath, writeReferenceDataFile } from '../../src/storage/reference-data-file.ts';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const CASE = 'skaun-melhus-midtre-gauldal';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-population-'));
  // A refreshed file in which Melhus has 17 900 inhabitants on 1 January 2026 (the shipped figure is 17 828),
  // so the page can only show 17 900 if the server read the file at start.
  const shipped = shippedReferenceData();
  await writeReferenceDataFile(referenceDataPath(dataDir), {
    ...shipped,
    municipalities: shipped.municipalities.map((m) =>
      m.number === '5028' ? { ...m, population: { ...m.population, 2026: 17_900 } } : m,
    ),
    retrievedAt: '2026-12-04T10:00:00.000Z',
  });
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('population from SSB', () => {
  // The first run (390 px) saves; the second (1 280 px) finds nothing left to change for 2026.
  for (const width of [390, 1280]) {
    it(`previews, saves one revision with SSB as the source, then has nothing left to save (${width} px)`, async () => {
      const page = await newPage(browser);
      await page.setViewportSize({ width, height: 900 });
      await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
      await page.goto(`${flokk.url}/saker/${CASE}/oversikt`);
      const revision = width === 390 ? 1 : 2;
      await page.getByRole('button', { name: 'Hent folketall fra SSB-tallene Flokk har' }).click();
      const dialog = page.getByRole('dialog', { name: 'Hent folketall fra SSB' });
      await expect.poll(() => dialog.isVisible()).toBe(true);
      const table = dialog.getByRole('table', { name: 'Dette vil endres' });
      if (revision === 2) {
        // Saved at 390 px already: nothing left to change for 2026.
        await expect.poll(() => dialog.getByText('Saken har allerede disse tallene').count()).toBe(1);
        await expect(
          dialog.getByRole('button', { name: 'Lagre som ny revisjon' }).isDisabled(),
        ).resolves.toBe(true);
        await expectAccessible(page, `population dialog with nothing to change at ${width} px`);
        await dialog.getByRole('button', { name: 'Avbryt' }).click();
        return;
      }
      await expect.poll(() => table.getByRole('row').count()).toBe(4);
      await expect(table.getByRole('row', { name: /Melhus/ }).textContent()).resolves.toMatch(
        /1\.1\.2026\s*\.\.\s*17\s900/,
      );
      await expectAccessible(page, `population dialog at ${width} px`);
      await dialog.getByRole('checkbox', { name: '2024' }).check();
      await expect.poll(() => table.getByRole('row').count()).toBe(7);
      await dialog.getByRole('button', { name: 'Lagre som ny revisjon' }).click();
      await expect.poll(() => page.getByText('Revisjon 2 er lagret.').count()).toBe(1);
      const participants = page.getByRole('table', { name: 'Kommunene og folketallet deres' });
      await expect.poll(() => participants.getByText('17 900').count()).toBe(1);
      await expectAccessible(page, `overview after the fill at ${width} px`);

      const saved = (await (await page.request.get(`${flokk.url}/api/cases/${CASE}`)).json()) as {
        revision: { comment: string };
        document: {
          participants: {
            municipalityNumber: string;
            population: { value: number; referenceDate: string; source: { document: string } }[];
          }[];
        };
      };
      expect(saved.revision.comment).toBe('Folketall 1. januar 2024, 2026 fra SSB (tabell 07459)');
      const melhus = saved.document.participants.find((p) => p.municipalityNumber === '5028');
      expect(melhus?.population.map((f) => [f.referenceDate, f.value, f.source.document])).toEqual([
        ['2025-01-01', 17812, 'ssb-07459'],
        ['2024-01-01', 17560, 'ssb-07459'],
        ['2026-01-01', 17900, 'ssb-07459'],
      ]);
    });
  }
});
