/**
 * What users expect to be able to do, in a real browser: create a scenario as a copy, change its cost key and
 * delete it after confirming; make a case from the default case, archive it and take it back; start a blank case
 * with two of its municipalities and land on a plain empty state; change one's own
 * password and sign in with the new one; have the weighting form refuse −5, 1 000 and «abc» with a message
 * naming the field; choose the areas a ranking covers. Axe passes on the new forms and dialogs. Page width at
 * 390 px for these pages is checked with every other route in page-width.test.ts.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-for-muligheter';
const CASE = 'skaun-melhus-midtre-gauldal';
const LRF = 'Lønn, regnskap og fakturering';
const EMAIL = 'petra@flokk.local';
const FIRST_PASSWORD = 'petras-forste-lange-ord';

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-capabilities-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

interface CaseView {
  revision: { revision: number; comment: string };
  document: { scenarios: { id: string; name: { nb: string }; areas: { costKey?: unknown }[] }[] };
}

async function caseView(page: Page): Promise<CaseView> {
  return (await (await page.request.get(`${flokk.url}/api/cases/${CASE}`)).json()) as CaseView;
}

async function ownerPage(): Promise<Page> {
  const page = await newPage(browser);
  await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
  return page;
}

describe('scenarios: copy, change, delete', () => {
  it('copies a scenario, changes its cost key, and deletes it after confirming', async () => {
    const page = await ownerPage();
    await page.goto(`${flokk.url}/saker/${CASE}/scenarier`);
    await expect.poll(() => page.getByRole('heading', { name: 'Nytt scenario' }).count()).toBe(1);
    await expectAccessible(page, 'scenario list with the new-scenario form');

    // No name: refused in words, nothing saved.
    await page.getByRole('button', { name: 'Lag scenario' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Skriv et navn på scenarioet.' }).count()).toBe(1);
    expect((await caseView(page)).revision.revision).toBe(1);

    await page.getByLabel('Navn på scenarioet').fill('Uten Melhus');
    await page
      .getByLabel('Start fra')
      .selectOption({ label: 'Kopi av «Felles enhet for administrative tjenester»' });
    await page.getByRole('button', { name: 'Lag scenario' }).click();
    await page.waitForURL((url) => url.pathname === `/saker/${CASE}/scenarier/uten-melhus`);
    const created = await caseView(page);
    expect(created.revision).toEqual(
      expect.objectContaining({
        revision: 2,
        comment: 'Nytt scenario «Uten Melhus» (kopi av «Felles enhet for administrative tjenester»)',
      }),
    );
    expect(created.document.scenarios.map((s) => s.id)).toContain('uten-melhus');

    // The copy's cost key is changed and saved on its own page, as any scenario's (behind «Endre forutsetninger»).
    await page.locator('main summary', { hasText: 'Endre forutsetninger' }).click();
    const key = page.getByLabel(`Kostnadsnøkkel – ${LRF}`, { exact: true });
    await expect.poll(() => key.count(), { timeout: 30_000 }).toBe(1);
    await key.selectOption({ label: 'Like andeler' });
    await page.getByLabel('Kommentar til revisjonen').fill('Uten Melhus: like andeler');
    await page.getByRole('button', { name: 'Lagre ny revisjon' }).click();
    await expect.poll(() => page.getByText('Lagret som revisjon 3.').count()).toBeGreaterThan(0);
    const changed = await caseView(page);
    const copy = changed.document.scenarios.find((s) => s.id === 'uten-melhus');
    const source = changed.document.scenarios.find((s) => s.id === 'administrative-tjenester');
    expect(copy?.areas[0]?.costKey).toEqual({ keyId: 'equal' });
    expect(source?.areas[0]?.costKey).not.toEqual({ keyId: 'equal' });

    // Deleting asks first; Cancel keeps it, confirming deletes it as a new revision.
    await page.goto(`${flokk.url}/saker/${CASE}/scenarier`);
    const remove = page.getByRole('button', { name: 'Slett Uten Melhus' });
    await expect.poll(() => remove.count()).toBe(1);
    await remove.click();
    const dialog = page.getByRole('dialog', { name: 'Slette «Uten Melhus»?' });
    await expect.poll(() => dialog.isVisible()).toBe(true);
    await expectAccessible(page, 'delete-scenario dialog');
    await dialog.getByRole('button', { name: 'Avbryt' }).click();
    expect((await caseView(page)).revision.revision).toBe(3);
    await remove.click();
    await dialog.getByRole('button', { name: 'Slett scenarioet' }).click();
    await expect.poll(() => page.getByText('Scenarioet er slettet.').count()).toBe(1);
    const deleted = await caseView(page);
    expect(deleted.revision).toEqual(
      expect.objectContaining({ revision: 4, comment: 'Slettet scenario «Uten Melhus»' }),
    );
    expect(deleted.document.scenarios.map((s) => s.id)).not.toContain('uten-melhus');
    await expect.poll(() => page.getByRole('link', { name: 'Uten Melhus' }).count()).toBe(0);
    await page.close();
  });
});

describe('cases: a copy of the default case, archived and taken back', () => {
  it('makes a case from the default case, opens it, archives it and takes it back into use', async () => {
    const page = await ownerPage();
    await page.goto(`${flokk.url}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Ny sak' }).count()).toBe(1);
    await expectAccessible(page, 'case list with the new-case form');
    await page.getByLabel('Tittel på saken').fill('Prøvesak uten Melhus');
    await page.getByRole('button', { name: 'Lag saken' }).click();
    await page.waitForURL((url) => url.pathname === '/saker/provesak-uten-melhus');
    const created = (await (
      await page.request.get(`${flokk.url}/api/cases/provesak-uten-melhus`)
    ).json()) as {
      role: string;
      revision: { comment: string };
      document: { title: { nb: string }; scenarios: unknown[] };
    };
    expect(created.role).toBe('owner');
    expect(created.document.title).toEqual({ nb: 'Prøvesak uten Melhus' });
    expect(created.document.scenarios).toHaveLength(2);
    expect(created.revision.comment).toMatch(/^Ny sak «Prøvesak uten Melhus» \(kopi av «.+»\)$/);

    await page.goto(`${flokk.url}/`);
    const archive = page.getByRole('button', { name: 'Arkiver Prøvesak uten Melhus' });
    await expect.poll(() => archive.count()).toBe(1);
    await archive.click();
    await expect.poll(() => page.getByRole('link', { name: 'Prøvesak uten Melhus' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Vis arkiverte saker' }).click();
    await expect.poll(() => page.getByRole('heading', { name: 'Arkiverte saker' }).count()).toBe(1);
    await expect.poll(() => page.getByRole('link', { name: 'Prøvesak uten Melhus' }).count()).toBe(1);
    await expectAccessible(page, 'archived cases');
    await page.getByRole('button', { name: 'Ta i bruk igjen Prøvesak uten Melhus' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Prøvesak uten Melhus' }).count()).toBe(0);
    await page.getByRole('link', { name: 'Tilbake til mine saker' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Prøvesak uten Melhus' }).count()).toBe(1);
    await page.close();
  });
});

describe('cases: a blank start', () => {
  it('starts a blank case with the municipalities chosen and opens its first page with a plain empty state', async () => {
    const page = await ownerPage();
    await page.goto(`${flokk.url}/`);
    await expect.poll(() => page.getByRole('heading', { name: 'Ny sak' }).count()).toBe(1);
    await page.getByLabel('Tittel på saken').fill('Tom prøvesak');
    await page.getByRole('radio', { name: 'Tom sak' }).check();
    const skaun = page.getByRole('checkbox', { name: 'Skaun' });
    await expect.poll(() => skaun.count(), { timeout: 30_000 }).toBe(1);
    // All of the source case's municipalities are chosen at first.
    for (const name of ['Skaun', 'Melhus', 'Midtre Gauldal'])
      expect(await page.getByRole('checkbox', { name }).isChecked()).toBe(true);
    for (const name of ['Skaun', 'Melhus', 'Midtre Gauldal'])
      await page.getByRole('checkbox', { name }).uncheck();
    await page.getByRole('button', { name: 'Lag saken' }).click();
    await expect.poll(() => page.getByRole('link', { name: 'Velg minst én kommune.' }).count()).toBe(1);
    await expectAccessible(page, 'new-case form, blank start with no municipality');
    await skaun.check();
    await page.getByRole('checkbox', { name: 'Melhus' }).check();
    await page.getByRole('button', { name: 'Lag saken' }).click();
    await page.waitForURL((url) => url.pathname === '/saker/tom-provesak');
    await expect
      .poll(() => page.getByText('Saken har ingen scenarier ennå', { exact: false }).count(), {
        timeout: 30_000,
      })
      .toBe(1);
    expect(await page.getByRole('alert').count()).toBe(0);
    await expectAccessible(page, 'decision page of a blank case');
    const created = (await (await page.request.get(`${flokk.url}/api/cases/tom-provesak`)).json()) as {
      role: string;
      revision: { comment: string };
      document: { participants: { name: string; population: unknown[] }[]; scenarios: unknown[] };
    };
    expect(created.role).toBe('owner');
    expect(created.revision.comment).toBe('Ny tom sak «Tom prøvesak»');
    expect(created.document.participants).toEqual([
      expect.objectContaining({ name: 'Melhus', population: [] }),
      expect.objectContaining({ name: 'Skaun', population: [] }),
    ]);
    expect(created.document.scenarios).toEqual([]);
    await page.close();
  });
});

describe('the weighting form', () => {
  it('refuses −5, 1 000 and «abc» as points with a message naming the field, and saves nothing', async () => {
    const page = await ownerPage();
    await page.goto(`${flokk.url}/saker/${CASE}/modellvalg`);
    await page.locator('main summary', { hasText: 'Endre forutsetninger' }).click();
    await expect.poll(() => page.getByLabel('Rolle eller organ').count(), { timeout: 30_000 }).toBe(1);
    const before = (await caseView(page)).revision.revision;
    await page.getByLabel('Rolle eller organ').fill('Formannskapet i Skaun');
    await page.getByLabel('Poeng for Styringsstruktur').fill('-5');
    await page.getByLabel('Poeng for Demokratisk kontroll').fill('1 000');
    await page.getByLabel('Poeng for Økonomi og kostnadsdeling').fill('abc');
    await page.locator('#weighting-comment').fill('Prøver feil tall');
    await page.getByRole('button', { name: 'Lagre vektene' }).click();
    for (const criterion of ['Styringsstruktur', 'Demokratisk kontroll', 'Økonomi og kostnadsdeling']) {
      const message = `Poeng for ${criterion} må være et tall mellom 0 og 100.`;
      await expect.poll(() => page.getByRole('link', { name: message }).count()).toBe(1);
      // The same words under the field itself.
      await expect.poll(() => page.getByText(message).count()).toBe(2);
    }
    await expectAccessible(page, 'weighting form with refused points');
    expect((await caseView(page)).revision.revision).toBe(before);

    // The ranking covers the areas ticked; with none, it says so in words instead of ranking.
    const areas = page.getByRole('group', { name: 'Hvilke tjenesteområder skal rangeringen gjelde?' });
    const boxes = areas.getByRole('checkbox');
    const count = await boxes.count();
    expect(count).toBeGreaterThan(1);
    for (let i = 0; i < count; i++) await boxes.nth(i).uncheck();
    await expect
      .poll(() => page.getByText('Kryss av for minst ett tjenesteområde for å se rangeringen.').count())
      .toBe(1);
    const asked = page.waitForRequest((request) => request.url().includes('/model-choice?areas=byggesak'));
    await areas.getByRole('checkbox', { name: 'Byggesak' }).check();
    await asked;
    await expectAccessible(page, 'ranking for one area');
    await page.close();
  });
});

describe('changing one’s own password', () => {
  it('refuses a wrong current password and a differing repeat, then changes it; the new one signs in', async () => {
    // A person of their own, so the owner's sign-ins in the tests above do not count against this one.
    const owner = await ownerPage();
    const csrf = (await (await owner.request.get(`${flokk.url}/api/auth/me`)).json()) as {
      csrfToken: string;
    };
    const added = await owner.request.put(`${flokk.url}/api/cases/${CASE}/members`, {
      data: { email: EMAIL, displayName: 'Petra Passord', password: FIRST_PASSWORD, role: 'reader' },
      headers: { 'x-csrf-token': csrf.csrfToken },
    });
    expect(added.status()).toBeLessThan(300);
    await owner.close();
    const page = await newPage(browser);
    await signInAs(page, flokk.url, EMAIL, FIRST_PASSWORD);
    await page.getByRole('link', { name: 'Bytt passord' }).click();
    await page.waitForURL((url) => url.pathname === '/konto');
    await expect.poll(() => page.getByRole('heading', { name: 'Min konto' }).count()).toBe(1);
    await expectAccessible(page, 'account page');
    const next = 'et-helt-nytt-og-langt-passord';

    await page.getByLabel('Nåværende passord').fill(FIRST_PASSWORD);
    await page.getByLabel('Nytt passord', { exact: true }).fill(next);
    await page.getByLabel('Gjenta nytt passord').fill(`${next}x`);
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await expect
      .poll(() =>
        page.getByRole('link', { name: 'Gjenta nytt passord: er ikke likt det nye passordet.' }).count(),
      )
      .toBe(1);

    await page.getByLabel('Nåværende passord').fill('feil-passord-her');
    await page.getByLabel('Nytt passord', { exact: true }).fill('kort');
    await page.getByLabel('Gjenta nytt passord').fill('kort');
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await expect
      .poll(() =>
        page.getByRole('link', { name: 'Nåværende passord: Det nåværende passordet er feil' }).count(),
      )
      .toBe(1);
    await expect
      .poll(() => page.getByRole('link', { name: /^Nytt passord: Passordet må ha minst 12 tegn/ }).count())
      .toBe(1);
    await expectAccessible(page, 'account page with errors');

    await page.getByLabel('Nåværende passord').fill(FIRST_PASSWORD);
    await page.getByLabel('Nytt passord', { exact: true }).fill(next);
    await page.getByLabel('Gjenta nytt passord').fill(next);
    await page.getByRole('button', { name: 'Bytt passord' }).click();
    await expect
      .poll(() => page.getByText(/Passordet er byttet/).count(), {
        message: 'success notice',
        timeout: 10_000,
      })
      .toBe(1)
      .catch(async (error: unknown) => {
        throw new Error(`${String(error)}\n${await page.locator('main').innerText()}`);
      });

    await page.getByRole('button', { name: 'Logg ut' }).click();
    await page.waitForURL((url) => url.pathname.startsWith('/logg-inn'));
    const old = await newPage(browser);
    await old.goto(`${flokk.url}/logg-inn`);
    await old.getByLabel('E-post').fill(EMAIL);
    await old.getByLabel('Passord').fill(FIRST_PASSWORD);
    await old.getByRole('button', { name: 'Logg inn' }).click();
    await expect.poll(() => old.getByText('Feil e-post eller passord.').count()).toBeGreaterThan(0);
    expect(new URL(old.url()).pathname).toBe('/logg-inn');
    await signInAs(page, flokk.url, EMAIL, next);
    expect(new URL(page.url()).pathname).not.toBe('/logg-inn');
    await old.close();
    await page.close();
  });
});
