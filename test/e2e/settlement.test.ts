/**
 * The settlement page in a real browser: the owner sets what happens to a surplus in the unit's settings,
 * uploads a ledger CSV written by `ledgerCsv`, sees the guessed columns, assigns the three unmapped groups to
 * the budget's components, saves, and reads per municipality the balance this test computes by hand; then
 * downloads Melhus' settlement statement as Word. axe passes at 1 280 and 390 px.
 *
 * Hand calculation. The default case's unit has three components split by population at 1 January 2025
 * (Midtre Gauldal 6 141, Melhus 17 812, Skaun 8 521; 32 474 together); each member paid its budget share.
 * The ledger gives each component its budget plus k × 32 474 kr (Lønn, regnskap og fakturering k = 5,
 * Sentralbord k = −1, Arkiv og postmottak k = 2): each member's share of the actual cost is then its budget
 * share plus k × its population, with the same largest remainders, so its balance is exactly
 * (5 − 1 + 2) × population: Midtre Gauldal 36 846 kr, Melhus 106 872 kr, Skaun 51 126 kr to pay.
 */
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ledgerCsv, type FixtureLine } from '../../src/case/ledger/ledger.fixture.ts';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-oppgjor';
const CASE = 'skaun-melhus-midtre-gauldal';
const SLOW = { timeout: 60_000 };

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-settlement-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** `count` lines on responsibility `responsibility` summing to `kroner`. */
function lines(responsibility: string, kroner: number, count: number): FixtureLine[] {
  return Array.from({ length: count }, (_, i) => ({
    account: '10100',
    responsibility,
    function: '1200',
    text: `Bilag ${responsibility}-${i}`,
    period: '2027-06',
    ore: (kroner / count) * 100,
  }));
}

function ledgerFile(): string {
  const path = join(dataDir, 'hovedbok-2027.csv');
  const all = [
    ...lines('1200', 14_800_000 + 5 * 32_474, 10), // 14 962 370 kr
    ...lines('1210', 2_080_000 - 32_474, 2), // 2 047 526 kr
    ...lines('1280', 6_320_000 + 2 * 32_474, 4), // 6 384 948 kr
  ];
  writeFileSync(path, ledgerCsv(all));
  return path;
}

describe('settlement page', () => {
  it('settings, import with mapping and assignment, results by hand, statement download', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/drift/oppgjor`);
    await page.getByRole('heading', { level: 1, name: 'Årsoppgjør' }).waitFor();
    // Before anything: what is missing, in words.
    await page
      .getByText('Det er ikke bestemt hva som skjer med et overskudd', { exact: false })
      .waitFor(SLOW);
    await expectAccessible(page, 'settlement page before');

    await page.getByRole('combobox', { name: 'Hva skjer med et overskudd?' }).selectOption('to-members');
    await page.getByRole('button', { name: 'Lagre innstillingene' }).click();
    await page.getByText('Innstillingene er lagret som en ny revisjon.').waitFor(SLOW);
    await page.getByText('Regnskapet (hovedboken) for 2027 er ikke lest inn ennå.').waitFor(SLOW);

    await page.getByLabel('Velg regnskapsfil (hovedbok)').setInputFiles(ledgerFile());
    await page.getByText('Flokk har gjettet hvilke kolonner som er hva', { exact: false }).waitFor(SLOW);
    expect(await page.getByRole('combobox', { name: 'Beløp', exact: true }).inputValue()).toBe('Beløp');
    await page.getByRole('button', { name: 'Kontroller' }).click();
    await page.getByText('16 linjer er lest.').waitFor(SLOW);
    await expectAccessible(page, 'settlement preview');

    // Each responsibility is one group of unmapped lines; each is assigned its component.
    const assign = async (responsibility: string, component: string) =>
      page.getByRole('combobox', { name: new RegExp(`ansvar ${responsibility},`) }).selectOption(component);
    await assign('1200', 'lonn-regnskap-fakturering');
    await assign('1210', 'sentralbord');
    await assign('1280', 'arkiv-postmottak');
    await page.getByRole('button', { name: 'Kontroller' }).click();
    await page.getByRole('cell', { name: /14\s962\s370 kr/ }).waitFor(SLOW);
    await page.getByRole('button', { name: 'Lagre årsoppgjøret' }).click();
    await page.getByText(/Årsoppgjøret er lagret som revisjon \d+\./).waitFor(SLOW);

    await page.getByText(/Melhus skal betale 106\s872 kr/).waitFor(SLOW);
    await page.getByText(/Midtre Gauldal skal betale 36\s846 kr/).waitFor();
    await page.getByText(/Skaun skal betale 51\s126 kr/).waitFor();
    await expectAccessible(page, 'settlement results');

    const [download] = await Promise.all([
      page.waitForEvent('download', SLOW),
      page.getByRole('button', { name: 'Oppgjørsbrev til Melhus (Word)' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(/melhus.*\.docx$/i);
    const bytes = readFileSync(await download.path());
    expect([...bytes.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);

    await page.setViewportSize({ width: 390, height: 800 });
    await expectAccessible(page, 'settlement results at 390 px');
    const wide = await page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
    expect(wide).toBe(false);
  }, 180_000);

  it('reads a debit and credit export with a point as thousands separator once the form says so', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/drift/oppgjor`);
    await page.getByRole('heading', { level: 1, name: 'Årsoppgjør' }).waitFor();
    // Two lines on a responsibility no rule takes: debit 1.500,00 and credit 250,00 → 1 500 − 250 = 1 250 kr.
    const path = join(dataDir, 'hovedbok-debet-kredit.csv');
    writeFileSync(
      path,
      '\uFEFFKonto;Ansvar;Funksjon;Debet;Kredit\r\n10100;1300;1200;1.500,00;\r\n10100;1300;1200;;250,00\r\n',
    );
    await page.getByLabel('Velg regnskapsfil (hovedbok)').setInputFiles(path);
    await page.getByText('Flokk har gjettet hvilke kolonner som er hva', { exact: false }).waitFor(SLOW);
    // The export has no amount column: the guess is debit and credit.
    expect(await page.getByRole('combobox', { name: 'Beløpet står i' }).inputValue()).toBe('debitCredit');
    expect(await page.getByRole('combobox', { name: 'Debet', exact: true }).inputValue()).toBe('Debet');
    expect(await page.getByRole('combobox', { name: 'Kredit', exact: true }).inputValue()).toBe('Kredit');
    // «1.500,00» is not a number while the form says there is no thousands separator: row and column named.
    await page.getByRole('button', { name: 'Kontroller' }).click();
    await page
      .getByText(/Rad 2, kolonne Debet/)
      .first()
      .waitFor(SLOW);
    await page.getByRole('combobox', { name: 'Tusenskille i beløpene' }).selectOption('point');
    await page.getByRole('button', { name: 'Kontroller' }).click();
    await page.getByText('2 linjer er lest.').waitFor(SLOW);
    await page.getByText(/2 linjer \(1\s250 kr\) hører ikke til noen budsjettpost/).waitFor();
    await expectAccessible(page, 'settlement debit and credit');
  }, 120_000);
});
