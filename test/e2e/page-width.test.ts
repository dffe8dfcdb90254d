/**
 * Every page fits a 390 px phone and a 1 280 px laptop without sideways page scrolling, in bokmål, nynorsk
 * and English, signed in and signed out; axe passes at both widths. Wide tables scroll inside their own
 * region and charts shrink to their column, so the page itself never grows wider than the window.
 *
 * The routes come from `src/web/routes/app-router.tsx` itself: the test reads every `path: '…'` in it and
 * fails if one of them has no entry in `VISITS` below, so a new page cannot be added without being measured
 * here. To cover a new route, add its pattern to `VISITS` with the real address (or addresses) to open.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { casePaths, SIGN_IN_PATH } from '../../src/web/routes/case-paths.ts';
import { expectAccessible, launchBrowser, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-passord-som-er-langt';
const CASE = 'skaun-melhus-midtre-gauldal';
const SCENARIO = 'administrative-tjenester';
const OTHER_SCENARIO = 'lonn-regnskap-lik-andel';
const WIDTHS = [390, 1280] as const;
const LANGUAGES = ['nb', 'nn', 'en'] as const;
/** One unbroken 300-character word, as a pasted link or a careless note would be: it must wrap, not widen. */
const LONG_NOTE = `Langnotat-${'x'.repeat(290)}`;

const ROUTER_SOURCE = new URL('../../src/web/routes/app-router.tsx', import.meta.url);
const paths = casePaths(CASE);

/** Who may open a route: signed out only (sign-in), signed in only, or both. */
type Audience = 'signed-out' | 'signed-in' | 'both';

interface Visit {
  audience: Audience;
  /** Real addresses for the route's pattern; a function when it needs a revision saved in `beforeAll`. */
  urls: (revision: number) => string[];
}

/** Route pattern in app-router.tsx → the addresses that exercise it. */
const VISITS: Record<string, Visit> = {
  [SIGN_IN_PATH]: { audience: 'signed-out', urls: () => [SIGN_IN_PATH] },
  '/status/:caseId': { audience: 'both', urls: () => [paths.publicStatus] },
  '/': { audience: 'signed-in', urls: () => ['/', '/?arkiv=1'] },
  '/konto': { audience: 'signed-in', urls: () => ['/konto'] },
  '/saker/:caseId': {
    audience: 'signed-in',
    urls: () => [paths.decision, `${paths.decision}?kommune=melhus`],
  },
  '/saker/:caseId/oversikt': { audience: 'signed-in', urls: () => [paths.overview] },
  '/saker/:caseId/grunnlag': { audience: 'signed-in', urls: () => [paths.baseline] },
  '/saker/:caseId/grunnlag/import': { audience: 'signed-in', urls: () => [paths.baselineImport] },
  '/saker/:caseId/kostnadsdeling': { audience: 'signed-in', urls: () => [paths.costSharing] },
  '/saker/:caseId/modellvalg': { audience: 'signed-in', urls: () => [paths.modelChoice] },
  '/saker/:caseId/prosess': { audience: 'signed-in', urls: () => [paths.process] },
  '/saker/:caseId/ansatte': { audience: 'signed-in', urls: () => [paths.people] },
  '/saker/:caseId/sammenligning': { audience: 'signed-in', urls: () => [paths.benchmark] },
  '/saker/:caseId/medlemmer': { audience: 'signed-in', urls: () => [paths.members] },
  '/saker/:caseId/sentralbord': { audience: 'signed-in', urls: () => [paths.switchboard] },
  '/saker/:caseId/dokumenter': { audience: 'signed-in', urls: () => [paths.documents] },
  '/saker/:caseId/historikk': { audience: 'signed-in', urls: () => [paths.history] },
  '/saker/:caseId/historikk/:revision': {
    audience: 'signed-in',
    urls: (revision) => [paths.revision(revision)],
  },
  '/saker/:caseId/scenarier': { audience: 'signed-in', urls: () => [paths.scenarios] },
  '/saker/:caseId/scenarier/sammenlign': {
    audience: 'signed-in',
    urls: () => [paths.compareScenarios(SCENARIO, OTHER_SCENARIO)],
  },
  '/saker/:caseId/scenarier/:scenarioId': { audience: 'signed-in', urls: () => [paths.scenario(SCENARIO)] },
  '/saker/:caseId/drift/oppgjor': {
    audience: 'signed-in',
    urls: () => [paths.settlement, `${paths.settlement}?enhet=administrative-tjenester&ar=2027`],
  },
  '/saker/:caseId/drift': { audience: 'signed-in', urls: () => [paths.operations] },
  '/saker/:caseId/drift/gevinster': { audience: 'signed-in', urls: () => [paths.benefits] },
  '*': { audience: 'both', urls: () => ['/denne-siden-finnes-ikke'] },
};

