/**
 * The economics screens in a real browser: the scenario list, the editor with live results, the Monte
 * Carlo simulation in a Web Worker (with a run cancelled while the progress bar shows), saving a scenario
 * edit as a revision, the comparison of two scenarios, and axe on every page.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defaultCase } from '../../src/case/default-case/default-case.ts';
import { DEFAULT_SEED } from '../../src/case/scenario/analyse-scenario.ts';
import { scenarioEngineInput } from '../../src/case/scenario/analyse-scenario.ts';
import { runMonteCarlo } from '../../src/engine/economics/monte-carlo.ts';
import { formatMillionNok } from '../../src/i18n/format.ts';
import { formatPercent } from '../../src/web/format/format-percent.ts';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-for-scenarier';
const CASE = 'skaun-melhus-midtre-gauldal';
const SCENARIO = 'administrative-tjenester';
const SCENARIO_NAME = 'Felles enhet for administrative tjenester';
const LRF = 'Lønn, regnskap og fakturering';
const NPV_CAPTION = 'Netto nåverdi ved medianverdier (2025-kroner)';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-scenarios-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page, email = 'eier@flokk.local', password = PASSWORD): Promise<void> {
  await signInAs(page, flokk.url, email, password);
}

/**
 * Millions as a summary table shows them (`−11,7 mill. kr`, with a minus sign and a decimal comma) as a
 * number; anything else (whole kroner, «under 0,1 mill. kr») is not what these tables should show here.
 */
function millions(text: string): number {
  const match = /^(\u2212?)(\d[\d\u00a0]*),(\d) mill\. kr$/u.exec(text.trim());
  if (!match) throw new Error(`not an amount in mill. kr: «${text}»`);
  const value = Number(`${match[2]?.replace(/\u00a0/g, '')}.${match[3]}`);
  return match[1] ? -value : value;
}

/** The exact figures of a saved scenario's analysis at the medians, as the API gives them. */
async function exactSummary(
  page: Page,
  scenarioId = SCENARIO,
): Promise<{ total: { npv: number }; perMunicipality: Record<string, { npv: number }> }> {
  const response = await page.request.get(
    `${flokk.url}/api/cases/${CASE}/scenarios/${scenarioId}/analysis?draws=10`,
  );
  expect(response.status()).toBe(200);
  return ((await response.json()) as { summary: Awaited<ReturnType<typeof exactSummary>> }).summary;
}

/** The cells of the row headed `rowName` in the table captioned `caption`. */
function rowCells(page: Page, caption: string, rowName: string): Locator {
  return page
    .getByRole('table', { name: caption, exact: true })
    .getByRole('row')
    .filter({ has: page.getByRole('rowheader', { name: rowName, exact: true }) })
    .getByRole('cell');
}

async function openScenario(page: Page): Promise<void> {
  await page.goto(`${flokk.url}/saker/${CASE}/scenarier/${SCENARIO}`);
  await expect.poll(() => rowCells(page, NPV_CAPTION, 'Totalt').count()).toBe(3);
  // Results first: an editor's inputs are behind «Endre forutsetninger»; a reader has none.
  const assumptions = page.locator('main summary', { hasText: 'Endre forutsetninger' });
  if ((await assumptions.count()) > 0) await assumptions.click();
}

const npvText = async (page: Page, row: string) => rowCells(page, NPV_CAPTION, row).first().innerText();
/** The NPV in a row of the summary table, in millions as shown (rounded to a tenth). */
const npvOf = async (page: Page, row: string) => millions(await npvText(page, row));

