/**
 * The process in a real browser: an anonymous visitor reads the public status page (the plan with today, the
 * next meetings, decisions, contact and the two feeds; nothing personal, no baseline figures), and an editor
 * changes a milestone's date with undo and saves it as a new revision. Both pages pass axe.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const CASE = 'skaun-melhus-midtre-gauldal';
const START_DATE = /Dato for «Oppstart for konkrete samarbeid \(Administrative områder\)»/;

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-process-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the process pages', () => {
  it('shows the public status page to an anonymous visitor without anything personal or unpublished', async () => {
    const page = await newPage(browser);
    await page.goto(`${flokk.url}/status/${CASE}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Vedtak som er fattet' }).count()).toBe(1);
    await expect(page.getByRole('heading', { name: 'Plan og framdrift' }).count()).resolves.toBe(1);
    await expect(page.getByText(/^I dag: /).count()).resolves.toBeGreaterThan(0);
    // Samfunnsutvikling phase 1: the presentation plans it from December 2025, the saksframlegg asks to start it.
    await expect(page.getByText('Kildene er uenige').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByText('Ikke oppgitt i kildene').count()).resolves.toBeGreaterThan(0);
    await expect(page.getByRole('heading', { name: 'Kontakt' }).count()).resolves.toBe(1);
    const calendar = page.getByRole('link', { name: /Kalender med politiske møter/ });
    const atom = page.getByRole('link', { name: /Nyhetsstrøm med vedtak/ });
    expect(await calendar.getAttribute('href')).toBe(`/api/public/cases/${CASE}/calendar.ics`);
    expect(await atom.getAttribute('href')).toBe(`/api/public/cases/${CASE}/decisions.atom`);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('14 800 000');
    expect(text).not.toContain('eier@flokk.local');
    expect(text).not.toMatch(/Tillitsvalgt|Verneombud|Kommunedirektør,/);
    await expectAccessible(page, 'public status with process');

    await page.locator('#language-switcher').selectOption('nn');
    await expect.poll(() => page.getByRole('heading', { name: 'Vedtak som er gjorde' }).count()).toBe(1);
    expect(await page.getByRole('link', { name: /Nyheitsstraum med vedtak/ }).getAttribute('href')).toBe(
      `/api/public/cases/${CASE}/decisions.atom?lang=nn`,
    );
    await page.locator('#language-switcher').selectOption('en');
    await expect.poll(() => page.getByRole('heading', { name: 'Decisions taken' }).count()).toBe(1);
    await expectAccessible(page, 'public status in English');
    await page.locator('#language-switcher').selectOption('nb');

    const ics = await page.request.get(`${flokk.url}/api/public/cases/${CASE}/calendar.ics`);
    expect(ics.status()).toBe(200);
    expect(await ics.text()).toContain('DTSTART;VALUE=DATE:20260421');
    await page.close();
  });

  it('lets an editor change a milestone with undo and save it as a new revision', async () => {
    const page = await newPage(browser);
    await page.goto(`${flokk.url}/logg-inn`);
    await page.getByLabel('E-post').fill('eier@flokk.local');
    await page.getByLabel('Passord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));

    await page.goto(`${flokk.url}/saker/${CASE}/prosess`);
    await expect.poll(() => page.getByLabel(START_DATE).count()).toBe(1);
    await expect(page.getByRole('link', { name: 'Prosess' }).getAttribute('aria-current')).resolves.toBe(
      'page',
    );
    await expect(page.getByText('Kildene er uenige').count()).resolves.toBeGreaterThan(0);
    await expectAccessible(page, 'process page');

    const date = page.getByLabel(START_DATE);
    await expect(date.inputValue()).resolves.toBe('2027-01');
    await date.fill('2027-02');
    await page.getByRole('button', { name: 'Angre siste endring' }).click();
    await expect(date.inputValue()).resolves.toBe('2027-01');

    await date.fill('2027-02');
    await page
      .locator('form.milestone-form')
      .getByLabel('Kommentar til revisjonen')
      .fill('Oppstart flyttet en måned');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => page.getByText('Milepælene er lagret som revisjon 2.').count()).toBe(1);
    await expect.poll(() => page.getByLabel(START_DATE).inputValue()).toBe('2027-02');
    await expect(page.getByText('februar 2027').count()).resolves.toBeGreaterThan(0);
    await page.close();
  });

  it('shows the councils’ texts side by side when one council amends a point', async () => {
    const page = await newPage(browser);
    await page.goto(`${flokk.url}/logg-inn`);
    await page.getByLabel('E-post').fill('eier@flokk.local');
    await page.getByLabel('Passord').fill(PASSWORD);
    await page.getByRole('button', { name: 'Logg inn' }).click();
    await page.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
    await page.goto(`${flokk.url}/saker/${CASE}/prosess`);
    const form = page.locator('form.decision-form');
    await expect.poll(() => form.count()).toBe(1);

    async function record(meeting: string, outcome: string, text: string, revision: number) {
      await form.getByLabel('Møte').selectOption({ label: meeting });
      await form.getByLabel('Punkt i innstillingen').selectOption('3');
      await form.getByLabel('Vedtak', { exact: true }).selectOption({ label: outcome });
      await form.getByLabel('Vedtatt tekst (ved endring)').fill(text);
      await form.getByLabel('Kommentar til revisjonen').fill(`Vedtak i ${meeting}`);
      await form.getByRole('button', { name: 'Lagre vedtaket' }).click();
      await expect.poll(() => page.getByText(`Vedtaket er lagret som revisjon ${revision}.`).count()).toBe(1);
    }
    await record('10.3.2026 – Kommunestyret i Melhus', 'Vedtatt', '', 3);
    await record(
      '10.3.2026 – Kommunestyret i Skaun',
      'Vedtatt med endring',
      'Sentralbordet prøves ut høsten 2026.',
      4,
    );

    const warning = page.getByRole('heading', { name: 'Kommunestyrene har vedtatt punkt 3 ulikt' });
    await expect.poll(() => warning.count()).toBe(1);
    const table = page.locator('.divergence-table');
    await expect(table.getByText('Sentralbordet prøves ut høsten 2026.').count()).resolves.toBe(1);
    await expect(table.getByText(/^Slutter seg til at det kan prøves ut/).count()).resolves.toBe(1);
    await expectAccessible(page, 'process page with a divergence');

    await page.goto(`${flokk.url}/status/${CASE}`);
    await expect
      .poll(() => page.getByText(/Kommunestyret i Skaun: punkt 3 – Vedtatt med endring/i).count())
      .toBe(1);
    await page.close();
  });
});
