/**
 * The Documents page in a real browser (issue 16): the owner makes Melhus' saksframlegg as DOCX from the
 * newest revision, downloads it through the link, and finds it in the list with "revisjon 1" and the first
 * characters of the downloaded file's own SHA-256; the page passes axe at 1 280 and 390 px and fits the phone.
 */
import { createHash } from 'node:crypto';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-dokumenter';
const CASE = 'skaun-melhus-midtre-gauldal';
// Making a document may take some seconds on a slow machine.
const MAKING = { timeout: 60_000 };

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-documents-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('documents page', () => {
  it("makes Melhus' saksframlegg as DOCX, downloads it and lists it with its revision and hash", async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}`);
    const menuLink = page
      .getByRole('navigation', { name: 'Saksmeny' })
      .getByRole('link', { name: 'Dokumenter' });
    await expect.poll(() => menuLink.count()).toBe(1);
    await menuLink.click();
    await page.waitForURL((url) => url.pathname.endsWith('/dokumenter'));
    await page.getByRole('heading', { level: 1, name: 'Dokumenter' }).waitFor();
    await page.getByText('Ingen dokumenter er laget ennå.').waitFor();
    await expect.poll(() => page.title()).toBe('Dokumenter – Flokk');
    await expectAccessible(page, 'documents, empty');

    // Sent without a municipality, the form says what is missing and points at the field.
    await page.getByRole('button', { name: 'Lag dokumentet' }).click();
    const summaryLink = page.getByRole('link', { name: 'Velg kommunen dokumentet skal lages for.' });
    await summaryLink.waitFor();
    await expectAccessible(page, 'documents with error summary');
    await summaryLink.click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('document-municipality');

    await page.getByLabel('Saksframlegg for én kommune').check();
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Melhus' });
    await page.getByLabel('DOCX (til saks- og arkivsystemet)').check();
    await page.getByLabel('Bokmål').check();
    await expect.poll(() => page.getByLabel('Fra revisjon').inputValue()).toBe('1');
    await page.getByRole('button', { name: 'Lag dokumentet' }).click();

    const notice = page.locator('[data-color="success"]', { hasText: 'Dokumentet er laget fra revisjon 1.' });
    await notice.waitFor(MAKING);
    const link = notice.getByRole('link', { name: /^Last ned .+\.docx$/ });
    const [download] = await Promise.all([page.waitForEvent('download', MAKING), link.click()]);
    expect(download.suggestedFilename()).toMatch(/\.docx$/);
    const file = readFileSync(await download.path());
    expect(file.subarray(0, 2).toString('latin1')).toBe('PK');
    const sha256 = createHash('sha256').update(file).digest('hex');

    // The server's own checksum header agrees with the bytes that came down.
    const href = await link.getAttribute('href');
    const again = await page.request.get(`${flokk.url}${href ?? ''}`);
    expect(again.headers()['x-flokk-sha256']).toBe(sha256);

    const row = page
      .getByRole('table', { name: 'Dokumenter laget fra saken, nyeste først' })
      .getByRole('row')
      .filter({ hasText: 'revisjon 1' })
      .filter({ hasText: 'Melhus' });
    await expect.poll(() => row.count(), MAKING).toBe(1);
    expect(await row.getByRole('cell').first().textContent()).toBe('Melhus');
    expect(await row.getByRole('rowheader').textContent()).toBe('Saksframlegg');
    expect(await row.getByRole('link', { name: 'revisjon 1' }).getAttribute('href')).toBe(
      `/saker/${CASE}/historikk/1`,
    );
    expect(await row.locator('code.documents-hash__short').textContent()).toBe(sha256.slice(0, 12));
    expect(await row.locator('code.documents-hash__full').textContent()).toBe(sha256);
    await row.locator('.documents-hash > summary').click();
    await row.locator('code.documents-hash__full').waitFor();
    await expectAccessible(page, 'documents with one made, 1 280 px');

    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'documents with one made, 390 px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(overflow).toBeLessThanOrEqual(390);
    const region = page.getByRole('region', {
      name: 'Dokumenter som er laget (tabellen kan rulles sideveis)',
    });
    await expect.poll(() => region.count()).toBe(1);
  });
});
