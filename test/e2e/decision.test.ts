/**
 * The decision page in a real browser (issue 17): a reader opens the case, chooses Melhus, and finds the net
 * effect, the range in words, the payback and the placeholders in the first screenful with no form field
 * above them; a figure opens its explanation; axe passes on a laptop and a phone; the print is at most two A4
 * pages (Chromium's own PDF of the page, counted by poppler's pdfinfo).
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const READER_EMAIL = 'leser-melhus@flokk.local';
const READER_PASSWORD = 'leserens-passord-langt';
const CASE = 'skaun-melhus-midtre-gauldal';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;
let reader: Page;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-decision-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
  const owner = await newPage(browser);
  await signInAs(owner, flokk.url, 'eier@flokk.local', PASSWORD);
  const me = (await (await owner.request.get(`${flokk.url}/api/auth/me`)).json()) as { csrfToken: string };
  const added = await owner.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { email: READER_EMAIL, displayName: 'Mona Melhus', password: READER_PASSWORD, role: 'reader' },
  });
  expect(added.status()).toBeLessThan(300);
  await owner.close();
  reader = await newPage(browser);
  await reader.setViewportSize({ width: 1280, height: 800 });
  await signInAs(reader, flokk.url, READER_EMAIL, READER_PASSWORD);
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The top of the first form field in `main`, or Infinity when there is none. */
function firstFieldTop(page: Page): Promise<number> {
  return page.evaluate(() => {
    const tops = [...document.querySelectorAll('main input, main select, main textarea')].map(
      (field) => field.getBoundingClientRect().top,
    );
    return tops.length ? Math.min(...tops) : Infinity;
  });
}

describe('decision page', () => {
  it("shows a reader Melhus' answer first, without scrolling past a form field", async () => {
    await reader.goto(`${flokk.url}/`);
    await reader
      .getByRole('link', { name: /Skaun, Melhus og Midtre Gauldal/ })
      .first()
      .click();
    await reader.waitForURL((url) => url.pathname === `/saker/${CASE}`);
    await reader.getByRole('navigation', { name: 'Kommune' }).getByRole('link', { name: 'Melhus' }).click();
    await reader.getByRole('heading', { level: 1, name: 'Hva betyr dette for Melhus?' }).waitFor();
    expect(new URL(reader.url()).searchParams.get('kommune')).toBe('melhus');
    await expect.poll(() => reader.title()).toBe('Hva betyr dette for Melhus? – Flokk');
    // The case records no chosen scenario: the page says so rather than implying a decision.
    await reader
      .getByText(/Ingen scenario er vedtatt\. Tallene gjelder «Felles enhet for administrative tjenester»/)
      .waitFor();

    // Hand-checked against the unit test: Melhus nets 12 618 909 kr over 2026–2035, NPV 9 737 433 kr,
    // P10–P90 of 10 000 draws 7 970 461 – 11 435 650 kr; no outlay to pay back; 20 placeholders.
    const net = reader.locator('[data-figure="net"]');
    const npv = reader.locator('[data-figure="npv"]');
    const range = reader.locator('[data-figure="range"]');
    const payback = reader.locator('[data-figure="payback"]');
    const placeholders = reader.getByText(/^20 verdier er plassholdere/);
    await expect.poll(() => net.innerText()).toContain('12,6 mill. kr');
    expect(await npv.innerText()).toContain('9,7 mill. kr');
    expect((await range.innerText()).replace(/\s+/g, ' ')).toContain(
      'I 8 av 10 simulerte utfall mellom 8,0 og 11,4 mill. kr.',
    );
    expect(await payback.innerText()).toContain('Ingen utlegg å tjene inn');
    await placeholders.waitFor();

    const viewport = reader.viewportSize()?.height ?? 0;
    const fieldTop = await firstFieldTop(reader);
    for (const [name, figure] of Object.entries({ net, npv, range, payback, placeholders })) {
      const box = await figure.boundingBox();
      expect(box, name).not.toBeNull();
      // Within the first screenful, and no form field above it in the page's content.
      expect(box!.y + box!.height, name).toBeLessThanOrEqual(viewport);
      expect(box!.y, name).toBeLessThan(fieldTop);
    }
    expect(await reader.locator('main input, main select, main textarea').count()).toBe(0);
    await expectAccessible(reader, 'decision page, 1280 px');
  });

  it('opens the explanation of the net present value in the explain panel', async () => {
    await reader
      .getByRole('button', { name: /Nåverdi for Melhus/ })
      .first()
      .click();
    const dialog = reader.getByRole('dialog');
    await dialog.waitFor();
    await expect.poll(() => dialog.innerText()).toMatch(/9 737 433|9,7/);
    await reader.keyboard.press('Escape');
    await expect.poll(() => dialog.count()).toBe(0);
  });

  it('remembers Melhus, fits a 390 px phone and passes axe there', async () => {
    await reader.setViewportSize({ width: 390, height: 844 });
    await reader.goto(`${flokk.url}/saker/${CASE}`);
    await reader.getByRole('heading', { level: 1, name: 'Hva betyr dette for Melhus?' }).waitFor();
    await reader.locator('[data-figure="range"]').waitFor();
    const overflow = await reader.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // The case menu stays one line on a phone (it scrolls inside itself) instead of five lines above the answer.
    const menu = reader.getByRole('navigation', { name: 'Saksmeny' }).getByRole('list');
    const box = await menu.boundingBox();
    const link = await menu.getByRole('link').first().boundingBox();
    expect(box && link && box.height < 2 * link.height).toBe(true);
    await expectAccessible(reader, 'decision page, 390 px');
  });

  it('prints on at most two A4 pages', async () => {
    await reader.setViewportSize({ width: 1280, height: 800 });
    await reader.goto(`${flokk.url}/saker/${CASE}?kommune=melhus`);
    await reader.locator('[data-figure="range"]').waitFor();
    const pdf = await reader.pdf({ format: 'A4', printBackground: true });
    const file = join(dataDir, 'decision.pdf');
    writeFileSync(file, pdf);
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1]);
    process.stdout.write(`decision page print: ${pages} A4 pages, ${pdf.length} bytes\n`);
    expect(pages).toBeGreaterThanOrEqual(1);
    expect(pages).toBeLessThanOrEqual(2);
  });
});
