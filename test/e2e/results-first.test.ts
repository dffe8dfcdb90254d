/**
 * Results first (issue 17) in a real browser: on the scenario, cost-sharing, model-choice and people pages a
 * reader finds the plain answer before anything else and no input fields at all, only the two choices of
 * which scenario and area the cost sharing shows (and the method of its net-effect table), which choose a
 * view and change nothing. The owner finds «Endre forutsetninger», opens it with the keyboard and finds the
 * inputs. A term opens its explanation with Enter. Printed, the scenario shows its results and no form. Axe
 * passes on each page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const READER_PASSWORD = 'lesepassord-langt';
const CASE = 'skaun-melhus-midtre-gauldal';
const PAGES = [
  { name: 'scenario', path: 'scenarier/administrative-tjenester', editable: true },
  { name: 'cost sharing', path: 'kostnadsdeling', editable: false },
  { name: 'model choice', path: 'modellvalg', editable: true },
  { name: 'people', path: 'ansatte', editable: true },
] as const;
/**
 * View choices pick what to show and change nothing in the case: the cost-sharing page's choosers (by id) and
 * the model-choice page's choice of areas for the ranking (marked `data-view-choice`).
 */
const VIEW_CHOICES = ['cost-sharing-scenario', 'cost-sharing-scope', 'net-effect-method'];

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-results-first-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
  const owner = await newPage(browser);
  await signInAs(owner, flokk.url, 'eier@flokk.local', PASSWORD);
  const csrf = (await (await owner.request.get(`${flokk.url}/api/auth/me`)).json()) as { csrfToken: string };
  const added = await owner.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
    headers: { 'x-csrf-token': csrf.csrfToken },
    data: { email: 'leser@flokk.local', displayName: 'Leser', password: READER_PASSWORD, role: 'reader' },
  });
  expect(added.status()).toBe(200);
  await owner.close();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Opens a page and waits for its answer. */
async function openAnswer(page: Page, path: string) {
  await page.goto(`${flokk.url}/saker/${CASE}/${path}`);
  await expect
    .poll(() => page.locator('main .results-answer').first().isVisible(), { timeout: 30_000 })
    .toBe(true);
}

/** The ids (or tag names) of the form fields in the main content, and whether the answer comes before each. */
const fieldsInMain = (page: Page) =>
  page.evaluate(() => {
    const answer = document.querySelector('main .results-answer');
    return [...document.querySelectorAll('main input, main select, main textarea')].map((field) => ({
      id: field.id || field.tagName,
      viewChoice: field.closest('[data-view-choice]') !== null,
      afterAnswer:
        answer !== null && Boolean(answer.compareDocumentPosition(field) & Node.DOCUMENT_POSITION_FOLLOWING),
    }));
  });

describe('results first', () => {
  it.each(PAGES)('a reader sees the answer on the $name page and no input fields', async ({ name, path }) => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'leser@flokk.local', READER_PASSWORD);
    await openAnswer(page, path);
    const answer = (await page.locator('main .results-answer').first().textContent()) ?? '';
    expect(answer.trim().length).toBeGreaterThan(20);
    const fields = await fieldsInMain(page);
    expect(fields.filter((f) => !f.viewChoice && !VIEW_CHOICES.includes(f.id))).toEqual([]);
    expect(fields.every((f) => f.afterAnswer)).toBe(true);
    expect(await page.getByText('Endre forutsetninger').count()).toBe(0);
    await expectAccessible(page, `${name} as reader`);
    await page.close();
  });

  it('the scenario answer is in millions with one decimal, and a term opens its explanation with Enter', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'leser@flokk.local', READER_PASSWORD);
    await openAnswer(page, 'scenarier/administrative-tjenester');
    const answer = (await page.locator('main .results-answer').first().textContent()) ?? '';
    expect(answer).toMatch(
      /^Scenarioet gir en samlet nåverdi på −?\d[\d\u00a0]*,\d mill\. kr over \d{4}–\d{4}\.$/u,
    );
    const term = page.getByRole('button', { name: 'Hva betyr nåverdi?' });
    await term.focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.getByText('Summen av alle framtidige innsparinger og kostnader').isVisible())
      .toBe(true);
    await expectAccessible(page, 'term explanation open');
    await page.keyboard.press('Escape');
    await expect
      .poll(() => page.getByText('Summen av alle framtidige innsparinger og kostnader').isVisible())
      .toBe(false);
    await page.close();
  });

  it.each(PAGES.filter((p) => p.editable))(
    'the owner opens «Endre forutsetninger» on the $name page with the keyboard and finds the inputs',
    async ({ name, path }) => {
      const page = await newPage(browser);
      await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
      await openAnswer(page, path);
      const summary = page.locator('main summary', { hasText: 'Endre forutsetninger' });
      await expect.poll(() => summary.count(), { timeout: 30_000 }).toBe(1);
      const inside = page.locator('main .assumptions-section').locator('input, select, textarea');
      // Closed: the inputs are there (so unsaved edits survive) but not shown, and come after the answer.
      expect(await inside.first().isVisible()).toBe(false);
      expect((await fieldsInMain(page)).every((f) => f.afterAnswer)).toBe(true);
      await summary.focus();
      await page.keyboard.press('Enter');
      await expect.poll(() => inside.first().isVisible()).toBe(true);
      expect(await inside.count()).toBeGreaterThan(0);
      await expectAccessible(page, `${name} as owner with the assumptions open`);
      await page.close();
    },
  );

  it('keeps «Endre forutsetninger» open while the scenario form has unsaved changes', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await openAnswer(page, 'scenarier/administrative-tjenester');
    const summary = page.locator('main summary', { hasText: 'Endre forutsetninger' });
    await expect.poll(() => summary.count(), { timeout: 30_000 }).toBe(1);
    const section = page.locator('main details.assumptions-section');
    await summary.click();
    const rampUp = page.getByLabel(/^Opptrappingsår – /).first();
    // Closed and opened again without changes: it closes, and the field is still there.
    await summary.click();
    await expect.poll(() => section.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
    await summary.click();
    await rampUp.fill('5');
    await summary.click();
    await expect
      .poll(() =>
        page.getByText('Du har endringer som ikke er lagret, så skjemaet holdes åpent.').isVisible(),
      )
      .toBe(true);
    expect(await section.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(true);
    expect(await rampUp.inputValue()).toBe('5');
    await page.close();
  });

  it('a printed scenario shows the results and no form, even with «Endre forutsetninger» open', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await openAnswer(page, 'scenarier/administrative-tjenester');
    const summary = page.locator('main summary', { hasText: 'Endre forutsetninger' });
    await expect.poll(() => summary.count(), { timeout: 30_000 }).toBe(1);
    await summary.click();
    const visibleFields = () =>
      page.evaluate(
        () =>
          [...document.querySelectorAll('main input, main select, main textarea')].filter(
            (field) => (field as HTMLElement).offsetParent !== null,
          ).length,
      );
    expect(await visibleFields()).toBeGreaterThan(0);
    await page.emulateMedia({ media: 'print' });
    expect(await visibleFields()).toBe(0);
    expect(await page.locator('main .results-answer').first().isVisible()).toBe(true);
    expect(await summary.isVisible()).toBe(false);
    await page.close();
  });

  it('the cost-sharing page links editors to the scenario assumptions', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await openAnswer(page, 'kostnadsdeling');
    await expect
      .poll(() => page.getByRole('link', { name: 'Endre forutsetninger for scenarioet' }).count())
      .toBe(1);
    await page.close();
  });
});
