/**
 * The baseline import page in a real browser: the owner downloads the template through the page's link,
 * changes three cells with exceljs, uploads the file, sees exactly those three changes, saves, and finds the new
 * revision «Importert fra regneark» in the history; a workbook with a bad cell shows the error summary naming
 * sheet, row and column. axe passes at 1 280 and 390 px.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-import';
const CASE = 'skaun-melhus-midtre-gauldal';
const SLOW = { timeout: 60_000 };

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-import-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The downloaded template with column H («Årsverk») of the given sheet rows set. */
async function edit(
  template: Buffer,
  values: Record<number, ExcelJS.CellValue>,
  name: string,
): Promise<string> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(template as unknown as ArrayBuffer);
  const sheet = book.getWorksheet('Grunnlag');
  if (!sheet) throw new Error('no sheet Grunnlag');
  for (const [row, value] of Object.entries(values)) sheet.getCell(`H${row}`).value = value;
  const path = join(dataDir, name);
  writeFileSync(path, new Uint8Array(await book.xlsx.writeBuffer()));
  return path;
}

describe('baseline import page', () => {
  it('downloads the template, previews exactly three changes and saves one revision', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/grunnlag`);
    await page.getByRole('link', { name: 'Importer fra regneark (Excel)' }).click();
    await page.getByRole('heading', { level: 1, name: 'Importer grunnlaget fra regneark' }).waitFor();
    await expectAccessible(page, 'import page');

    const [download] = await Promise.all([
      page.waitForEvent('download', SLOW),
      page.getByRole('link', { name: 'Last ned malen (Excel)' }).click(),
    ]);
    const template = readFileSync(await download.path());

    // A bad cell first: the error summary names the sheet, row and column; nothing is offered for saving.
    await page
      .getByLabel('Velg den utfylte arbeidsboken (.xlsx)')
      .setInputFiles(await edit(template, { 3: 'mange' }, 'feil.xlsx'));
    await page.getByText('Ark Grunnlag, rad 3, kolonne Årsverk: Må være et tall, ikke «mange»').waitFor(SLOW);
    await expectAccessible(page, 'import errors');
    expect(await page.getByRole('button', { name: 'Lagre som ny revisjon' }).count()).toBe(0);

    // Rows 2–4 are the finance rows of Midtre Gauldal, Melhus and Skaun: 6,2 / 6,4 / 5,0 FTE in the saksframlegg.
    await page
      .getByLabel('Velg den utfylte arbeidsboken (.xlsx)')
      .setInputFiles(await edit(template, { 2: 6.3, 3: 6.5, 4: 5.5 }, 'tre.xlsx'));
    const table = page.locator('[data-import-changes="import-changed"]');
    await table.waitFor(SLOW);
    await page.getByRole('heading', { name: 'Endringer (3)' }).waitFor();
    expect(await table.locator('tbody tr').count()).toBe(3);
    expect(await table.locator('tbody tr').first().innerText()).toContain(
      'Midtre Gauldal, Lønn, regnskap og fakturering',
    );
    await expectAccessible(page, 'import preview');

    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'import preview, phone');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);

    await page.getByRole('button', { name: 'Lagre som ny revisjon' }).click();
    await page.getByText('Importen er lagret som revisjon 2.').waitFor(SLOW);
    await page.getByRole('link', { name: 'Se historikken' }).click();
    await page.getByText('Importert fra regneark').first().waitFor(SLOW);
  });
});
