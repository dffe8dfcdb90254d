/**
 * The comparison page in a real browser: the cooperation's combined population first, the KOSTRA groups 1/7/1,
 * Melhus' administration per inhabitant 2023–2025 as SSB gives it, `..` with the command that fetches the
 * missing figures, axe, and no sideways scrolling of the page at 390 px.
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
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-benchmark-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('the comparison page', () => {
  it('shows the profile, the KOSTRA groups, Melhus’ figures and `..` with the fetch command; axe passes', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}`);
    await page.getByRole('link', { name: 'Sammenligning' }).click();
    await expect
      .poll(() => page.getByText(/har til sammen 32\u00a0490 innbyggere \(1\. januar 2026\)/).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    await expect
      .poll(() => page.getByText('– omtrent som Halden og Ringerike', { exact: false }).count())
      .toBe(1);
    // KOSTRA groups 1, 7, 1 in SSB's words.
    await expect.poll(() => page.getByText(/^KOSTRA-gruppe: Gruppe 1: små kommuner/).count()).toBe(2);
    await expect.poll(() => page.getByText(/^KOSTRA-gruppe: Gruppe 7: mellomstore kommuner/).count()).toBe(1);

    const melhus = page.getByRole('region', { name: 'Melhus', exact: true });
    await expect
      .poll(() => melhus.getByText('Melhus brukte 5\u00a0519 kroner per innbygger').count())
      .toBe(1);
    await melhus.getByText('Vis tallene som tabell').click();
    const table = melhus.getByRole('table', { name: /Administrasjon i alt.*Melhus/ });
    // The table is drawn when the details open; wait for its year rows rather than reading it at once.
    const yearRow = async (year: string) =>
      (await table.getByRole('row').allTextContents()).find((r) => r.startsWith(year)) ?? '';
    await expect.poll(() => yearRow('2023'), { timeout: 10_000 }).toMatch(/^20235\u00a0144\.\.\.\./);
    await expect.poll(() => yearRow('2024')).toMatch(/^20245\u00a0478/);
    await expect.poll(() => yearRow('2025')).toMatch(/^20255\u00a0519/);
    await melhus.getByText('Kilde for hvert tall').first().click();
    // Table 12362 gives the six function groups and the total (FGK1b, FGK1a, FGK1c, FGK3, FGK4, AGD1).
    await expect.poll(() => melhus.getByText('Melhus 2024: SSB tabell 12362').count()).toBe(6);
    await expect.poll(() => melhus.getByText('Melhus 2024: SSB tabell 12367').count()).toBe(5);

    // Skaun's own figures are missing: `..`, and the page says how to fetch them.
    const skaun = page.getByRole('region', { name: 'Skaun', exact: true });
    await expect
      .poll(() => skaun.getByText('Skaun: tallene finnes ikke i dataene Flokk har ennå.').count())
      .toBe(1);
    await expect
      .poll(() =>
        page
          .getByText(/«\.\.» betyr at tallet ikke finnes i dataene Flokk har – hent det med flokk ssb update/)
          .count(),
      )
      .toBe(1);
    await expect.poll(() => page.locator('code', { hasText: 'flokk ssb update' }).count()).toBe(1);
    await expectAccessible(page, 'comparison');

    // «Last ned: Excel · CSV» beside the profile and the KOSTRA tables; the CSV has the page's figures.
    const excel = page.getByRole('link', { name: 'Excel – samarbeidsprofilen' });
    await expect.poll(() => excel.count()).toBe(1);
    const csvLink = page.getByRole('link', { name: 'CSV – KOSTRA-sammenligningen' });
    await expect.poll(() => csvLink.count()).toBe(1);
    const href = await csvLink.getAttribute('href');
    const response = await page.request.get(new URL(href ?? '', flokk.url).toString());
    expect(response.status()).toBe(200);
    const csv = (await response.text()).split('\r\n');
    expect(
      csv.filter((l) => l.startsWith('Melhus;7;Administrasjon i alt') && l.includes(';Kommunen selv;')),
    ).toEqual([
      'Melhus;7;Administrasjon i alt (funksjon 120, 121, 130);2023;Kommunen selv;5144;12362',
      'Melhus;7;Administrasjon i alt (funksjon 120, 121, 130);2024;Kommunen selv;5478;12362',
      'Melhus;7;Administrasjon i alt (funksjon 120, 121, 130);2025;Kommunen selv;5519;12362',
    ]);
    await page.close();
  });

  it('does not scroll sideways at 390 px', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/sammenligning`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Sammenlignet med KOSTRA-gruppen' }).count(), {
        timeout: 20_000,
      })
      .toBe(1);
    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBeLessThanOrEqual(0);
    await expectAccessible(page, 'comparison at 390 px');
    await page.close();
  });
});
