/**
 * Sources stay true, in a real browser: changing Melhus' labour cost makes the form ask where the new figure
 * comes from; saving without saying so is refused at the field; «Egen verdi» saves, and the table's footnote
 * then reads «Egen verdi – lagt inn av NAME DATE». Every step passes axe (WCAG 2.1 AA).
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
const CONTEXT = '– Melhus, Lønn, regnskap og fakturering';
const LABOUR_COST = `Lønnskostnad (kr) ${CONTEXT}`;
const LABOUR_COST_SOURCE = `Kilde for lønnskostnad ${CONTEXT}`;

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-sources-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the source of a changed baseline figure', () => {
  it('asks for a new source, refuses to keep the old one, and saves an own value with who entered it', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/grunnlag`);
    const labourCost = page.getByLabel(LABOUR_COST, { exact: true });
    await expect.poll(() => labourCost.count()).toBe(1);
    const chooser = page.getByLabel(LABOUR_COST_SOURCE, { exact: true });
    expect(await chooser.count()).toBe(0);

    await labourCost.fill('5 300 000');
    await expect.poll(() => chooser.count()).toBe(1);
    await page.getByLabel('Kommentar til revisjonen').fill('Ny lønnskostnad for Melhus');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();

    // The error summary names the field as the form labels it, and its link moves focus to the chooser.
    const link = page.getByRole('link', {
      name: /Kilde for lønnskostnad.*Melhus.*Oppgi ny kilde for tallet/,
    });
    await expect.poll(() => link.count()).toBe(1);
    await expectAccessible(page, 'baseline editor asking for a source');
    const revisions = await page.request.get(`${flokk.url}/api/cases/${CASE}/revisions`);
    expect(((await revisions.json()) as { items: unknown[] }).items.length).toBe(1);
    await link.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('baseline-1-labourCostSource');

    // By keyboard: the focused list picks «Egen verdi» as it is typed.
    await page.keyboard.type('Egen verdi');
    await expect.poll(() => chooser.inputValue()).toBe('*own');
    await page
      .getByLabel(`Merknad til egen verdi (valgfri) ${CONTEXT}`, { exact: true })
      .fill('Ny lønnsavtale');
    await expectAccessible(page, 'baseline editor with an own value');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();

    await page.waitForURL((url) => url.pathname === `/saker/${CASE}/oversikt`);
    const footnote = page.getByText(/Egen verdi – lagt inn av .+ \d{2}\.\d{2}\.\d{4}: Ny lønnsavtale/);
    await expect.poll(() => footnote.count()).toBe(1);
    await expect.poll(() => page.getByText('5 300 000 kr').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'overview with an own value');
    await page.close();
  });
});
