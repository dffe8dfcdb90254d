/**
 * Recording participation on the process page in a real browser: an editor records a change that moves staff,
 * sees the arbeidsmiljøloven § 16-5 warning, records an information and discussion meeting with union
 * representatives from all three municipalities before the decision, saves, and the warning is gone. The page
 * passes axe, also with the error summary shown; the public page shows none of it.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const READER_PASSWORD = 'leser-passord-som-er-langt';
const CASE = 'skaun-melhus-midtre-gauldal';
const CHANGE = 'Lønn og regnskap flyttes til vertskommunen';
// One warning per employer (§ 16-5): «… drøfting med tillitsvalgte fra Melhus før …».
const WARNING = /mangler datert drøfting med tillitsvalgte fra .+ før politisk behandling/;
const MUNICIPALITIES = ['Midtre Gauldal', 'Melhus', 'Skaun'];

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-process-forms-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the participation forms on the process page', () => {
  it('records a staff-moving change and the meeting that clears its § 16-5 warning', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/prosess`);
    const form = page.locator('form.participation-form');
    await expect.poll(() => form.count()).toBe(1);
    await expect(page.getByText(WARNING).count()).resolves.toBe(0);

    await form.getByRole('button', { name: 'Legg til endring' }).click();
    await form.locator('#staff-change-0-title').fill(CHANGE);
    await form.locator('#staff-change-0-decisionDate').fill('2026-06-15');
    await form.getByRole('checkbox', { name: 'Lønn, regnskap og fakturering' }).check();
    await form.getByLabel('Kommentar til revisjonen').fill('Endring som flytter ansatte');
    await form.getByRole('button', { name: 'Lagre medvirkningen som ny revisjon' }).click();
    await expect
      .poll(() => page.getByText('Medvirkningen er lagret som revisjon 2.').count())
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByText(WARNING).count()).toBe(3);

    await form.getByRole('button', { name: 'Legg til møte' }).click();
    await form.getByRole('button', { name: 'Legg til møte' }).click();
    await expect.poll(() => form.locator('#participation-meeting-1-date').count()).toBe(1);
    await form.getByRole('button', { name: 'Fjern møte 2' }).click();
    await expect.poll(() => form.locator('#participation-meeting-1-date').count()).toBe(0);
    await form.locator('#participation-meeting-0-date').fill('20.05.2026');
    await form.getByRole('button', { name: 'Lagre medvirkningen som ny revisjon' }).click();
    const summary = page.locator('.form-error-summary');
    await expect.poll(() => summary.count()).toBe(1);
    // The fields in words, not their paths in the document.
    await expect(summary.getByText(/Medvirkningsmøte nr\. 1: dato:/).count()).resolves.toBe(1);
    await expect(summary.getByText(/Medvirkningsmøte nr\. 1: tema, bokmål:/).count()).resolves.toBe(1);
    await expect(summary.getByText(/participationMeetings\[/).count()).resolves.toBe(0);
    await expect(summary.getByText(/Kommentar til revisjonen/).count()).resolves.toBe(1);
    await expectAccessible(page, 'process page with the participation error summary');

    await form.locator('#participation-meeting-0-date').fill('2026-05-20');
    await form.locator('#participation-meeting-0-topic').fill('Lønn og regnskap i vertskommunen');
    await form.locator('#participation-meeting-0-minutesReference').fill('Feil referanse');
    await form.getByRole('button', { name: 'Angre forrige endring i medvirkningen' }).click();
    await expect(form.locator('#participation-meeting-0-minutesReference').inputValue()).resolves.toBe('');
    await form.locator('#participation-meeting-0-minutesReference').fill('Referat 2026/12');
    for (const municipality of MUNICIPALITIES) {
      await form.getByRole('checkbox', { name: `Tillitsvalgt, ${municipality}`, exact: true }).check();
      await form.getByLabel(`Fagforening (Tillitsvalgt, ${municipality})`).fill('Fagforbundet');
    }
    await form.getByRole('checkbox', { name: '20.5.2026: Lønn og regnskap i vertskommunen' }).check();
    await form.getByLabel('Kommentar til revisjonen').fill('Informasjon og drøfting med tillitsvalgte');
    await form.getByRole('button', { name: 'Lagre medvirkningen som ny revisjon' }).click();
    await expect
      .poll(() => page.getByText('Medvirkningen er lagret som revisjon 3.').count())
      .toBeGreaterThan(0);
    // The record shows the saved meeting once the page has reloaded; only then is the absent warning meaningful.
    const record = page.locator('section[aria-labelledby="participation-heading"]');
    await expect.poll(() => record.getByText('Referat 2026/12').count()).toBe(1);
    await expect(page.getByText(WARNING).count()).resolves.toBe(0);
    await expect(record.getByText(CHANGE).count()).resolves.toBe(1);
    await expectAccessible(page, 'process page with participation recorded');

    const csrf = (await (await page.request.get(`${flokk.url}/api/auth/me`)).json()) as { csrfToken: string };
    const added = await page.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
      headers: { 'x-csrf-token': csrf.csrfToken },
      data: { email: 'leser@flokk.local', displayName: 'Leser', password: READER_PASSWORD, role: 'reader' },
    });
    expect(added.status()).toBe(200);
    const reader = await newPage(browser);
    await signInAs(reader, flokk.url, 'leser@flokk.local', READER_PASSWORD);
    await reader.goto(`${flokk.url}/saker/${CASE}/prosess`);
    await expect.poll(() => reader.getByText('Referat 2026/12').count()).toBe(1);
    await expect(reader.locator('form.participation-form').count()).resolves.toBe(0);
    await expect(reader.getByRole('button', { name: 'Legg til møte' }).count()).resolves.toBe(0);
    await reader.close();

    await page.goto(`${flokk.url}/status/${CASE}`);
    await expect.poll(() => page.getByRole('heading', { name: 'Plan og framdrift' }).count()).toBe(1);
    const text = await page.locator('main').innerText();
    expect(text).not.toContain('Fagforbundet');
    expect(text).not.toContain('Referat 2026/12');
    expect(text).not.toContain('Registrer medvirkning');
    await page.close();
  });
});