/** Every `path: '…'` in the router, read from its source so the list cannot drift from the app. */
function routerPaths(): string[] {
  const source = readFileSync(ROUTER_SOURCE, 'utf8');
  return [...source.matchAll(/\bpath:\s*'([^']+)'/g)].map((match) => match[1] ?? '');
}

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;
/** The revision saved with `LONG_NOTE` as its comment. */
let noteRevision = 1;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-page-width-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
  // A revision whose comment is one very long word, so the history and revision pages must wrap it.
  const context = await browser.newContext({ locale: 'nb-NO', timezoneId: 'Europe/Oslo' });
  const page = await context.newPage();
  await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
  const me = (await (await page.request.get(`${flokk.url}/api/auth/me`)).json()) as { csrfToken: string };
  const view = (await (await page.request.get(`${flokk.url}/api/cases/${CASE}`)).json()) as {
    revision: { revision: number };
    document: unknown;
  };
  const saved = await page.request.post(`${flokk.url}/api/cases/${CASE}/revisions`, {
    headers: { 'x-csrf-token': me.csrfToken },
    data: { baseRevision: view.revision.revision, comment: LONG_NOTE, document: view.document },
  });
  expect(saved.status(), await saved.text()).toBe(201);
  noteRevision = view.revision.revision + 1;
  await context.close();
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

async function openContext(width: number, language: string, signedIn: boolean): Promise<BrowserContext> {
  const context = await browser.newContext({
    locale: 'nb-NO',
    timezoneId: 'Europe/Oslo',
    viewport: { width, height: 800 },
  });
  if (signedIn) await signInAs(await context.newPage(), flokk.url, 'eier@flokk.local', PASSWORD);
  // The language switcher keeps its choice in localStorage; setting it before each page load is the same
  // as having chosen it once, without depending on the switcher's label in each language.
  await context.addInitScript((chosen) => window.localStorage.setItem('flokk.language', chosen), language);
  return context;
}

/** Waits until the page has its heading, no spinner, and the language asked for. */
async function settle(page: Page, language: string): Promise<void> {
  await expect.poll(() => page.locator('html').getAttribute('lang'), { timeout: 20_000 }).toBe(language);
  await expect
    .poll(
      async () =>
        (await page.locator('main h1').count()) > 0 &&
        (await page.locator('.loading-state, .ds-spinner').count()) === 0,
      { timeout: 30_000 },
    )
    .toBe(true);
  // Charts measure their column after the first paint; let that settle.
  await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => setTimeout(done, 50))));
}

/**
 * Page-level overflow and the elements that cause it: those whose right edge passes the window and that
 * are not inside a region that scrolls (or clips) on its own — the outermost such element is the culprit.
 */
function measureOverflow(page: Page) {
  return page.evaluate(() => {
    const viewport = window.innerWidth;
    const scrollWidth = document.documentElement.scrollWidth;
    const clipsInside = (element: Element): boolean => {
      for (
        let parent = element.parentElement;
        parent && parent !== document.body;
        parent = parent.parentElement
      ) {
        const overflowX = getComputedStyle(parent).overflowX;
        if (overflowX !== 'visible') return true;
      }
      return false;
    };
    const describe = (element: Element): string => {
      const id = element.id ? `#${element.id}` : '';
      const classes = [...element.classList]
        .slice(0, 3)
        .map((name) => `.${name}`)
        .join('');
      const text = (element.textContent ?? '').trim().replace(/\s+/g, ' ').slice(0, 40);
      const right = Math.round(element.getBoundingClientRect().right);
      return `${element.tagName.toLowerCase()}${id}${classes} (right ${right}px) «${text}»`;
    };
    const culprits = [...document.body.querySelectorAll('*')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1 && !clipsInside(element))
      .filter(
        (element) =>
          !element.parentElement || element.parentElement.getBoundingClientRect().right <= viewport + 1,
      )
      .sort((a, b) => b.getBoundingClientRect().right - a.getBoundingClientRect().right)
      .slice(0, 5)
      .map(describe);
    // A region measured by its container (container-type) collapses if it sits in a box sized by its content.
    const collapsed = [...document.querySelectorAll('.scroll-region')]
      .filter((region) => region.getBoundingClientRect().width < 100)
      .map(describe);
    return { viewport, scrollWidth, culprits, collapsed };
  });
}

describe('every page fits 390 px and 1 280 px without sideways page scrolling', () => {
  it('visits every route in the router', () => {
    const routes = routerPaths();
    expect(routes.length).toBeGreaterThan(10);
    const unvisited = routes.filter((route) => !(route in VISITS));
    expect(unvisited, 'routes in app-router.tsx with no entry in VISITS (page-width.test.ts)').toEqual([]);
  });

  for (const language of LANGUAGES) {
    for (const width of WIDTHS) {
      it(`${language} at ${width} px: no page scrolls sideways${language === 'nb' ? ', axe passes' : ''}`, async () => {
        const failures: string[] = [];
        for (const signedIn of [false, true]) {
          const context = await openContext(width, language, signedIn);
          const page = await context.newPage();
          for (const visit of Object.values(VISITS)) {
            if (visit.audience === (signedIn ? 'signed-out' : 'signed-in')) continue;
            for (const url of visit.urls(noteRevision)) {
              const label = `${url} (${signedIn ? 'signed in' : 'signed out'}, ${language}, ${width} px)`;
              await page.goto(`${flokk.url}${url}`);
              await settle(page, language);
              const { viewport, scrollWidth, culprits, collapsed } = await measureOverflow(page);
              if (collapsed.length > 0)
                failures.push(`${label}: scroll regions too narrow\n    ${collapsed.join('\n    ')}`);
              if (scrollWidth > viewport) {
                failures.push(`${label}: page is ${scrollWidth} px wide\n    ${culprits.join('\n    ')}`);
              }
              if (language === 'nb') await expectAccessible(page, label);
            }
          }
          await context.close();
        }
        expect(failures, 'pages wider than the window').toEqual([]);
      }, 240_000);
    }
  }
});
