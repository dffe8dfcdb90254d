/**
 * One click in the web (issue 15): a computed figure opens a panel with its formula, its revision and its
 * inputs as a tree, down to a value in the case with its source. On the scenario page, Melhus' NPV opens to
 * a year's net effect, Melhus' cost today in an area and the labour cost from the saksframlegg; on the
 * cost-sharing page, Melhus' nucleolus amount opens to a coalition's cost and the same kind of labour cost.
 * The open panel passes axe at 1 280 and 390 px, fits the phone, and gives focus back when closed.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-forklaring';
const CASE = 'skaun-melhus-midtre-gauldal';
const SCENARIO = 'administrative-tjenester';
const AREA = 'lonn-regnskap-fakturering';
const MELHUS = '5028';
const REVISION = /Revisjon \d+, lagret \d{1,2}\. \p{L}+ \d{4} kl\. \d{2}\.\d{2}/u;

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-explain-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The title of the document Melhus' labour costs in the default case come from: the saksframlegg. */
function labourSourceTitle(): string {
  const document = defaultCase();
  const sourceIds = document.baseline.flatMap((r) => {
    const source = r.municipalityNumber === MELHUS ? r.sources.labourCost : undefined;
    return source && 'document' in source ? [source.document] : [];
  });
  const title = document.sources.find((s) => s.id === sourceIds[0])?.title;
  if (!title) throw new Error("no source for Melhus' labour cost in the default case");
  return title;
}

/** The inputs of a node (the panel or an opened input) that a step makes. */
function inputs(container: Locator, step: string): Locator {
  return container.locator(`:scope > ul.explain-tree > li > details[data-step="${step}"]`);
}

/** Opens one input of the tree and waits for its explanation; returns the part under its summary. */
async function open(node: Locator): Promise<Locator> {
  await node.locator(':scope > summary').click();
  const content = node.locator(':scope > .explain-node-content');
  await expect
    .poll(() => content.locator(':scope > .explain-node-body, :scope > .explain-error').count(), {
      timeout: 30_000,
    })
    .toBe(1);
  const error = content.locator(':scope > .explain-error');
  if ((await error.count()) > 0) throw new Error(`explanation failed: ${await error.innerText()}`);
  return content.locator(':scope > .explain-node-body');
}

/**
 * Opens Melhus' labour-cost input under `body`, and below it labour-cost inputs again (a sum of baseline rows)
 * until a value in the case (a leaf with its field), and returns that leaf's text.
 */
async function labourLeaf(body: Locator): Promise<string> {
  let current = body;
  for (let depth = 0; depth < 4; depth += 1) {
    const field = current.locator(':scope > .explain-field');
    if ((await field.count()) > 0) return field.innerText();
    const labour = current
      .locator(':scope > ul.explain-tree > li > details')
      .filter({ has: current.page().locator(':scope > summary', { hasText: /Melhus.*lønnskost/i }) })
      .first();
    if ((await labour.count()) === 0) throw new Error(`no labour cost under: ${await current.innerText()}`);
    current = await open(labour);
  }
  throw new Error('no value in the case within four levels of the labour cost');
}

/** Clicks the figure named `name`, checks that the panel opened with focus in it, and returns the panel. */
async function openPanel(page: Page, name: RegExp): Promise<Locator> {
  const trigger = page.getByRole('button', { name }).first();
  await expect.poll(() => trigger.count(), { timeout: 60_000 }).toBe(1);
  expect(await trigger.getAttribute('aria-haspopup')).toBe('dialog');
  await trigger.click();
  const dialog = page.getByRole('dialog');
  await expect.poll(() => dialog.locator('.explain-revision').count(), { timeout: 30_000 }).toBe(1);
  expect(await page.evaluate(() => document.activeElement?.closest('dialog') !== null)).toBe(true);
  expect(await dialog.locator('.explain-revision').innerText()).toMatch(REVISION);
  return dialog;
}

/** Escape closes the panel and focus returns to the figure that opened it. */
async function closeWithEscape(page: Page, name: RegExp): Promise<void> {
  await page.keyboard.press('Escape');
  await expect.poll(() => page.getByRole('dialog').count()).toBe(0);
  const focused = await page.evaluate(() => document.activeElement?.getAttribute('aria-label') ?? '');
  expect(focused).toMatch(name);
}

/** The panel is no wider than the screen and scrolls nothing sideways. */
async function expectFitsPhone(dialog: Locator): Promise<void> {
  const box = await dialog.evaluate((element) => ({
    left: element.getBoundingClientRect().left,
    right: element.getBoundingClientRect().right,
    overflow: element.scrollWidth - element.clientWidth,
  }));
  expect(box.left).toBeGreaterThanOrEqual(0);
  expect(box.right).toBeLessThanOrEqual(390);
  expect(box.overflow).toBeLessThanOrEqual(1);
}

describe('one click from a figure to its sources', () => {
  let page: Page;
  const source = labourSourceTitle();

  beforeAll(async () => {
    page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
  });
  afterAll(() => page?.close());

  it("opens Melhus' NPV down to the labour cost in the saksframlegg, accessible at 1 280 and 390 px", async () => {
    const npv = /^Forklar: Netto nåverdi for Melhus, /;
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(`${flokk.url}/saker/${CASE}/scenarier/${SCENARIO}`);
      const dialog = await openPanel(page, npv);
      expect(await dialog.getByRole('heading', { level: 2 }).innerText()).toMatch(/Melhus/);
      expect(await dialog.locator('.explain-symbols').first().innerText()).not.toBe('');
      // The last year has the full effect, so every line of the net effect is there.
      const body = dialog.locator('.explain-section').last();
      const net = await open(inputs(body, 'net').last());
      const costToday = await open(inputs(net, 'cost_today').first());
      const leaf = await labourLeaf(costToday);
      expect(leaf).toContain(`Kilde: ${source}`);
      expect(leaf).toMatch(/Tabell|tabell|teksten/);
      expect(leaf).not.toMatch(/serviceAreas|baseline\[|field\//);
      await expect.poll(() => dialog.getByRole('link', { name: /^Endre/ }).count()).toBeGreaterThan(0);
      if (width === 390) await expectFitsPhone(dialog);
      await expectAccessible(page, `explanation of an NPV, ${width} px`);
      await closeWithEscape(page, npv);
    }
  });

  it("opens Melhus' nucleolus amount down to a coalition's cost and the labour cost, accessible at 1 280 and 390 px", async () => {
    const nucleolus = /^Forklar: Nukleolus: hva Melhus betaler per år, /;
    for (const width of [1280, 390]) {
      await page.setViewportSize({ width, height: width === 390 ? 844 : 900 });
      await page.goto(`${flokk.url}/saker/${CASE}/kostnadsdeling?scenario=${SCENARIO}&scope=${AREA}`);
      const dialog = await openPanel(page, nucleolus);
      const body = dialog.locator('.explain-section').last();
      // A group with Melhus in it: its cost rests on each member's labour cost today.
      const coalition = await open(
        inputs(body, 'coalition_cost')
          .filter({ hasText: /Melhus/ })
          .first(),
      );
      const leaf = await labourLeaf(coalition);
      expect(leaf).toContain(`Kilde: ${source}`);
      if (width === 390) await expectFitsPhone(dialog);
      await expectAccessible(page, `explanation of a nucleolus amount, ${width} px`);
      await closeWithEscape(page, nucleolus);
    }
  });
});
