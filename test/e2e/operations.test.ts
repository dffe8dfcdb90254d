/**
 * The budget page of running the cooperation in a real browser: the answer first (the 2027 budget of the
 * joint unit, what each municipality pays), the placeholder keys named as the form labels them, an editor
 * setting a quarterly a-konto calendar whose table then sums to the budget, the a-konto CSV whose invoice
 * lines sum to the budget, «what if» Skaun leaves, and axe and no sideways scrolling at 1 280 and 390 px.
 *
 * The split (population 1 January 2025: 6 141 / 17 812 / 8 521, together 32 474), worked out by hand in
 * src/server/operations-api.test.ts: Midtre Gauldal 4 387 239, Melhus 12 725 208, Skaun 6 087 553 kr.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const CASE = 'skaun-melhus-midtre-gauldal';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-operations-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Whole kroner from a cell such as «5 800 000 kr». */
const kroner = (text: string) => Number(text.replace(/[^\d]/g, ''));

async function openBudget(page: Page) {
  await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
  await page.goto(`${flokk.url}/saker/${CASE}/drift`);
  await expect
    .poll(() => page.getByText(/^Budsjettet for Felles enhet for administrative tjenester i 2027/).count(), {
      timeout: 20_000,
    })
    .toBe(1);
}

describe('the budget page', () => {
  it('answers first, names the placeholders, sets the a-konto calendar and downloads lines that sum to the budget', async () => {
    const page = await newPage(browser);
    await openBudget(page);
    const answer = await page.locator('#budget-answer-heading').textContent();
    expect(answer?.replace(/\s/g, ' ')).toBe(
      'Budsjettet for Felles enhet for administrative tjenester i 2027 er 23,2 mill. kr. ' +
        'Melhus betaler 12,7 mill. kr, Skaun betaler 6,1 mill. kr og Midtre Gauldal betaler 4,4 mill. kr.',
    );
    // The three components' keys are placeholders, each named as the budget form labels it.
    await expect.poll(() => page.getByText(/fordelingsnøkkel er en plassholder/i).count()).toBe(3);
    await expect.poll(() => page.getByText(/operations\.|\[\d\]/).count()).toBe(0);
    await expect.poll(() => page.getByText('A-konto-terminene er ikke satt for 2027.').count()).toBe(1);
    await expectAccessible(page, 'operations budget');

    // An editor sets quarterly periods due on the 20th through the normal revision save.
    await page.getByLabel('Kommentar til endringen').fill('Kvartalsvise a-konto-terminer');
    await page.getByRole('button', { name: 'Lagre terminene' }).click();
    const table = page.getByRole('table', { name: /A-konto per termin og kommune 2027/ });
    await expect.poll(() => table.count(), { timeout: 20_000 }).toBe(1);
    const rows = await table.getByRole('row').all();
    const periodTotals: number[] = [];
    for (const row of rows.slice(1, -1)) {
      const cells = await row.getByRole('cell').allTextContents();
      periodTotals.push(kroner(cells.at(-1) ?? ''));
    }
    // 23 200 000 / 4 = 5 800 000 each quarter.
    expect(periodTotals).toEqual([5_800_000, 5_800_000, 5_800_000, 5_800_000]);
    expect(kroner((await page.getByTestId('a-konto-total').textContent()) ?? '')).toBe(23_200_000);

    // The CSV the host posts: one line per municipality and quarter, summing to the budget.
    const csvLink = page.getByRole('link', { name: 'CSV – a-konto-fakturalinjene' });
    const href = await csvLink.getAttribute('href');
    const response = await page.request.get(new URL(href ?? '', flokk.url).toString());
    expect(response.status()).toBe(200);
    const lines = (await response.text())
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n');
    expect(lines).toHaveLength(13);
    expect(lines[1]).toMatch(/^5027;Midtre Gauldal;2027-01-20;1\. kvartal 2027;A-konto 1\. kvartal 2027 – /);
    expect(lines.slice(1).reduce((sum, line) => sum + Number(line.split(';').at(-1)), 0)).toBe(23_200_000);
    await expectAccessible(page, 'operations a-konto');
    await page.close();
  });

  it('recomputes the year when Skaun gives notice on 1 March 2026: out on 1 March 2027, two months paid', async () => {
    const page = await newPage(browser);
    await openBudget(page);
    await page.getByLabel('Kommune', { exact: true }).selectOption({ label: 'Skaun' });
    await page.getByLabel('Dato oppsigelsen gis (ÅÅÅÅ-MM-DD)').fill('2026-03-01');
    await page.getByRole('button', { name: 'Regn ut' }).click();
    await expect
      .poll(() => page.getByText(/oppsigelse 2026-03-01 til utmelding 2027-03-01/).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    const table = page.getByRole('table', { name: /før og etter endringen/ });
    const skaun = (await table.getByRole('row').allTextContents()).find((r) => r.startsWith('Skaun')) ?? '';
    // Skaun pays January and February: 1 014 593 kr (worked out in the API test).
    expect(skaun.replace(/\s/g, ' ')).toMatch(/^Skaun2 ?6 087 553 kr1 014 593 kr4,4 %$/);
    await expectAccessible(page, 'operations what-if');
    await page.close();
  });

  it('does not scroll sideways at 390 px', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await openBudget(page);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'operations at 390 px');
    await page.close();
  });
});
