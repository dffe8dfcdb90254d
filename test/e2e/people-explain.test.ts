/**
 * Departures explained in a real browser: on the staff page the owner opens the FTE Skaun's payroll unit has
 * departed by 2026 (high bound) down to the ages in the saksframlegg, while the switchboard's small groups
 * offer no explanation at all; the panel passes axe.
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

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-people-explain-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('departures explained', () => {
  it('opens Skaun’s departed FTE by 2026, and offers nothing for the withheld switchboard groups', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/ansatte`);
    // Skaun, ages 59–66, 5 FTE: 0 (low) – 1.75 (high) FTE departed in 2026; the high bound is the second figure.
    const trigger = page.getByRole('button', { name: /^Forklar: Skaun: t\.o\.m\. 2026, 1,8$/ });
    await expect.poll(() => trigger.count(), { timeout: 60_000 }).toBe(1);
    const switchboard = page.locator('section[aria-labelledby="area-sentralbord"]');
    expect(await switchboard.getByRole('button', { name: /^Forklar:/ }).count()).toBe(0);
    await trigger.click();
    const dialog = page.getByRole('dialog');
    await expect
      .poll(() => dialog.getByText(/Årsverk gått av til og med 2026, Skaun/).count(), { timeout: 30_000 })
      .toBeGreaterThan(0);
    await expectAccessible(page, 'departures explained');
  });
});
