/**
 * The people input forms in a real browser: an editor enters the switchboard's call volumes (grid with the
 * "same volume every open hour" fill) and parameters, sees a validation error that names the field in words,
 * undoes the last change, saves with a comment and then sees separate against pooled FTE and the pooling
 * gain; the retirement assumptions save the same way. Axe passes on the forms, also with the error summary.
 * All figures are test inputs owned by "E2E-test", not seed figures.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const READER_PASSWORD = 'lesepassord-langt';
const CASE = 'skaun-melhus-midtre-gauldal';
const WEEKDAYS = ['Mandag', 'Tirsdag', 'Onsdag', 'Torsdag', 'Fredag'];

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-people-forms-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('people input forms', () => {
  it('an editor enters call volumes and parameters, saves, and sees separate and pooled FTE', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/sentralbord`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Forutsetninger for sentralbordet' }).count())
      .toBe(1);
    await expectAccessible(page, 'switchboard form');

    for (let i = 0; i < 3; i += 1) {
      for (const day of WEEKDAYS) {
        await page
          .getByLabel(new RegExp(`^Åpner ${day}, `))
          .nth(i)
          .fill('08:00');
        await page
          .getByLabel(new RegExp(`^Stenger ${day}, `))
          .nth(i)
          .fill('15:00');
      }
      await page
        .getByLabel(/Samme antall anrop i alle åpne timer/)
        .nth(i)
        .fill(String(10 + 5 * i));
      await page
        .getByRole('button', { name: /Fyll inn alle åpne timer/ })
        .nth(i)
        .click();
    }
    await expect
      .poll(() =>
        page
          .getByLabel(/^Anrop Fredag kl\. 14:00, /)
          .nth(2)
          .inputValue(),
      )
      .toBe('20');

    await page.getByLabel('Gjennomsnittlig behandlingstid (sekunder per anrop)').fill('120');
    await page.getByLabel('Servicenivåmål (%)').fill('80');
    await page.getByLabel('Svartid i målet (sekunder)').fill('20');
    await page.getByLabel('Uker åpent per år').fill('46');
    await page.getByRole('textbox', { name: 'Hvem bør fastsette verdien (rolle)' }).fill('E2E-test');
    await page.getByLabel('Svinn (pauser, møter, fravær) (%)').fill('150');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();

    const summary = page.locator('.form-error-summary');
    // The field in words, not its path in the document.
    await expect
      .poll(() => summary.textContent())
      .toContain('Personer: sentralbord, svinn (pauser, møter, fravær)');
    await expect.poll(() => summary.textContent()).toContain('Skriv en kommentar til revisjonen.');
    await expectAccessible(page, 'switchboard form with error summary');

    // Undo takes back the last change: the shrinkage typed above.
    await page.getByRole('button', { name: 'Angre siste endring' }).click();
    await expect.poll(() => page.getByLabel('Svinn (pauser, møter, fravær) (%)').inputValue()).toBe('');
    await page.getByLabel('Svinn (pauser, møter, fravær) (%)').fill('20');
    await page.getByLabel('Kommentar til revisjonen').fill('Anropstall for test');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => page.getByText(/Lagret som revisjon \d+/).count()).toBe(1);

    await expect.poll(() => page.getByRole('row', { name: /Felles sentralbord/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /Gevinst ved felles kø/ }).count()).toBe(1);
    const sizing = page.getByRole('table', { name: 'Tre separate sentralbord mot ett felles' });
    await expect.poll(() => sizing.getByRole('row').count()).toBe(6);
    await expect.poll(() => page.getByTestId('switchboard-missing').count()).toBe(0);
    await expectAccessible(page, 'switchboard after save');
    await page.close();
  });

  it('an editor enters the retirement assumptions and absence as percent and saves them', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/ansatte`);
    // Results first: the forms are behind «Endre forutsetninger».
    const assumptions = page.locator('main summary', { hasText: 'Endre forutsetninger' });
    await expect.poll(() => assumptions.count(), { timeout: 30_000 }).toBe(1);
    await assumptions.click();
    const workforce = page.getByRole('region', { name: 'Forutsetninger for avgang' });
    await expect.poll(() => workforce.count()).toBe(1);
    await expect.poll(() => workforce.getByLabel('Alder for uttak av AFP (år)').inputValue()).toBe('62');
    await workforce.getByLabel(/^Andel av de som når AFP-alder/).fill('25,5');
    await workforce.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect
      .poll(() => workforce.locator('.form-error-summary').textContent())
      .toContain('Skriv en kommentar til revisjonen.');
    await expectAccessible(page, 'workforce form with error summary');
    await workforce.getByRole('textbox', { name: 'Hvem bør fastsette verdien (rolle)' }).fill('E2E-test');
    await workforce.getByLabel(/^Andel av de som fortsatt jobber/).fill('50');
    await workforce.getByLabel(/^Andel som slutter hvert år/).fill('3');
    await workforce.getByLabel('Kommentar til revisjonen').fill('Avgangsforutsetninger for test');
    await workforce.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => workforce.getByText(/Lagret som revisjon \d+/).count()).toBe(1);
    await expect.poll(() => workforce.getByLabel(/^Andel av de som når AFP-alder/).inputValue()).toBe('25,5');

    // The absence form builds on the revision the workforce form just saved: no conflict.
    const absence = page.getByRole('region', { name: 'Fravær' });
    await absence
      .getByLabel(/^Sykefravær \(%\): /)
      .first()
      .fill('6,5');
    await absence
      .getByLabel(/^Ferie \(%\): /)
      .first()
      .fill('10');
    await absence.getByRole('textbox', { name: 'Hvem bør fastsette verdien (rolle)' }).fill('E2E-test');
    await absence.getByLabel('Kommentar til revisjonen').fill('Fravær for test');
    await absence.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => absence.getByText(/Lagret som revisjon \d+/).count()).toBe(1);
    await expectAccessible(page, 'people forms after save');
    await page.close();
  });

  it('a reader sees the entered values without inputs to change them', async () => {
    const owner = await newPage(browser);
    await signInAs(owner, flokk.url, 'eier@flokk.local', PASSWORD);
    const me = (await (await owner.request.get(`${flokk.url}/api/auth/me`)).json()) as { csrfToken: string };
    const added = await owner.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { email: 'leser@flokk.local', displayName: 'Leser', password: READER_PASSWORD, role: 'reader' },
    });
    expect(added.status()).toBe(200);
    await owner.close();

    const reader = await newPage(browser);
    await signInAs(reader, flokk.url, 'leser@flokk.local', READER_PASSWORD);
    await reader.goto(`${flokk.url}/saker/${CASE}/sentralbord`);
    const aht = reader.getByLabel('Gjennomsnittlig behandlingstid (sekunder per anrop)');
    await expect.poll(() => aht.inputValue()).toBe('120');
    expect(await aht.getAttribute('readonly')).not.toBeNull();
    await expect.poll(() => reader.getByText(/Du har lesetilgang/).count()).toBe(1);
    expect(await reader.getByRole('button', { name: 'Lagre ny revisjon' }).count()).toBe(0);
    await expectAccessible(reader, 'switchboard inputs as reader');
    await reader.close();
  });
});
