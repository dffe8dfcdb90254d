/**
 * Choosing the cooperation model in a real browser on a phone-sized screen: the matrix says a kommunalt
 * oppgavefellesskap may prepare building permits while each municipality decides (lawful with conditions,
 * kommuneloven § 19-1 annet ledd), and that the political council is not suited; two people enter different weights, one at a time; the group ranking, the disagreement and the
 * weight change that flips the top model appear; axe passes. The scores are test data (the seeds give none):
 * two lawful models are scored in the form, and a score for a model that is not suited is saved through the API first. A second
 * test, on a wide screen, records a planned transfer of staff and shows the § 16-5 warning clearing only when both
 * the old and the new employer have a dated discussion with their union representatives before the decision.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { expectAccessible, launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const CASE = 'skaun-melhus-midtre-gauldal';
const CRITERIA = [
  'styringsstruktur',
  'demokratisk-kontroll',
  'okonomi-kostnadsdeling',
  'fleksibilitet',
  'skalerbarhet',
  'fagmiljo',
  'likeverdighet',
  'digitalisering',
  'tjenestekvalitet',
  'implementeringstid',
  'ansatte',
];

const CRITERION_NAMES = [
  'Styringsstruktur',
  'Demokratisk kontroll',
  'Økonomi og kostnadsdeling',
  'Fleksibilitet og endringsmuligheter',
  'Skalerbarhet',
  'Fagmiljø og kompetanse',
  'Likeverdighet mellom kommunene',
  'Digitalisering / systemavhengighet',
  'Tjenestekvalitet',
  'Implementeringstid',
  'Konsekvenser for ansatte',
];

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-model-'));
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

/** A test score for the political council, which is not suited for the default package (the guide: «skal ikke produsere tjenester»). */
async function saveTestScores(page: Page): Promise<void> {
  const status = await page.evaluate(
    async ({ caseId, criteria }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const view = (await (await fetch(`/api/cases/${caseId}`)).json()) as {
        revision: { revision: number };
        document: Record<string, unknown>;
      };
      const score = (modelId: string, special: Record<string, number>) =>
        criteria.map((criterionId) => ({
          modelId,
          criterionId,
          score: special[criterionId] ?? 3,
          scoredBy: 'E2E-test',
        }));
      const document = {
        ...view.document,
        weightingSessions: [
          {
            id: 'vekting-modellkriterier',
            criteriaSetId: 'modellkriterier',
            aggregation: 'aip',
            persons: [],
            scores: [
              ...score('vertskommune-administrativ', {
                'okonomi-kostnadsdeling': 5,
                'demokratisk-kontroll': 2,
              }),
              ...score('vertskommune-nemnd', { 'okonomi-kostnadsdeling': 2, 'demokratisk-kontroll': 5 }),
              ...score('interkommunalt-politisk-rad', {
                'okonomi-kostnadsdeling': 5,
                'demokratisk-kontroll': 5,
              }),
            ],
          },
        ],
      };
      const response = await fetch(`/api/cases/${caseId}/revisions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({ baseRevision: view.revision.revision, comment: 'Testpoeng', document }),
      });
      return response.status;
    },
    { caseId: CASE, criteria: CRITERIA },
  );
  expect(status).toBe(201);
}

/** Saves the case with a planned transfer of payroll staff to Melhus and the given participation meetings. */
async function saveDocument(page: Page, meetings: Record<string, unknown>[]): Promise<void> {
  const status = await page.evaluate(
    async ({ caseId, meetings }) => {
      const me = (await (await fetch('/api/auth/me')).json()) as { csrfToken: string };
      const view = (await (await fetch(`/api/cases/${caseId}`)).json()) as {
        revision: { revision: number };
        document: Record<string, unknown>;
      };
      const document = {
        ...view.document,
        staffChanges: [
          {
            id: 'lonn-til-melhus',
            title: { nb: 'Lønn samles i Melhus' },
            serviceAreaIds: ['lonn-regnskap-fakturering'],
            decisionDate: '2026-06-18',
          },
        ],
        participationMeetings: meetings,
        legalAssessment: {
          procurementAnswers: [],
          staffTransfers: [
            {
              changeId: 'lonn-til-melhus',
              modelId: 'vertskommune-administrativ',
              newEmployerMunicipalityNumber: '5028',
            },
          ],
        },
      };
      const response = await fetch(`/api/cases/${caseId}/revisions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'X-CSRF-Token': me.csrfToken },
        body: JSON.stringify({ baseRevision: view.revision.revision, comment: 'Testoverføring', document }),
      });
      return response.status;
    },
    { caseId: CASE, meetings },
  );
  expect(status).toBe(201);
}