describe('scenario screens in the browser', () => {
  it('lists the scenarios with their NPV, and every scenario page passes axe', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await page.goto(`${flokk.url}/saker/${CASE}`);
    await page.getByRole('navigation', { name: 'Saksmeny' }).getByRole('link', { name: 'Scenarier' }).click();
    await expect.poll(() => page.getByRole('link', { name: SCENARIO_NAME }).count()).toBe(1);
    const listNpv = await rowCells(page, 'Scenarioene i saken', SCENARIO_NAME).nth(1).innerText();
    // The list rounds the API's exact NPV as a budget summary does: millions with one decimal.
    const exact = await exactSummary(page);
    expect(exact.total.npv).not.toBe(0);
    expect(listNpv).toBe(formatMillionNok(exact.total.npv));
    expect(millions(listNpv)).not.toBe(0);
    await expectAccessible(page, 'scenario list');

    await page.getByRole('link', { name: SCENARIO_NAME }).click();
    await expect.poll(() => rowCells(page, NPV_CAPTION, 'Totalt').count()).toBe(3);
    expect(await npvText(page, 'Totalt')).toBe(listNpv);
    const ids: Record<string, string> = { 'Midtre Gauldal': '5027', Melhus: '5028', Skaun: '5029' };
    for (const [municipality, id] of Object.entries(ids)) {
      expect(await npvText(page, municipality)).toBe(formatMillionNok(exact.perMunicipality[id]?.npv));
    }
    // The budget view and the switching values are summaries too: each cell is the API's exact amount rounded.
    const response = await page.request.get(
      `${flokk.url}/api/cases/${CASE}/scenarios/${SCENARIO}/analysis?draws=10`,
    );
    const body = (await response.json()) as {
      budget: { total: number[] };
      switchingValues: { value: number | null }[];
    };
    const budgetTotals = await page
      .getByRole('table', { name: /^Netto virkning i løpende kroner/ })
      .getByRole('row')
      .filter({ has: page.getByRole('rowheader', { name: 'Totalt', exact: true }) })
      .getByRole('cell')
      .allInnerTexts();
    expect(budgetTotals.length).toBeGreaterThan(0);
    expect(budgetTotals).toEqual(body.budget.total.map((value) => formatMillionNok(value)));
    const switching = page.getByRole('table', {
      name: 'Verdien av hver forutsetning der netto nåverdi blir null',
    });
    expect(body.switchingValues.length).toBeGreaterThan(0);
    const switchingRows = switching.locator('tbody tr');
    expect(await switchingRows.count()).toBe(body.switchingValues.length);
    for (const [i, entry] of body.switchingValues.entries()) {
      const text = await switchingRows.nth(i).getByRole('cell').first().innerText();
      // A share is a percent; an amount in kroner is in mill. kr, never to the krone.
      const expected =
        entry.value === null
          ? ['finnes ikke i området']
          : [formatMillionNok(entry.value), formatPercent(entry.value)];
      expect(expected).toContain(text);
      expect(text).not.toMatch(/\d\u00a0\d{3} kr$/u);
    }
    // The seeds give no cost amounts, and the page says so.
    await expect
      .poll(() => page.getByText(/Ingen engangskostnader eller nye løpende kostnader er anslått/).count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => page.getByText('4 % år 0–40, 3 % år 41–75, 2 % deretter', { exact: false }).count())
      .toBeGreaterThan(0);
    // The answer first: a headline per municipality that says it rests on placeholders, and the list.
    await expect
      .poll(() => page.getByText(/^Melhus: (gevinst|tap) på .* i nåverdi over 10 år/).count())
      .toBe(1);
    await expect
      .poll(() =>
        page.getByText(/Resultatet bygger på \d+ plassholdere og \d+ kostnader som ikke er anslått/).count(),
      )
      .toBe(1);
    const placeholders = page.getByRole('region', { name: 'Hva resultatet bygger på' });
    await expect
      .poll(() => placeholders.getByText('Bør fastsettes av: Økonomisjefene').count())
      .toBeGreaterThan(0);
    await expect
      .poll(() => placeholders.getByRole('link', { name: 'Skattefinansieringskostnad' }).count())
      .toBe(1);
    // No outlay comes before the savings (no costs are entered), so no payback year and no IRR.
    expect(await rowCells(page, NPV_CAPTION, 'Melhus').nth(1).innerText()).toBe('Ingen utlegg å tjene inn');
    expect(await rowCells(page, NPV_CAPTION, 'Melhus').nth(2).innerText()).toBe('ikke meningsfull');
    await expect.poll(() => page.getByText(/^Internrenten er ikke meningsfull for .*Melhus/).count()).toBe(1);
    // The zero alternative, the two named views with their conventions, and the attrition check.
    await expect
      .poll(() => page.getByRole('rowheader', { name: 'Melhus – alene (nullalternativet)' }).count())
      .toBe(1);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Budsjettvisning', exact: true }).count())
      .toBe(1);
    await expect
      .poll(() =>
        page.getByRole('heading', { level: 3, name: 'Samfunnsøkonomisk visning', exact: true }).count(),
      )
      .toBe(1);
    await expect.poll(() => page.getByText(/^Skattefinansieringskostnad: hver krone/).count()).toBe(1);
    await expect
      .poll(() => page.getByText(/^Scenarioet forutsetter [\d,]+ årsverk færre i \d{4}/).count())
      .toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('link', { name: /virksomhetsoverdragelse/ }).count()).toBe(1);
    // Charts are drawn by Observable Plot, loaded with the page; each is an image with a name.
    await expect.poll(() => page.locator('[role="img"] svg').count()).toBeGreaterThan(0);
    await expect.poll(() => page.getByRole('img', { name: /Tornadodiagram/ }).count()).toBe(1);
    // The tornado's axis title sits below its tick labels, not on them (issue 17).
    const tornado = page.getByRole('img', { name: /Tornadodiagram/ });
    const boxes = (selector: string) =>
      tornado
        .locator(selector)
        .evaluateAll((nodes) =>
          nodes.map((n) => (n as SVGGraphicsElement).getBoundingClientRect()).map((r) => [r.top, r.bottom]),
        );
    const ticks = await boxes('[aria-label="x-axis tick label"] text');
    const [title] = await boxes('[aria-label="x-axis label"] text');
    expect(ticks.length).toBeGreaterThan(0);
    expect(title?.[0]).toBeGreaterThanOrEqual(Math.max(...ticks.map(([, bottom]) => bottom as number)));
    await expectAccessible(page, 'scenario editor and results');

    await page.goto(`${flokk.url}/saker/${CASE}/scenarier`);
    await page.getByLabel('Scenario A').selectOption(SCENARIO);
    await page.getByLabel('Scenario B').selectOption('lonn-regnskap-lik-andel');
    await page.getByRole('button', { name: 'Sammenlign' }).click();
    await page.waitForURL((url) => url.pathname.endsWith('/scenarier/sammenlign'));
    expect(new URL(page.url()).searchParams.get('a')).toBe(SCENARIO);
    const caption = 'Scenario A og B side om side (medianverdier, kroner av basisåret)';
    await expect.poll(() => rowCells(page, caption, 'Netto nåverdi – totalt').count()).toBe(3);
    const [a, b, difference] = await rowCells(page, caption, 'Netto nåverdi – totalt').allInnerTexts();
    // Each column is the exact figure rounded once; the difference is of the exact figures, rounded once.
    const exactB = (await exactSummary(page, 'lonn-regnskap-lik-andel')).total.npv;
    expect(a).toBe(formatMillionNok(exact.total.npv));
    expect(b).toBe(formatMillionNok(exactB));
    expect(difference).toBe(formatMillionNok(exactB - exact.total.npv));
    await expectAccessible(page, 'scenario comparison');
    await page.close();
  });

  it('shows the effect of an edit before saving, simulates, cancels, and saves a revision', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await openScenario(page);

    // Raising the high estimate of the LRF savings raises the NPV at once.
    const before = await npvOf(page, 'Totalt');
    const high = page.getByLabel(`Innsparing høy (%) – ${LRF}`, { exact: true });
    await expect(high.inputValue()).resolves.toBe('30');
    await high.fill('40');
    await expect.poll(() => npvOf(page, 'Totalt')).toBeGreaterThan(before);

    // Equal shares instead of the Shapley value move money between municipalities, not in total.
    const total = await npvOf(page, 'Totalt');
    const skaun = await npvOf(page, 'Skaun');
    await page.getByLabel(`Kostnadsnøkkel – ${LRF}`, { exact: true }).selectOption({ label: 'Like andeler' });
    await expect.poll(() => npvOf(page, 'Skaun')).not.toBe(skaun);
    expect(await npvOf(page, 'Totalt')).toBe(total);

    // A large run is cancelled while the progress bar shows.
    const draws = page.getByLabel('Antall trekk');
    await draws.fill('500 000');
    await page.getByRole('button', { name: 'Kjør simulering' }).click();
    const progress = page.getByRole('progressbar', { name: 'Simulering' });
    await progress.waitFor({ state: 'visible' });
    await page.getByRole('button', { name: 'Avbryt' }).click();
    await expect.poll(() => page.getByText(/Simuleringen ble avbrutt/).count()).toBe(1);
    await expect.poll(() => progress.count()).toBe(0);

    // A small run finishes; its table reads P10 ≤ P50 ≤ P90, the same numbers as the engine gives here.
    await draws.fill('5 000');
    await page.getByRole('button', { name: 'Kjør simulering' }).click();
    const table = 'Netto nåverdi – usikkerhet';
    await expect.poll(() => rowCells(page, table, 'Totalt').count(), { timeout: 60_000 }).toBe(5);
    const [p10Text, p50Text, p90Text] = (await rowCells(page, table, 'Totalt').allInnerTexts()).slice(0, 3);
    const [p10, p50, p90] = [p10Text, p50Text, p90Text].map((text) => millions(text ?? ''));
    expect(p10).toBeLessThanOrEqual(p50 ?? Number.NaN);
    expect(p50).toBeLessThanOrEqual(p90 ?? Number.NaN);
    const edited = defaultCase();
    const area = edited.scenarios[0]?.areas[0];
    if (!area || area.savingsShare.distribution.kind !== 'pert') throw new Error('unexpected default case');
    area.savingsShare.distribution.max = 0.4;
    area.costKey = { keyId: 'equal' };
    const input = scenarioEngineInput(edited, SCENARIO)?.input;
    if (!input) throw new Error('no scenario');
    const expected = runMonteCarlo(input, { draws: 5_000, seed: DEFAULT_SEED });
    if (expected.status !== 'done') throw new Error('engine run cancelled');
    expect(p10Text).toBe(formatMillionNok(expected.total.npv.p10));
    expect(p50Text).toBe(formatMillionNok(expected.total.npv.p50));
    expect(p90Text).toBe(formatMillionNok(expected.total.npv.p90));
    await expect.poll(() => page.getByRole('img', { name: /Viftediagram/ }).count()).toBe(1);
    await expectAccessible(page, 'scenario with simulation results');

    // Saving needs a comment and gives a new revision with the edit.
    await page.getByLabel('Kommentar til revisjonen').fill('LRF: høy innsparing 40 %, like andeler');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => page.getByText('Lagret som revisjon 2.').count()).toBeGreaterThan(0);
    const saved = (await (await page.request.get(`${flokk.url}/api/cases/${CASE}`)).json()) as {
      revision: { revision: number; comment: string };
      document: { scenarios: { areas: { savingsShare: { distribution: unknown }; costKey: unknown }[] }[] };
    };
    expect(saved.revision).toMatchObject({ revision: 2, comment: 'LRF: høy innsparing 40 %, like andeler' });
    expect(saved.document.scenarios[0]?.areas[0]?.savingsShare.distribution).toEqual({
      kind: 'pert',
      min: 0.1,
      mode: 0.21,
      max: 0.4,
    });
    expect(saved.document.scenarios[0]?.areas[0]?.costKey).toEqual({ keyId: 'equal' });
    await openScenario(page);
    await expect(page.getByLabel(`Innsparing høy (%) – ${LRF}`, { exact: true }).inputValue()).resolves.toBe(
      '40',
    );
    await page.close();
  });

  it('refuses an estimate out of order, naming the field in words', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await openScenario(page);
    await page.getByLabel(`Innsparing høy (%) – ${LRF}`, { exact: true }).fill('15');
    await page.getByLabel('Kommentar til revisjonen').fill('Skal ikke lagres');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect
      .poll(() => page.getByText(`Innsparing høy (%) – ${LRF}: `, { exact: false }).count())
      .toBeGreaterThan(0);
    await expect(page.getByText(/scenarios\[0\]/).count()).resolves.toBe(0);
    await expectAccessible(page, 'scenario editor with errors');
    await page.getByRole('button', { name: 'Angre siste endring' }).click();
    await expect(page.getByLabel(`Innsparing høy (%) – ${LRF}`, { exact: true }).inputValue()).resolves.toBe(
      '40',
    );
    await page.close();
  });

  it('adds a one-off cost as a placeholder, and the NPV falls before saving', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await openScenario(page);
    const before = await npvOf(page, 'Totalt');
    await page.getByRole('button', { name: `Legg til engangskostnad – ${LRF}`, exact: true }).click();
    const cost = `Engangskostnad 1, ${LRF}`;
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('f-scenarios-0-areas-0-oneOffCosts-0-kind');
    await page.getByLabel(`Type – ${cost}`, { exact: true }).selectOption({ label: 'IKT-investering' });
    await page.getByLabel(`Beløp lav (kr) – ${cost}`, { exact: true }).fill('400 000');
    await page.getByLabel(`Beløp mest sannsynlig (kr) – ${cost}`, { exact: true }).fill('600 000');
    await page.getByLabel(`Beløp høy (kr) – ${cost}`, { exact: true }).fill('1 000 000');
    // A new amount is a placeholder until a source is given; who ought to set it is optional.
    await expect.poll(() => npvOf(page, 'Totalt')).toBeLessThan(before);
    const byProjectLeader = () =>
      page
        .getByRole('region', { name: 'Hva resultatet bygger på' })
        .getByRole('listitem')
        .filter({ hasText: 'Bør fastsettes av: Prosjektleder' })
        .count();
    const earlier = await byProjectLeader();
    await page
      .getByLabel(`Hvem bør fastsette verdien (rolle) for beløp – ${cost}`, { exact: true })
      .fill('Prosjektleder');
    await expect.poll(byProjectLeader).toBe(earlier + 1);
    await expectAccessible(page, 'scenario with a new cost');
    await page.close();
  });

  it('keeps the draft on a conflicting save and builds on the newer revision', async () => {
    const first = await newPage(browser);
    const second = await newPage(browser);
    await signIn(first);
    await signIn(second);
    await openScenario(first);
    await openScenario(second);
    const rampUp = `Opptrappingsår – ${LRF}`;

    await first.getByLabel(rampUp, { exact: true }).fill('2');
    await first.getByLabel('Kommentar til revisjonen').fill('Første: to års opptrapping');
    await first.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => first.getByText(/Lagret som revisjon \d+\./).count()).toBeGreaterThan(0);

    await second.getByLabel(rampUp, { exact: true }).fill('4');
    await second.getByLabel('Kommentar til revisjonen').fill('Andre: fire års opptrapping');
    await second.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect
      .poll(() => second.getByRole('heading', { name: 'Noen andre har lagret en nyere revisjon' }).count())
      .toBe(1);
    await expect(second.getByLabel(rampUp, { exact: true }).inputValue()).resolves.toBe('4');
    await expectAccessible(second, 'scenario conflict');
    await second.getByRole('button', { name: /Bygg på revisjon \d+ og behold det jeg har skrevet/ }).click();
    await expect.poll(() => second.getByText(/Scenarioet ble også endret i revisjon/).count()).toBe(1);
    await second.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => second.getByText(/Lagret som revisjon \d+\./).count()).toBeGreaterThan(0);
    const saved = (await (await second.request.get(`${flokk.url}/api/cases/${CASE}`)).json()) as {
      document: { scenarios: { areas: { rampUpYears: number }[] }[] };
    };
    expect(saved.document.scenarios[0]?.areas[0]?.rampUpYears).toBe(4);
    await first.close();
    await second.close();
  });

  it('adds a cost of going on alone, and the placeholder list and the net effect change before and after saving', async () => {
    const page = await newPage(browser);
    await signIn(page);
    await openScenario(page);
    const before = await npvOf(page, 'Melhus');
    const exactBefore = (await exactSummary(page)).perMunicipality['5028']?.npv ?? Number.NaN;
    expect(await npvText(page, 'Melhus')).toBe(formatMillionNok(exactBefore));
    const report = page.getByRole('region', { name: 'Hva resultatet bygger på' });
    const placeholder = () =>
      report
        .getByRole('listitem')
        .filter({ hasText: `Kostnad ved å fortsette alene – zero-alternative-1 – ${LRF}` })
        .count();
    const missing = () =>
      report
        .getByRole('listitem')
        .filter({
          hasText: `Kjente framtidige kostnader ved å fortsette alene (systemfornying, vakanser, lovendringer) – ${LRF}`,
        })
        .count();
    await expect.poll(missing).toBe(1);
    expect(await placeholder()).toBe(0);

    await page
      .getByRole('button', { name: `Legg til kostnad i nullalternativet – ${LRF}`, exact: true })
      .click();
    const cost = `Kostnad i nullalternativet 1, ${LRF}`;
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('f-scenarios-0-areas-0-zeroAlternativeCosts-0-municipality');
    await page.getByLabel(`Kommune – ${cost}`, { exact: true }).selectOption({ label: 'Melhus' });
    await page.getByLabel(`Beløp per år lav (kr) – ${cost}`, { exact: true }).fill('200 000');
    await page.getByLabel(`Beløp per år mest sannsynlig (kr) – ${cost}`, { exact: true }).fill('300 000');
    await page.getByLabel(`Beløp per år høy (kr) – ${cost}`, { exact: true }).fill('500 000');
    // Melhus avoids the cost by joining: its net effect rises, and the new amount is a placeholder.
    await expect.poll(() => npvOf(page, 'Melhus')).toBeGreaterThan(before);
    await expect.poll(placeholder).toBe(1);
    await expect.poll(missing).toBe(0);
    await expectAccessible(page, 'scenario with a cost of the zero alternative');

    await page.getByLabel('Kommentar til revisjonen').fill('Melhus: nytt fagsystem om de fortsetter alene');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => page.getByText(/Lagret som revisjon \d+\./).count()).toBeGreaterThan(0);
    const saved = (await (await page.request.get(`${flokk.url}/api/cases/${CASE}`)).json()) as {
      document: { scenarios: { areas: { zeroAlternativeCosts: unknown[] }[] }[] };
    };
    expect(saved.document.scenarios[0]?.areas[0]?.zeroAlternativeCosts).toEqual([
      {
        id: 'zero-alternative-1',
        municipality: '5028',
        amount: {
          distribution: { kind: 'pert', min: 200_000, mode: 300_000, max: 500_000 },
          provenance: { placeholder: {} },
        },
        startYear: 2027,
      },
    ]);
    // The saved revision's exact figure rose too, and the table shows it rounded.
    const exactAfter = (await exactSummary(page)).perMunicipality['5028']?.npv ?? Number.NaN;
    expect(exactAfter).toBeGreaterThan(exactBefore);
    await openScenario(page);
    expect(await npvText(page, 'Melhus')).toBe(formatMillionNok(exactAfter));
    expect(await npvOf(page, 'Melhus')).toBeGreaterThan(before);
    await expect.poll(placeholder).toBe(1);
    await page.close();
  });

  it('shows readers the scenario results without input fields, in English too, and passes axe', async () => {
    const owner = await newPage(browser);
    await signIn(owner);
    const csrf = (await (await owner.request.get(`${flokk.url}/api/auth/me`)).json()) as {
      csrfToken: string;
    };
    const added = await owner.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
      headers: { 'x-csrf-token': csrf.csrfToken },
      data: {
        email: 'leser@flokk.local',
        displayName: 'Leser',
        password: 'lesepassord-langt',
        role: 'reader',
      },
    });
    expect(added.status()).toBe(200);
    await owner.close();

    const reader = await newPage(browser);
    await signIn(reader, 'leser@flokk.local', 'lesepassord-langt');
    await openScenario(reader);
    // Results first: a reader gets the results and no input fields at all, not a read-only form.
    expect(await reader.getByLabel(`Innsparing høy (%) – ${LRF}`, { exact: true }).count()).toBe(0);
    expect(await reader.locator('main input, main select, main textarea').count()).toBe(0);
    expect(await reader.getByRole('button', { name: 'Lagre ny revisjon' }).count()).toBe(0);
    expect(await reader.getByRole('button', { name: /Legg til engangskostnad/ }).count()).toBe(0);
    await expectAccessible(reader, 'scenario as reader');

    await reader.getByLabel('Språk').selectOption('en');
    await expect.poll(() => reader.getByRole('heading', { name: 'Key figures' }).count()).toBe(1);
    await expect.poll(() => reader.getByRole('img', { name: /Tornado chart/ }).count()).toBe(1);
    await expectAccessible(reader, 'scenario in English');
    await reader.close();
  });
});
