/**
 * The whole path in a real browser: sign in, edit a baseline figure, save a revision, see it in the
 * history, restart the server and find it again; a conflicting save loses nothing; invalid input names the
 * field; every page passes axe (WCAG 2.1 AA).
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
const SWITCHBOARD_SKAUN = /Årsverk.*Skaun.*Sentralbord/;
/** A changed figure needs a new source (issue 15): these edits are the user's own values. */
const SWITCHBOARD_SKAUN_SOURCE = /Kilde for årsverk.*Skaun.*Sentralbord/;

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page): Promise<void> {
  await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
}

async function markOwnValue(page: Page): Promise<void> {
  await page.getByLabel(SWITCHBOARD_SKAUN_SOURCE).selectOption({ label: 'Egen verdi' });
}

async function openBaselineEditor(page: Page): Promise<void> {
  await page.goto(`${flokk.url}/saker/${CASE}/grunnlag`);
  await expect.poll(() => page.getByLabel(SWITCHBOARD_SKAUN).count()).toBe(1);
}

describe('Flokk in the browser', () => {
  it('prints the address and how to sign in at start', () => {
    expect(flokk.output()).toContain(flokk.url);
    expect(flokk.output()).toContain('eier@flokk.local');
  });

  it('every page passes axe, signed out and signed in', async () => {
    const page = await newPage(browser);
    await page.goto(`${flokk.url}/logg-inn`);
    await expectAccessible(page, 'sign-in');
    await page.goto(`${flokk.url}/status/${CASE}`);
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);
    await expectAccessible(page, 'public status');

    await signIn(page);
    await page.goto(`${flokk.url}/`);
    await expect
      .poll(() => page.getByRole('link', { name: /Skaun, Melhus og Midtre Gauldal/ }).count())
      .toBeGreaterThan(0);
    await expectAccessible(page, 'case list');
    await page.goto(`${flokk.url}/saker/${CASE}/oversikt`);
    await expect.poll(() => page.getByText('14 800 000 kr').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'overview');
    await openBaselineEditor(page);
    await expectAccessible(page, 'baseline editor');
    await page.goto(`${flokk.url}/saker/${CASE}/historikk`);
    await expect.poll(() => page.getByRole('heading', { name: 'Revisjonshistorikk' }).count()).toBe(1);
    await expectAccessible(page, 'history');
    await page.goto(`${flokk.url}/saker/${CASE}/historikk/1`);
    await expect.poll(() => page.getByText('14 800 000 kr').count()).toBeGreaterThan(0);
    await expectAccessible(page, 'revision 1');
    await page.close();
  });

  it('shows the totals computed from the rows, and ":" for small groups to readers', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await page.goto(`${flokk.url}/saker/${CASE}/oversikt`);
    for (const figure of ['17,6', '14 800 000 kr', '2,6', '2 080 000 kr', '7,9', '6 320 000 kr']) {
      await expect
        .poll(() => page.getByText(figure, { exact: true }).count(), { message: figure })
        .toBeGreaterThan(0);
    }
    // The source's TOTALT row (6 420 000 kr) is shown beside the sum of the rows, not in place of it.
    await expect.poll(() => page.getByText('6 420 000 kr').count()).toBeGreaterThan(0);
    // The owner entered the data and sees the switchboard ages; a reader gets ":".
    await expect.poll(() => page.getByText('51 år').count()).toBeGreaterThan(0);
    const csrf = (await (await page.request.get(`${flokk.url}/api/auth/me`)).json()) as { csrfToken: string };
    const added = await page.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
      headers: { 'x-csrf-token': csrf.csrfToken },
      data: {
        email: 'leser@flokk.local',
        displayName: 'Leser',
        password: 'lesepassord-langt',
        role: 'reader',
      },
    });
    expect(added.status()).toBe(200);

    const reader = await newPage(browser);
    await reader.goto(`${flokk.url}/logg-inn`);
    await reader.getByLabel('E-post').fill('leser@flokk.local');
    await reader.getByLabel('Passord').fill('lesepassord-langt');
    await reader.getByRole('button', { name: 'Logg inn' }).click();
    await reader.waitForURL((url) => !url.pathname.startsWith('/logg-inn'));
    await reader.goto(`${flokk.url}/saker/${CASE}/oversikt`);
    await expect.poll(() => reader.getByText('59–66 år').count()).toBeGreaterThan(0);
    await expect.poll(() => reader.getByText('51 år').count()).toBe(0);
    // Switchboard (0,8/1,0/0,8 FTE) and archive (1,7/3,7/2,5 FTE): every group may be under 5 persons.
    await expect.poll(() => reader.locator('abbr.figure--suppressed').count()).toBe(6);
    await expectAccessible(reader, 'overview as reader');
    await reader.goto(`${flokk.url}/saker/${CASE}/grunnlag`);
    await expect.poll(() => reader.getByLabel(SWITCHBOARD_SKAUN).count()).toBe(0);
    await expectAccessible(reader, 'baseline editor as reader');
    await reader.close();
    await page.close();
  });

  it('passes axe in nynorsk and English too', async () => {
    const page = await newPage(browser);
    await signIn(page);
    for (const language of ['nn', 'en']) {
      await page.goto(`${flokk.url}/saker/${CASE}/oversikt`);
      await page.getByLabel(/Språk|Language/).selectOption(language);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      await expect.poll(() => page.getByText('14 800 000 kr').count()).toBeGreaterThan(0);
      await expectAccessible(page, `overview (${language})`);
      await page.goto(`${flokk.url}/saker/${CASE}/grunnlag`);
      await expectAccessible(page, `baseline editor (${language})`);
    }
    await page.close();
  });

  it('refuses invalid input with a message naming the field, and stores nothing', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await openBaselineEditor(page);
    await page.getByLabel(SWITCHBOARD_SKAUN).fill('-3');
    await page.getByLabel('Kommentar til revisjonen').fill('Ugyldig verdi');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    // Named as the form labels the field, never by its path in the document.
    await expect.poll(() => page.getByText(/Må være minst 0/).count()).toBeGreaterThan(0);
    await expect(page.getByText(/baseline\[/).count()).resolves.toBe(0);
    const history = await page.request.get(`${flokk.url}/api/cases/${CASE}/revisions`);
    expect(((await history.json()) as { items: unknown[] }).items.length).toBe(1);
    await page.close();
  });

  it('saves an edit as a new revision, lists it in the history, and keeps it after a restart', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await openBaselineEditor(page);
    await page.getByLabel(SWITCHBOARD_SKAUN).fill('0,9');
    await markOwnValue(page);
    await page
      .getByLabel('Kommentar til revisjonen')
      .fill('Skaun sentralbord: 0,9 årsverk etter ny åpningstid');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => page.getByText(/revisjon 2/i).count()).toBeGreaterThan(0);

    await page.goto(`${flokk.url}/saker/${CASE}/historikk`);
    await expect
      .poll(() => page.getByText('Skaun sentralbord: 0,9 årsverk etter ny åpningstid').count())
      .toBe(1);
    await expectAccessible(page, 'history with two revisions');
    await page.close();

    await flokk.stop();
    flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
    const after = await newPage(browser);
    await signIn(after);
    await openBaselineEditor(after);
    await expect(after.getByLabel(SWITCHBOARD_SKAUN).inputValue()).resolves.toBe('0,9');
    await after.goto(`${flokk.url}/saker/${CASE}/historikk`);
    await expect
      .poll(() => after.getByText('Skaun sentralbord: 0,9 årsverk etter ny åpningstid').count())
      .toBe(1);
    await after.close();
  });

  it('a second user saving against the same revision gets a clear conflict and keeps what was typed', async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    await signIn(first);
    await signIn(second);
    await openBaselineEditor(first);
    await openBaselineEditor(second);

    await first.getByLabel(SWITCHBOARD_SKAUN).fill('1,1');
    await markOwnValue(first);
    await first.getByLabel('Kommentar til revisjonen').fill('Første bruker');
    await first.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => first.getByText(/revisjon 3/i).count()).toBeGreaterThan(0);

    await second.getByLabel(SWITCHBOARD_SKAUN).fill('1,25');
    await markOwnValue(second);
    await second.getByLabel('Kommentar til revisjonen').fill('Andre bruker');
    await second.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => second.getByText(/revisjon 3/).count()).toBeGreaterThan(0);
    await expect(second.getByLabel(SWITCHBOARD_SKAUN).inputValue()).resolves.toBe('1,25');
    await expect(second.getByLabel('Kommentar til revisjonen').inputValue()).resolves.toBe('Andre bruker');
    await expectAccessible(second, 'conflict');
  });
});
