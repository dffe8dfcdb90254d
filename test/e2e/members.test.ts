/**
 * The members screen in a real browser: the owner adds a reader (after a refused short and a refused common
 * password shown in the error summary), the reader sees ":" for small groups and is turned away from the
 * members page, the owner promotes the reader to editor and is asked before stepping down as the last owner,
 * then removes the member with the keyboard after confirming in a dialog, and axe passes throughout.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const READER_EMAIL = 'ny-leser@flokk.local';
const READER_NAME = 'Nina Leser';
const READER_PASSWORD = 'leserens-passord-langt';
const CASE = 'skaun-melhus-midtre-gauldal';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-members-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function ownerPage(): Promise<Page> {
  const page = await newPage(browser);
  await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
  return page;
}

async function roleOf(page: Page, email: string): Promise<string | undefined> {
  const response = await page.request.get(`${flokk.url}/api/cases/${CASE}/members`);
  const members = (await response.json()) as { email: string; role: string }[];
  return members.find((m) => m.email === email)?.role;
}

describe('members screen', () => {
  it('lets the owner add a reader, shows API errors in the summary, and passes axe', async () => {
    const owner = await ownerPage();
    await owner.goto(`${flokk.url}/saker/${CASE}`);
    const menuLink = owner.getByRole('link', { name: 'Medlemmer' });
    await expect.poll(() => menuLink.count()).toBe(1);
    await menuLink.click();
    await owner.waitForURL((url) => url.pathname.endsWith('/medlemmer'));
    await expect.poll(() => owner.getByRole('table', { name: /Medlemmer i saken/ }).count()).toBe(1);
    await expect.poll(() => owner.getByRole('cell', { name: 'eier@flokk.local' }).count()).toBe(1);
    await expect
      .poll(() => owner.getByText(/kan lese saken og ser ikke alder for små grupper/).count())
      .toBe(1);
    await expectAccessible(owner, 'members');

    await owner.getByLabel('E-post', { exact: true }).fill(READER_EMAIL);
    await owner.getByLabel('Navn', { exact: true }).fill(READER_NAME);
    await owner.getByLabel('Første passord').fill('for-kort');
    await owner.getByRole('button', { name: 'Legg til' }).click();
    const summaryLink = owner.getByRole('link', { name: /Første passord: må ha minst 12 tegn/ });
    await expect.poll(() => summaryLink.count()).toBe(1);
    await expectAccessible(owner, 'members with error summary');
    await summaryLink.click();
    await expect.poll(() => owner.evaluate(() => document.activeElement?.id)).toBe('member-add-password');

    await owner.getByLabel('Første passord').fill('leavemealone');
    await owner.getByRole('button', { name: 'Legg til' }).click();
    await expect
      .poll(() => owner.getByRole('link', { name: /Første passord: er blant de mest brukte/ }).count())
      .toBe(1);

    await owner.getByLabel('Første passord').fill(READER_PASSWORD);
    await owner.getByRole('button', { name: 'Legg til' }).click();
    await expect
      .poll(() =>
        owner
          .getByRole('status')
          .filter({ hasText: `${READER_NAME} er lagt til som Leser.` })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => owner.getByRole('cell', { name: READER_EMAIL }).count()).toBe(1);
    await expect.poll(() => roleOf(owner, READER_EMAIL)).toBe('reader');
    await owner.close();
  });

  it('shows the reader ":" for small groups and turns them away from the members page', async () => {
    const reader = await newPage(browser);
    await signInAs(reader, flokk.url, READER_EMAIL, READER_PASSWORD);
    await reader.goto(`${flokk.url}/saker/${CASE}/oversikt`);
    await expect.poll(() => reader.locator('abbr.figure--suppressed').count()).toBeGreaterThan(0);
    expect(await reader.locator('abbr.figure--suppressed').first().textContent()).toBe(':');
    await expect.poll(() => reader.getByRole('link', { name: 'Ansatte' }).count()).toBe(1);
    expect(await reader.getByRole('link', { name: 'Medlemmer' }).count()).toBe(0);

    await reader.goto(`${flokk.url}/saker/${CASE}/medlemmer`);
    await expect.poll(() => reader.getByText('Bare eieren kan styre medlemmer').count()).toBe(1);
    expect(await reader.getByRole('table').count()).toBe(0);
    await expectAccessible(reader, 'members as reader');
    await reader.close();
  });

  it('lets the owner promote the reader to editor and asks before the last owner steps down', async () => {
    const owner = await ownerPage();
    await owner.goto(`${flokk.url}/saker/${CASE}/medlemmer`);
    const select = owner.getByLabel(`Ny rolle for ${READER_NAME}`);
    await expect.poll(() => select.count()).toBe(1);
    await select.selectOption('editor');
    await owner.getByRole('button', { name: `Lagre rolle for ${READER_NAME}` }).click();
    await expect
      .poll(() =>
        owner
          .getByRole('status')
          .filter({ hasText: `${READER_NAME} har nå rollen Redaktør.` })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => roleOf(owner, READER_EMAIL)).toBe('editor');

    const ownName = (await owner.getByRole('rowheader', { name: /\(deg\)/ }).textContent()) ?? '';
    const name = ownName.replace(' (deg)', '');
    await owner.getByLabel(`Ny rolle for ${name}`).selectOption('reader');
    await owner.getByRole('button', { name: `Lagre rolle for ${name}` }).click();
    const dialog = owner.getByRole('dialog', { name: 'Vil du endre rollen?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(owner, 'members with confirmation');
    await dialog.getByRole('button', { name: 'Endre rollen' }).click();
    await expect.poll(() => owner.getByRole('link', { name: /saken må ha minst én eier/ }).count()).toBe(1);
    await expect.poll(() => roleOf(owner, 'eier@flokk.local')).toBe('owner');
    await expectAccessible(owner, 'members with last-owner error');
    await owner.close();
  });

  it('lets the owner remove a member by keyboard after confirming, but not the last owner', async () => {
    const owner = await ownerPage();
    await owner.goto(`${flokk.url}/saker/${CASE}/medlemmer`);
    const focused = () => owner.evaluate(() => document.activeElement?.textContent ?? '');
    const remove = owner.getByRole('button', { name: `Fjern ${READER_NAME} fra saken` });
    await expect.poll(() => remove.count()).toBe(1);
    const dialog = owner.getByRole('dialog', { name: `Vil du fjerne ${READER_NAME} fra saken?` });

    await remove.focus();
    await owner.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    // Cancel has the focus, so Enter alone removes nobody; Escape closes the dialog.
    await expect.poll(focused).toBe('Avbryt');
    await expectAccessible(owner, 'members with remove confirmation');
    await owner.keyboard.press('Escape');
    await expect.poll(() => dialog.isVisible()).toBe(false);
    expect(await roleOf(owner, READER_EMAIL)).toBe('editor');

    await remove.focus();
    await owner.keyboard.press('Enter');
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await owner.keyboard.press('Tab');
    await expect.poll(focused).toBe('Fjern fra saken');
    await owner.keyboard.press('Enter');
    await expect
      .poll(() =>
        owner
          .getByRole('status')
          .filter({ hasText: `${READER_NAME} er fjernet fra saken.` })
          .count(),
      )
      .toBe(1);
    await expect.poll(() => owner.getByRole('cell', { name: READER_EMAIL }).count()).toBe(0);
    await expect.poll(() => roleOf(owner, READER_EMAIL)).toBeUndefined();

    // The only owner cannot be removed: the dialog warns, and the server refuses.
    const ownName = (await owner.getByRole('rowheader', { name: /\(deg\)/ }).textContent()) ?? '';
    const name = ownName.replace(' (deg)', '');
    await owner.getByRole('button', { name: `Fjern ${name} fra saken` }).click();
    const selfDialog = owner.getByRole('dialog', { name: `Vil du fjerne ${name} fra saken?` });
    await expect.poll(() => selfDialog.isVisible()).toBe(true);
    await expect.poll(() => selfDialog.getByText(/er den eneste eieren/).count()).toBe(1);
    await selfDialog.getByRole('button', { name: 'Fjern fra saken' }).click();
    await expect
      .poll(() => owner.getByRole('link', { name: /den eneste eieren kan ikke fjernes/ }).count())
      .toBe(1);
    await expect.poll(() => roleOf(owner, 'eier@flokk.local')).toBe('owner');
    await expectAccessible(owner, 'members with last-owner removal refused');
    await owner.close();
  });
});
