/**
 * Benefit realisation in a real browser: the answer first for the default case (no benefit has a target, no
 * owner named), then an editor sets a target from a resolution and records a measurement, and the status
 * changes to what the hand calculation gives. axe passes at 1 280 and 390 px.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const CASE = 'skaun-melhus-midtre-gauldal';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-benefits-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('benefit realisation page', () => {
  it('answers first, then a target and a measurement change the status; axe at 1 280 and 390 px', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/drift/gevinster`);
    const answer = page.locator('p.answer');
    await expect
      .poll(() => answer.textContent(), { timeout: 20_000 })
      .toBe('Ingen av de 6 gevinstene har et mål ennå.');
    const card = page.getByRole('region', { name: 'Effektiv drift – sentralbord' });
    await expect.poll(() => card.textContent()).toContain('Mål ikke satt');
    // No source names a benefit owner: the page says «Ikke satt» and marks it as a placeholder.
    await expect.poll(() => card.textContent()).toContain('GevinstansvarligIkke satt');
    await expectAccessible(page, 'benefits 1280');

    // The switchboard's 2,6 FTE (0,8 + 1 + 0,8) on 1 January 2025; target 2,0 on 1 January 2029.
    const target = card.locator('form', { has: page.getByRole('heading', { name: 'Sett mål' }) });
    await target.getByLabel('Målverdi').fill('2');
    await target.getByLabel('Dato målet skal nås').fill('2029-01-01');
    await target.getByLabel('Vedtaket målet kommer fra').selectOption('innstilling-2026');
    await target.getByLabel('Punkt i vedtaket').fill('1');
    await target.getByRole('button', { name: /Lagre målet/ }).click();
    await expect
      .poll(() => answer.textContent(), { timeout: 10_000 })
      .toBe('Ingen av de 6 er på sporet, 1 er ikke målt ennå og 5 har ikke mål ennå.');

    // 730 of 1 461 days later the path is at 2,6 − 0,6 · 730/1 461 = 2,30 FTE; 2,5 is behind it, 2,2 ahead.
    const updated = page.getByRole('region', { name: 'Effektiv drift – sentralbord' });
    const measure = updated.locator('form', { has: page.getByRole('heading', { name: 'Registrer måling' }) });
    await measure.getByLabel('Målt verdi').fill('abc');
    await measure.getByRole('button', { name: /Lagre målingen/ }).click();
    await expect.poll(() => measure.getByText('Målt verdi: skriv et tall.').count()).toBeGreaterThan(0);
    await measure.getByLabel('Dato for målingen').fill('2027-01-01');
    await measure.getByLabel('Målt verdi').fill('2,5');
    await measure.getByLabel('Kildedokument').selectOption('saksframlegg-bik2030');
    await measure.getByRole('button', { name: /Lagre målingen/ }).click();
    await expect
      .poll(() => answer.textContent(), { timeout: 10_000 })
      .toBe('Ingen av de 6 er på sporet, 1 ligger bak planen og 5 har ikke mål ennå.');
    await expect.poll(() => updated.textContent()).toContain('Bak planen');
    await expectAccessible(page, 'benefits with a measurement');

    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'benefits 390');
    const sideways = await page.evaluate(
      () => document.documentElement.scrollWidth > document.documentElement.clientWidth,
    );
    expect(sideways).toBe(false);
    await page.close();
  });
});
