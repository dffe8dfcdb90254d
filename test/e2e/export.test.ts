/**
 * Table downloads in a real browser (issue 18): the owner downloads the baseline as Excel from the grunnlag
 * page through its «Last ned: Excel · CSV» link, and the workbook read back holds the saksframlegg's figures as
 * numbers with Norwegian formats and the «Kilder» sheet; the page passes axe at 1 280 and 390 px.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-eksport';
const CASE = 'skaun-melhus-midtre-gauldal';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-export-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('table downloads', () => {
  it('downloads the baseline as an Excel workbook from the grunnlag page', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/grunnlag`);
    const excel = page.getByRole('link', { name: 'Excel – grunnlaget' });
    await excel.waitFor();
    await expect.poll(() => page.getByRole('link', { name: 'CSV – grunnlaget' }).count()).toBe(1);
    await expectAccessible(page, 'grunnlag with downloads, 1280 px');

    const [download] = await Promise.all([page.waitForEvent('download'), excel.click()]);
    expect(download.suggestedFilename()).toBe(`flokk-${CASE}-r1-baseline.xlsx`);
    const bytes = readFileSync(await download.path());
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(
      bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer,
    );
    expect(workbook.worksheets.map((sheet) => sheet.name)).toEqual(['Grunnlag', 'Kilder']);
    // Midtre Gauldal, lønn, regnskap og fakturering: 6,2 årsverk and 5 500 000 kr in the saksframlegg.
    const row = workbook.getWorksheet('Grunnlag')?.getRow(4);
    expect(row?.getCell(1).value).toBe('Midtre Gauldal');
    expect(row?.getCell(5).type).toBe(ExcelJS.ValueType.Number);
    expect(row?.getCell(5).value).toBe(6.2);
    expect(row?.getCell(7).value).toBe(5_500_000);
    expect(row?.getCell(7).numFmt).toBe('#,##0');
    expect(workbook.getWorksheet('Kilder')?.getRow(4).getCell(2).value).toBe(1);

    await page.setViewportSize({ width: 390, height: 844 });
    await expectAccessible(page, 'grunnlag with downloads, 390 px');
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
  });
});
