/**
 * One net effect, computed once (issue 13): Melhus' net effect for one year under the scenario's own cost
 * key reads the same, to the krone, on the scenario page and on the cost-sharing page, and both pages pass
 * axe on a phone (390 px) and on a desktop screen (1 280 px).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-samme-tall';
const CASE = 'skaun-melhus-midtre-gauldal';
const SCENARIO = 'administrative-tjenester';
const AREA = 'lonn-regnskap-fakturering';
const YEAR = 2029;
const CASH_FLOW_CAPTION = 'Netto virkning per kommune og år (2025-kroner, faste priser)';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-same-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** Kroner as the page shows them (`−11 744 031 kr`) as a number. */
function kroner(text: string): number {
  const compact = text
    .replace(/[\s\u00a0\u202f]/g, '')
    .replace('\u2212', '-')
    .replace(/kr$/, '');
  const value = Number(compact);
  if (!Number.isFinite(value)) throw new Error(`not an amount: «${text}»`);
  return value;
}

/** The text of the cell in column `column` (by its header) of the row headed `row`, in the table `table`. */
async function cell(
  page: Page,
  table: string | RegExp,
  row: string | RegExp,
  column: string,
): Promise<string> {
  const grid = page.getByRole('table', { name: table }).first();
  const headers = await grid.getByRole('columnheader').allInnerTexts();
  const index = headers.findIndex((h) => h.trim() === column);
  if (index < 1) throw new Error(`no column «${column}» in ${headers.join(' | ')}`);
  const cells = grid
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: row }) })
    .first()
    .getByRole('cell');
  return cells.nth(index - 1).innerText();
}

async function scenarioFigure(page: Page): Promise<number> {
  await page.goto(`${flokk.url}/saker/${CASE}/scenarier/${SCENARIO}`);
  await expect
    .poll(() => page.getByRole('table', { name: CASH_FLOW_CAPTION, exact: true }).count(), {
      timeout: 30_000,
    })
    .toBe(1);
  return kroner(await cell(page, CASH_FLOW_CAPTION, /Melhus – vis eller skjul/, String(YEAR)));
}

async function costSharingFigure(page: Page): Promise<number> {
  await page.goto(`${flokk.url}/saker/${CASE}/kostnadsdeling?scenario=${SCENARIO}&scope=${AREA}`);
  const method = page.getByRole('combobox', { name: 'Fordeling for netto effekt' });
  await expect.poll(() => method.count(), { timeout: 60_000 }).toBe(1);
  // The net effect opens on the scenario's own key, marked as such.
  const chosen = await method.inputValue();
  expect(await method.locator(`option[value="${chosen}"]`).innerText()).toMatch(/\(scenarioets nøkkel\)$/);
  return kroner(await cell(page, /^Netto effekt per kommune og år med/, String(YEAR), 'Melhus'));
}

describe('the same net effect on the scenario page and the cost-sharing page', () => {
  it("reads Melhus' net effect under the scenario's key equal to the krone, and both pages pass axe", async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.setViewportSize({ width: 1280, height: 900 });
    const onScenario = await scenarioFigure(page);
    expect(onScenario).not.toBe(0);
    await expectAccessible(page, 'scenario page, 1 280 px');
    const onCostSharing = await costSharingFigure(page);
    await expectAccessible(page, 'cost-sharing page, 1 280 px');
    expect(onCostSharing).toBe(onScenario);

    // A phone: the same figures, and nothing wider than the screen but the tables that scroll.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await scenarioFigure(page)).toBe(onScenario);
    const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(await overflow()).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'scenario page, 390 px');
    expect(await costSharingFigure(page)).toBe(onScenario);
    expect(await overflow()).toBeLessThanOrEqual(1);
    await expectAccessible(page, 'cost-sharing page, 390 px');
    await page.close();
  });
});
