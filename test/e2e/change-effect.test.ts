/**
 * «Dette endret seg» in a real browser: raising Melhus' payroll labour cost by 1 000 000 kr and saving shows, on
 * the page the editor lands on, each scenario's net present value before → after in million kroner with the
 * change, for all the municipalities and for each; at 1 280 px and at 390 px, with axe (WCAG 2.1 AA).
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { scenarioNpv } from '../../src/case/scenario/change-effect.ts';
import { millions, signedMillions } from '../../src/web/model/change-effect-rows.ts';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const CASE = 'skaun-melhus-midtre-gauldal';
const CONTEXT = '– Melhus, Lønn, regnskap og fakturering';
const SCENARIO = 'administrative-tjenester';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-change-effect-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

/** The expected figures, from the case layer on the same two documents. */
function expected() {
  const before = defaultCase();
  const after = structuredClone(before);
  const row = after.baseline.find(
    (r) =>
      r.municipalityNumber === '5028' && r.areaId === 'lonn-regnskap-fakturering' && r.scope === 'central',
  );
  if (!row) throw new Error('no Melhus payroll row');
  row.labourCost = 6_200_000 as typeof row.labourCost;
  const b = scenarioNpv(before, SCENARIO);
  const a = scenarioNpv(after, SCENARIO);
  if (!a || !b) throw new Error('not computable');
  return { before: b, after: a };
}

describe('the effect of a saved baseline change', () => {
  it('shows each scenario’s NPV before → after, in total and per municipality', async () => {
    const { before, after } = expected();
    // A million more in payroll at a 10–30 % saving moves the total NPV by about a million kroner.
    expect(after.total - before.total).toBeGreaterThan(500_000);
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/grunnlag`);
    const labourCost = page.getByLabel(`Lønnskostnad (kr) ${CONTEXT}`, { exact: true });
    await expect.poll(() => labourCost.count()).toBe(1);
    await labourCost.fill('6 200 000');
    const chooser = page.getByLabel(`Kilde for lønnskostnad ${CONTEXT}`, { exact: true });
    await expect.poll(() => chooser.count()).toBe(1);
    await chooser.focus();
    await page.keyboard.type('Egen verdi');
    await expect.poll(() => chooser.inputValue()).toBe('*own');
    await page.getByLabel('Kommentar til revisjonen').fill('Ny lønnskostnad for Melhus');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await page.waitForURL((url) => url.pathname.startsWith(`/saker/${CASE}`));

    const section = page.getByRole('region', { name: 'Dette endret seg' });
    await expect.poll(() => section.count()).toBe(1);
    await expect
      .poll(() =>
        section.getByText('Endringen flyttet nåverdien i 2 scenarioer av 2.', { exact: false }).count(),
      )
      .toBe(1);
    const table = page.getByRole('table', {
      name: 'Felles enhet for administrative tjenester: nåverdi før og etter (mill. kr)',
    });
    await expect.poll(() => table.count()).toBe(1);
    const cells = async (name: string) =>
      (
        await table
          .getByRole('row', { name: new RegExp(`^${name}`) })
          .getByRole('cell')
          .allInnerTexts()
      ).map((s) => s.trim());
    expect(await cells('Alle kommunene')).toEqual([
      millions(before.total),
      millions(after.total),
      signedMillions(after.total - before.total),
    ]);
    const melhus = (npv: typeof before) => npv.perMunicipality['5028'] ?? NaN;
    expect(await cells('Melhus')).toEqual([
      millions(melhus(before)),
      millions(melhus(after)),
      signedMillions(melhus(after) - melhus(before)),
    ]);
    expect(await cells('Skaun')).toHaveLength(3);
    expect(await cells('Midtre Gauldal')).toHaveLength(3);
    await expectAccessible(page, 'change effect at 1 280 px');

    await page.setViewportSize({ width: 390, height: 844 });
    // The section stays within the phone's width (its tables scroll inside their own regions). The rest of the
    // overview's width is another change's business.
    const box = await section.boundingBox();
    expect((box?.x ?? 0) + (box?.width ?? Infinity)).toBeLessThanOrEqual(390);
    await expectAccessible(page, 'change effect at 390 px');
    await page.close();
  });
});
