/**
 * The revision history in people's words, in a real browser: an edited labour cost reads as «Melhus, Lønn,
 * regnskap og fakturering: lønnskostnad 5 200 000 kr → 6 200 000 kr», never as a path; the owner restores
 * revision 1 through the button and its confirm dialog and finds the new revision; a reader sees no button.
 * Axe passes on the history, with the dialog open and as a reader.
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
// The central row; Melhus also has a decentral one, «(desentralt)».
const LABOUR_COST_MELHUS = /^Lønnskostnad \(kr\)\s+– Melhus, Lønn, regnskap og fakturering$/;
const LABOUR_COST_SOURCE_MELHUS = /^Kilde for lønnskostnad – Melhus, Lønn, regnskap og fakturering$/;
const CHANGE = 'Melhus, Lønn, regnskap og fakturering: lønnskostnad';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-history-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('history in words', () => {
  it('shows an edit in words and restores revision 1 as a new revision', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/grunnlag`);
    await expect.poll(() => page.getByLabel(LABOUR_COST_MELHUS).count()).toBe(1);
    await page.getByLabel(LABOUR_COST_MELHUS).fill('6 200 000');
    // A changed figure needs a new source or is the editor's own value (sources stay true).
    await page.getByLabel(LABOUR_COST_SOURCE_MELHUS).selectOption({ label: 'Egen verdi' });
    await page.getByLabel('Kommentar til revisjonen').fill('Ny lønnskostnad for Melhus');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => page.getByText(/revisjon 2/i).count()).toBeGreaterThan(0);

    await page.goto(`${flokk.url}/saker/${CASE}/historikk`);
    const table = page.locator('.history-table');
    await expect.poll(() => table.getByText(CHANGE).count()).toBe(1);
    const change = table.locator('li', { hasText: CHANGE });
    await expect(change.textContent()).resolves.toMatch(/5\s200\s000 kr\s*→\s*endret til\s*6\s200\s000 kr/);
    await expect(table.getByText(/baseline\[/).count()).resolves.toBe(0);
    await expect(table.locator('code').count()).resolves.toBe(0);
    await expectAccessible(page, 'history in words');

    // Only the older revision can be restored; the newest is what is there already.
    const restore = page.getByRole('button', { name: /^Gjenopprett denne revisjonen/ });
    await expect(restore.count()).resolves.toBe(1);
    await page.getByRole('button', { name: 'Gjenopprett denne revisjonen (revisjon 1)' }).click();
    const dialog = page.getByRole('dialog', { name: 'Gjenopprette revisjon 1?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(page, 'restore dialog');
    await dialog.getByRole('button', { name: 'Gjenopprett revisjon 1' }).click();

    await expect.poll(() => page.getByText('Revisjon 1 er gjenopprettet som revisjon 3.').count()).toBe(1);
    await expect.poll(() => table.getByText('Gjenoppretter revisjon 1').count()).toBe(1);
    // Revision 3 undoes revision 2: the same field, back again.
    await expect.poll(() => table.locator('li', { hasText: CHANGE }).count()).toBe(2);
    await expectAccessible(page, 'history after a restore');

    await page.getByRole('link', { name: 'Se revisjon 3' }).click();
    await page.waitForURL((url) => url.pathname.endsWith(`/saker/${CASE}/historikk/3`));
    await expect.poll(() => page.getByText('Du ser revisjon 3, som er den nyeste.').count()).toBe(1);

    const saved = (await (await page.request.get(`${flokk.url}/api/cases/${CASE}/revisions/3`)).json()) as {
      document: unknown;
    };
    const first = (await (await page.request.get(`${flokk.url}/api/cases/${CASE}/revisions/1`)).json()) as {
      document: unknown;
    };
    expect(saved.document).toEqual(first.document);
    await page.close();
  });

  it('shows a reader the history in words but no restore button', async () => {
    const owner = await newPage(browser);
    await signInAs(owner, flokk.url, 'eier@flokk.local', PASSWORD);
    const csrf = (await (await owner.request.get(`${flokk.url}/api/auth/me`)).json()) as {
      csrfToken: string;
    };
    const added = await owner.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
      headers: { 'x-csrf-token': csrf.csrfToken },
      data: { email: 'leser@flokk.local', displayName: 'Leser', password: READER_PASSWORD, role: 'reader' },
    });
    expect(added.status()).toBe(200);
    await owner.close();

    const reader = await newPage(browser);
    await signInAs(reader, flokk.url, 'leser@flokk.local', READER_PASSWORD);
    await reader.goto(`${flokk.url}/saker/${CASE}/historikk`);
    await expect.poll(() => reader.locator('.history-table').getByText(CHANGE).count()).toBe(2);
    await expect(reader.getByRole('button', { name: /Gjenopprett/ }).count()).resolves.toBe(0);
    await expectAccessible(reader, 'history as reader');
    await reader.close();
  });
});
