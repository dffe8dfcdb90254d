/**
 * The people screens in a real browser: the Erlang calculator reproduces the published example (14 agents),
 * a reader sees ":" for small groups on the staff page while the owner sees the ages, the switchboard page
 * names the missing inputs, and both pages pass axe.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const READER_PASSWORD = 'lesepassord-langt';
const CASE = 'skaun-melhus-midtre-gauldal';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-people-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(page: Page, email: string, password: string): Promise<void> {
  await signInAs(page, flokk.url, email, password);
}

describe('people and switchboard screens', () => {
  it('the Erlang calculator gives 14 agents for the published example, and the page passes axe', async () => {
    const page = await newPage(browser);
    await signIn(page, 'eier@flokk.local', PASSWORD);
    await page.goto(`${flokk.url}/saker/${CASE}/sentralbord`);
    // The first page of a freshly started server (the switchboard view is computed in a worker): allow for a cold start.
    await expect.poll(() => page.getByTestId('switchboard-missing').count(), { timeout: 20_000 }).toBe(1);
    await expect.poll(() => page.getByText('Gjennomsnittlig behandlingstid per anrop').count()).toBe(1);
    await expectAccessible(page, 'switchboard');
    await page.getByLabel('Anrop i intervallet').fill('100');
    await page.getByLabel('Intervall (minutter)').fill('30');
    await page.getByLabel('Behandlingstid per anrop (sekunder)').fill('180');
    await page.getByLabel('Servicenivå (%)').fill('80');
    await page.getByLabel('Innen (sekunder)').fill('20');
    await page.getByLabel('Svinn (%)').fill('30');
    await page.getByRole('button', { name: 'Beregn' }).click();
    const agents = page.getByRole('row', { name: /Agenter \(hele\)/ });
    await expect.poll(() => agents.textContent()).toContain('14');
    const staff = page.getByRole('row', { name: /Bemanning etter svinn \(hele\)/ });
    await expect.poll(() => staff.textContent()).toContain('20');
    await expectAccessible(page, 'switchboard with result');

    // The menu links to both pages (the page's own download links name «sentralbordet» too).
    const menu = page.getByRole('navigation', { name: 'Saksmeny' });
    await expect.poll(() => menu.getByRole('link', { name: 'Ansatte' }).count()).toBe(1);
    await expect.poll(() => menu.getByRole('link', { name: 'Sentralbord' }).count()).toBe(1);
    await page.close();
  });

  it('shows ":" for small groups to a reader and the ages to the owner; axe passes', async () => {
    const owner = await newPage(browser);
    await signIn(owner, 'eier@flokk.local', PASSWORD);
    await owner.goto(`${flokk.url}/saker/${CASE}/ansatte`);
    await expect.poll(() => owner.getByText('51 år').count()).toBeGreaterThan(0);
    await expect.poll(() => owner.locator('abbr.figure--suppressed').count()).toBe(0);
    const csrf = (await (await owner.request.get(`${flokk.url}/api/auth/me`)).json()) as {
      csrfToken: string;
    };
    const added = await owner.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
      headers: { 'x-csrf-token': csrf.csrfToken },
      data: { email: 'leser@flokk.local', displayName: 'Leser', password: READER_PASSWORD, role: 'reader' },
    });
    expect(added.status()).toBe(200);
    await owner.close();

    const reader = await newPage(browser);
    await signIn(reader, 'leser@flokk.local', READER_PASSWORD);
    await reader.goto(`${flokk.url}/saker/${CASE}/ansatte`);
    await expect.poll(() => reader.getByText('59–66 år').count()).toBeGreaterThan(0);
    await expect.poll(() => reader.locator('abbr.figure--suppressed').count()).toBeGreaterThan(0);
    for (const ages of ['51 år', '30 år', '40 år', '32–65 år', '25–61 år', '27–47 år'])
      await expect.poll(() => reader.getByText(ages).count(), { message: ages }).toBe(0);
    await expect.poll(() => reader.getByText(/«:» betyr at tallet er skjermet/).count()).toBe(1);
    await expect.poll(() => reader.getByText('Andel som går av med AFP ved 62 år').count()).toBe(1);
    await expectAccessible(reader, 'people as reader');
    // The export a reader can download withholds the same figures.
    const csv = await (await reader.request.get(`${flokk.url}/api/cases/${CASE}/people.csv`)).text();
    expect(csv).toContain('Sentralbord;Skaun;2026;:;:;:;:;:;:;:;:');
    const people = await reader.request.get(`${flokk.url}/api/cases/${CASE}/export?table=people&format=csv`);
    const peopleCsv = await people.text();
    for (const age of ['51 år', '32–65', '25–61', '27–47']) expect(peopleCsv).not.toContain(age);
    await reader.close();
  });

  it('shows separate and pooled switchboard FTE once call volumes are entered', async () => {
    const page = await newPage(browser);
    await signIn(page, 'eier@flokk.local', PASSWORD);
    const me = (await (await page.request.get(`${flokk.url}/api/auth/me`)).json()) as { csrfToken: string };
    const view = (await (await page.request.get(`${flokk.url}/api/cases/${CASE}`)).json()) as {
      revision: { revision: number };
      document: Record<string, unknown>;
    };
    // Test inputs only (not seed figures): 10, 15 and 20 calls an hour on weekdays 08–15.
    const assumption = { placeholder: { toBeSetBy: 'E2E-test' } };
    const hours = [1, 2, 3, 4, 5].map((weekday) => ({ weekday, opensMinute: 480, closesMinute: 900 }));
    const calls = (n: number) =>
      [1, 2, 3, 4, 5].flatMap((weekday) =>
        [8, 9, 10, 11, 12, 13, 14].map((h) => ({ weekday, startMinute: h * 60, calls: n })),
      );
    const document = {
      ...view.document,
      people: {
        switchboard: {
          ahtSeconds: { value: 120, provenance: assumption },
          targetServiceLevel: { value: 0.8, provenance: assumption },
          targetSeconds: { value: 20, provenance: assumption },
          shrinkage: { value: 0.2, provenance: assumption },
          openWeeksPerYear: { value: 46, provenance: assumption },
          municipalities: ['5027', '5028', '5029'].map((municipalityNumber, i) => ({
            municipalityNumber,
            calls: calls(10 + 5 * i),
            openingHours: hours,
          })),
        },
      },
    };
    const saved = await page.request.post(`${flokk.url}/api/cases/${CASE}/revisions`, {
      headers: { 'x-csrf-token': me.csrfToken },
      data: { baseRevision: view.revision.revision, comment: 'Anropstall for test', document },
    });
    expect(saved.status()).toBe(201);
    await page.goto(`${flokk.url}/saker/${CASE}/sentralbord`);
    await expect.poll(() => page.getByRole('row', { name: /Felles sentralbord/ }).count()).toBe(1);
    await expect.poll(() => page.getByRole('row', { name: /Gevinst ved felles kø/ }).count()).toBe(1);
    await expect.poll(() => page.getByTestId('switchboard-missing').count()).toBe(0);
    await expectAccessible(page, 'switchboard with call volumes');
    await page.close();
  });
});
