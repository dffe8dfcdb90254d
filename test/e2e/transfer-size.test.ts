/**
 * What a first visit to the case overview transfers, measured in Chromium with its cache off (issue 12): every
 * response's bytes on the wire (headers and the compressed body), the web app's files and the API's answers
 * alike, must stay under the bundle budget of 220 kB.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, newPage, signInAs } from './browser.ts';
import { startFlokk, type FlokkProcess } from './flokk-process.ts';

const PASSWORD = 'e2e-overforing-passord';
const CASE = 'skaun-melhus-midtre-gauldal';
const BUDGET_BYTES = 220 * 1024;

let dataDir: string;
let flokk: FlokkProcess;
let browser: Browser;

beforeAll(async () => {
  dataDir = mkdtempSync(join(tmpdir(), 'flokk-e2e-'));
  flokk = await startFlokk(dataDir, { FLOKK_OWNER_PASSWORD: PASSWORD });
  browser = await launchBrowser();
});

afterAll(async () => {
  await browser?.close();
  await flokk?.stop();
  rmSync(dataDir, { recursive: true, force: true });
});

describe('first visit to the overview', () => {
  it('transfers less than the bundle budget, compressed', async () => {
    const page = await newPage(browser);
    await signInAs(page, flokk.url, 'eier@flokk.local', PASSWORD);
    // A fresh page with the cache off: everything the overview needs comes over the wire again.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Network.enable');
    await cdp.send('Network.setCacheDisabled', { cacheDisabled: true });
    const bytes = new Map<string, number>();
    const urls = new Map<string, string>();
    cdp.on('Network.responseReceived', (event) => urls.set(event.requestId, event.response.url));
    cdp.on('Network.loadingFinished', (event) => bytes.set(event.requestId, event.encodedDataLength));
    await page.goto(`${flokk.url}/saker/${CASE}`, { waitUntil: 'networkidle' });
    await expect.poll(() => page.getByRole('heading', { level: 1 }).count()).toBe(1);

    const total = [...bytes.values()].reduce((sum, n) => sum + n, 0);
    const largest = [...bytes]
      .sort(([, a], [, b]) => b - a)
      .slice(0, 5)
      .map(([id, n]) => `${(n / 1024).toFixed(1)} kB ${urls.get(id) ?? id}`);
    process.stdout.write(
      `overview first visit: ${(total / 1024).toFixed(1)} kB in ${bytes.size} responses\n  ${largest.join('\n  ')}\n`,
    );
    expect(bytes.size).toBeGreaterThan(3);
    expect(total, largest.join('\n')).toBeLessThan(BUDGET_BYTES);
  });
});