/** Test scores: the administrative host is strong on cost sharing, the joint board on democratic control. */
async function enterScores(page: Page, model: string, special: Record<string, string>): Promise<void> {
  await page.getByLabel('Modell som vurderes').selectOption({ label: model });
  await page.getByLabel('Hvem vurderer').fill('Prosjektgruppen');
  for (const criterion of CRITERION_NAMES) {
    const level = special[criterion] ?? '3';
    await page.getByLabel(`Vurdering av ${criterion}`).selectOption(level);
  }
  await page.locator('#scoring-comment').fill(`Poeng for ${model}`);
  await page.getByRole('button', { name: 'Lagre vurderingen' }).click();
  await expect.poll(() => page.getByText(/Vurderingen er lagret som revisjon \d+/).count()).toBe(1);
}

async function enterWeights(page: Page, role: string, points: Record<string, string>): Promise<void> {
  await page.getByLabel('Rolle eller organ').fill(role);
  for (const [criterion, value] of Object.entries(points)) {
    await page.getByLabel(`Poeng for ${criterion}`).fill(value);
  }
  await page.locator('#weighting-comment').fill(`Vekter fra ${role}`);
  await page.getByRole('button', { name: 'Lagre vektene' }).click();
  await expect.poll(() => page.getByText(/Vektene er lagret som revisjon \d+/).count()).toBe(1);
}

