/**
 * Fair cost sharing in a real browser: the page shows, for every area of the default scenario and for the
 * package, whether the population key and the equal key are in the core, as the engine says, while the
 * nucleolus always is; the details carry the plain-Norwegian verdict, the triangle and the net effect; every state passes axe.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { compareAllocations } from '../../src/case/cost-sharing/compare-allocations.ts';
import type { CostSharingScope } from '../../src/case/cost-sharing/coalition-costs.ts';
import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { loadLpSolver } from '../../src/engine/games/lp-solver.ts';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-for-kostnadsdeling';
const CASE = 'skaun-melhus-midtre-gauldal';
const AREAS = [
  'Lønn, regnskap og fakturering',
  'Sentralbord',
  'Arkiv og postmottak',
  'Hele pakken (alle områdene)',
];

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-share-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page): Promise<void> {
  await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
}

/** The verdict text in the summary table's cell for one area and one allocation. */
async function verdict(page: Page, area: string, allocation: string): Promise<string> {
  const table = page.getByRole('table', { name: /Er fordelingen i kjernen\?/ });
  const row = table
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: area, exact: true }) });
  return (await row.locator(`td[data-allocation="${allocation}"] .status-tag`).innerText()).trim();
}

describe('cost sharing in the browser', () => {
  let page: Page;

  beforeAll(async () => {
    page = await newPage(browser);
    await signIn(page);
  });
  afterAll(() => page?.close());

  it('is in the case menu and shows the core verdicts for every area of the default scenario', async () => {
    await page.goto(`${flokk.url}/saker/${CASE}`);
    await page
      .getByRole('navigation', { name: 'Saksmeny' })
      .getByRole('link', { name: 'Kostnadsdeling' })
      .click();
    await page.waitForURL(/\/kostnadsdeling/);
    await expect
      .poll(() => page.getByRole('table', { name: /Er fordelingen i kjernen\?/ }).count(), {
        timeout: 60_000,
      })
      .toBe(1);
    // The verdicts follow the scenario's coalition costs (issue 13 changed them): read them off the engine.
    const solver = await loadLpSolver();
    const document = defaultCase();
    const scopes: CostSharingScope[] = [
      ...(document.scenarios[0]?.areas ?? []).map((a) => ({ kind: 'area' as const, areaId: a.areaId })),
      { kind: 'package' },
    ];
    for (const [i, area] of AREAS.entries()) {
      const scope = scopes[i];
      if (!scope) throw new Error(`no scope for ${area}`);
      const rows = compareAllocations(document, 'administrative-tjenester', scope, solver)?.analysis
        ?.allocations;
      const expected = (id: string) =>
        rows?.find((row) => row.id === id)?.core.inCore ? 'I kjernen' : 'Ikke i kjernen';
      expect(await verdict(page, area, 'population'), `${area}: population`).toBe(expected('population'));
      expect(await verdict(page, area, 'equal'), `${area}: equal`).toBe(expected('equal'));
      expect(await verdict(page, area, 'nucleolus'), `${area}: nucleolus`).toBe('I kjernen');
    }
    await expectAccessible(page, 'cost sharing');
  });

  it('says in plain Norwegian who pays more than alone, and shows the triangle and the net effect', async () => {
    const allocations = page.getByRole('table', { name: /Hva hver kommune betaler/ });
    await expect
      .poll(() => allocations.getByText('Melhus betaler 1,2 mill. kr mer enn alene.').count())
      .toBe(1);
    await expect.poll(() => page.getByRole('img', { name: /innsparingstrekanten/ }).count()).toBe(1);
    // No two labels in the triangle overlap: the points' numbers and the corners' names (issue 17).
    const labelBoxes = await page
      .locator('.core-triangle__svg text')
      .evaluateAll((nodes) =>
        nodes
          .map((n) => (n as SVGGraphicsElement).getBoundingClientRect())
          .map((r) => [r.left, r.top, r.right, r.bottom]),
      );
    expect(labelBoxes.length).toBeGreaterThan(3);
    const overlapping = labelBoxes.flatMap((a, i) =>
      labelBoxes
        .slice(i + 1)
        .filter(
          (b) => a[0]! < b[2]! - 0.5 && b[0]! < a[2]! - 0.5 && a[1]! < b[3]! - 0.5 && b[1]! < a[3]! - 0.5,
        ),
    );
    expect(overlapping).toEqual([]);
    // The net effect opens on the scenario's own key (the Shapley value), marked as such, beside every other.
    await expect
      .poll(() =>
        page.getByRole('table', { name: /Netto effekt per kommune og år med Shapley-verdien/ }).count(),
      )
      .toBe(1);
    const sums = page.getByRole('table', { name: /Netto effekt per kommune med hver fordeling/ });
    await expect.poll(() => sums.locator('tr[data-allocation="nucleolus"]').count()).toBe(1);
    await expect
      .poll(() =>
        sums
          .locator('tr.scenario-key-row[data-allocation="shapley"]')
          .getByText('scenarioets nøkkel')
          .count(),
      )
      .toBe(1);
    await page.getByText('Vis trekanten som tabell').click();
    await expect.poll(() => page.getByRole('table', { name: /Fordelingene som punkter/ }).count()).toBe(1);
    await expectAccessible(page, 'cost sharing with the triangle as a table');
  });

  it('switches to the package and to another method for the net effect', async () => {
    await page
      .getByRole('combobox', { name: 'Område', exact: true })
      .selectOption({ label: 'Hele pakken (alle områdene)' });
    await expect
      .poll(() => page.getByRole('heading', { name: 'Detaljer: Hele pakken (alle områdene)' }).count())
      .toBe(1);
    // Every area uses the Shapley value, so the package marks it as the scenario's key too.
    await expect
      .poll(() => page.getByRole('combobox', { name: 'Fordeling for netto effekt' }).inputValue())
      .toBe('shapley');
    await page
      .getByRole('combobox', { name: 'Fordeling for netto effekt' })
      .selectOption({ label: 'Nukleolus' });
    await expect
      .poll(() => page.getByRole('table', { name: /Netto effekt per kommune og år med Nukleolus/ }).count())
      .toBe(1);
    expect(page.url()).toContain('scope=package');
    await expectAccessible(page, 'cost sharing, package');
  });
});
