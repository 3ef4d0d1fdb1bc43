import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser } from 'playwright-core';
import { ensureWebBuilt } from './build.ts';
import { launchBrowser, openWatchedPage, type WatchedPage } from './browser.ts';
import { startE2eServer, type E2eServer } from './server.ts';

/**
 * One server (fresh database with demo data) and one browser per test file; each test gets its own page,
 * and fails if that page logged a console error, threw, or had a request fail.
 */
export function useE2eSuite(): { page(): Promise<WatchedPage>; finish(w: WatchedPage): Promise<void> } {
  let server: E2eServer | null = null;
  let browser: Browser | null = null;
  before(async () => {
    ensureWebBuilt();
    server = await startE2eServer();
    browser = await launchBrowser();
  }, { timeout: 180_000 });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    page: () => openWatchedPage(browser!, server!.url),
    async finish(w) {
      const problems = [...w.problems];
      await w.close();
      assert.deepEqual(problems, [], 'the page must have no console errors and no failed requests');
    },
  };
}