describe('Choosing the cooperation model', () => {
  it('shows the matrix, takes two people’s weights on a phone and ranks the lawful models', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page);
    await page.goto(`${flokk.url}/saker/${CASE}/modellvalg`);
    await expect.poll(() => page.getByRole('heading', { name: 'Valg av samarbeidsmodell' }).count()).toBe(1);
    await expect
      .poll(() => page.getByRole('table', { name: 'Samarbeidsmodell × tjenesteområde' }).count())
      .toBe(1);

    const matrix = page.getByRole('table', { name: 'Samarbeidsmodell × tjenesteområde' });
    const ko = matrix.locator('td[data-area="byggesak"]').nth(1);
    const host = matrix.locator('td[data-area="byggesak"]').nth(2);
    const council = matrix.locator('td[data-area="byggesak"]').nth(0);
    await expect.poll(() => ko.locator('summary').innerText()).toContain('Lovlig med vilkår');
    await expect.poll(() => council.locator('summary').innerText()).toContain('Ikke egnet');
    await expect.poll(() => host.locator('summary').innerText()).toContain('Lovlig');
    await ko.locator('summary').click();
    await expect.poll(() => ko.innerText()).toContain('kommuneloven § 19-1 annet ledd');
    await expect.poll(() => page.getByText(/Ingen har vektet kriteriene i/).count()).toBeGreaterThan(0);
    await expectAccessible(page, 'model choice, empty');

    await saveTestScores(page);
    await page.reload();
    await expect.poll(() => page.getByLabel('Rolle eller organ').count()).toBe(1);
    // Results first: the forms are behind «Endre forutsetninger».
    await page.locator('main summary', { hasText: 'Endre forutsetninger' }).click();

    // A pairwise comparison shows the consistency ratio and the random index it uses as it is made.
    await page.getByLabel('Parvis sammenligning (AHP)').check();
    await page.getByLabel('Styringsstruktur mot Demokratisk kontroll').selectOption('2');
    await expect.poll(() => page.getByText(/tilfeldig indeks RI = 1,51 for n = 11/).count()).toBe(1);
    await page.getByLabel('Poeng per kriterium').check();

    await enterScores(page, 'Administrativt vertskommunesamarbeid', {
      'Økonomi og kostnadsdeling': '5',
      'Demokratisk kontroll': '2',
    });
    await enterScores(page, 'Vertskommunesamarbeid med felles folkevalgt nemnd', {
      'Økonomi og kostnadsdeling': '2',
      'Demokratisk kontroll': '5',
    });
    await enterWeights(page, 'Formannskapet i Skaun', {
      'Økonomi og kostnadsdeling': '60',
      'Demokratisk kontroll': '40',
    });
    await enterWeights(page, 'Formannskapet i Melhus', {
      'Økonomi og kostnadsdeling': '30',
      'Demokratisk kontroll': '70',
    });

    const ranking = page.getByRole('table', { name: 'Rangering etter vektet sum (skala 1–5)' });
    await expect.poll(() => ranking.count()).toBe(1);
    // Mean weights 45 % cost, 55 % control: the board 0.45·2 + 0.55·5 = 3.65, the administrative host 3.35.
    await expect
      .poll(() => ranking.getByRole('row').nth(1).innerText())
      .toMatch(/1\s+Vertskommunesamarbeid med felles folkevalgt nemnd\s+3,65/);
    await expect.poll(() => ranking.getByRole('row').nth(2).innerText()).toContain('3,35');
    await expect
      .poll(() =>
        page.getByText(/Holdt utenfor fordi modellen ikke er egnet.*Interkommunalt politisk råd/).count(),
      )
      .toBe(1);

    const disagreement = page.getByRole('table', {
      name: /Gruppevekter og uenighet \(2 personer har satt vekter\)/,
    });
    const control = disagreement.getByRole('row', { name: /Demokratisk kontroll/ });
    await expect
      .poll(() => control.innerText())
      .toMatch(/55,0\s%[\s\S]*40,0\s%.*Skaun[\s\S]*70,0\s%.*Melhus[\s\S]*30,0\s%/);

    const robustness = page.getByRole('table', { name: /Robusthet/ });
    const flip = robustness.getByRole('row', { name: /Demokratisk kontroll/ });
    // The administrative host takes the top place when control falls from 55 % to 50 %.
    await expect
      .poll(() => flip.innerText())
      .toContain('−5,0 prosentpoeng (til 50,0 %) → Administrativt vertskommunesamarbeid');

    await expectAccessible(page, 'model choice, ranked');
    await page.close();
  });

  it('passes axe in nynorsk and English, with the matrix and the ranking translated', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 390, height: 844 });
    await signIn(page);
    const titles = { nn: 'Val av samarbeidsmodell', en: 'Choosing the cooperation model' };
    for (const language of ['nn', 'en'] as const) {
      await page.goto(`${flokk.url}/saker/${CASE}/modellvalg`);
      await page.getByLabel(/Språk|Language/).selectOption(language);
      await expect.poll(() => page.locator('html').getAttribute('lang')).toBe(language);
      await expect.poll(() => page.getByRole('heading', { name: titles[language] }).count()).toBe(1);
      await expect.poll(() => page.getByRole('table').count()).toBeGreaterThan(3);
      await expectAccessible(page, `model choice (${language})`);
    }
    await expect
      .poll(() =>
        page.getByText(/−5,0 percentage points \(to 50,0 %\) → Host municipality \(administrative\)/).count(),
      )
      .toBe(1);
    await page.close();
  });

  it('clears the § 16-5 warning only when both the old and the new employer have discussed before the decision', async () => {
    const page = await newPage(browser);
    await page.setViewportSize({ width: 1280, height: 900 });
    await signIn(page);
    await page.goto(`${flokk.url}/saker/${CASE}/modellvalg`);
    await expect
      .poll(() => page.getByRole('heading', { name: 'Overføring av ansatte' }).count(), { timeout: 30_000 })
      .toBe(1);
    // Test data (not from the seeds): payroll moves to Melhus as host; only the old employers have met their unions.
    const oldEmployers = {
      id: 'drofting-skaun-gauldal',
      kind: 'informationAndDiscussion',
      date: '2026-05-04',
      topic: { nb: 'Lønn til vertskommune' },
      changeIds: ['lonn-til-melhus'],
      participants: [
        { role: 'unionRepresentative', municipalityNumber: '5027' },
        { role: 'unionRepresentative', municipalityNumber: '5029' },
      ],
    };
    await saveDocument(page, [oldEmployers]);
    await page.reload();
    const table = page.getByRole('table', { name: /Plikter før overføringen «Lønn samles i Melhus»/ });
    // The analysis is computed in a worker after the reload; on a busy machine that takes a few seconds.
    await expect.poll(() => table.count(), { timeout: 60_000 }).toBe(1);
    const melhus = table.getByRole('row', { name: /aml\. § 16-5.*Melhus/ });
    await expect
      .poll(() => melhus.innerText())
      .toContain(
        'mangler datert informasjon og datert drøfting for Melhus (ny arbeidsgiver) før vedtaket 2026-06-18',
      );
    await expect
      .poll(() => table.getByRole('row', { name: /aml\. § 16-5.*Skaun/ }).innerText())
      .toContain('Oppfylt: 2026-05-04');
    await expectAccessible(page, 'staff transfer, warning');

    await saveDocument(page, [
      oldEmployers,
      {
        id: 'drofting-melhus',
        kind: 'informationAndDiscussion',
        date: '2026-05-11',
        topic: { nb: 'Lønn til vertskommune' },
        changeIds: ['lonn-til-melhus'],
        participants: [{ role: 'unionRepresentative', municipalityNumber: '5028' }],
      },
    ]);
    await page.reload();
    await expect.poll(() => melhus.innerText(), { timeout: 60_000 }).toContain('Oppfylt: 2026-05-11');
    await expect.poll(() => page.getByText(/mangler datert .* for Melhus/).count()).toBe(0);
    await expect
      .poll(() => page.getByText(/fortrinnsrett til ny ansettelse hos den gamle arbeidsgiveren/).count())
      .toBe(1);
    await expectAccessible(page, 'staff transfer, § 16-5 met');
    await page.close();
  });
});
