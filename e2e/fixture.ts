/**
 * The one fixture of the browser tests: a server on a fresh demo database and a browser per test file, pages
 * that fail the test on any console error, page error or failed request, sign-in through the sign-in screen,
 * screenshots, and the steps several stories share. Every e2e test imports from here only.
 */
import { after, before } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Page } from 'playwright-core';
import { DEMO_PASSWORD } from '../apps/server/src/access/demo-accounts.ts';
import { ensureWebBuilt } from './helpers/build.ts';
import { launchBrowser, openWatchedPage, screenshot, type WatchedPage } from './helpers/browser.ts';
import { startE2eServer, type E2eServer } from './helpers/server.ts';

export { screenshot, type WatchedPage };

/** Per-test time limit: a story opens several screens, each with its own chunk and API calls. */
export const T = { timeout: 90_000 };

/** Logins of the demo installation (apps/server/src/access/demo-accounts.ts), one per role. */
export type DemoLogin = 'admin' | 'kaluga' | 'altai' | 'astrakhan' | 'novosibirsk' | 'komi' | 'biysk-so' | 'shipyard' | 'expert1' | 'expert2' | 'expert3' | 'expert4' | 'komi-so';

export interface E2eSuite {
  /** A new watched page; signed in as `as` when given (its own browser context, so sessions do not mix). */
  page(options?: { as?: DemoLogin }): Promise<WatchedPage>;
  /** Closes the page and fails the test if it logged a console error, threw, or had a request fail. */
  finish(w: WatchedPage): Promise<void>;
  baseUrl(): string;
}

/**
 * One server (fresh database with demo data and demo accounts) and one browser per test file; each test gets
 * its own page.
 */
export function useE2eSuite(): E2eSuite {
  let server: E2eServer | null = null;
  let browser: Browser | null = null;
  before(async () => {
    ensureWebBuilt();
    server = await startE2eServer();
    browser = await launchBrowser();
  }, { timeout: 240_000 });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });
  return {
    async page(options = {}) {
      const w = await openWatchedPage(browser!, server!.url);
      if (options.as) await signIn(w.page, options.as);
      return w;
    },
    async finish(w) {
      const problems = [...w.problems];
      await w.close();
      assert.deepEqual(problems, [], 'the page must have no console errors and no failed requests');
    },
    baseUrl: () => server!.url,
  };
}

/**
 * Signs in through the real sign-in screen, as a person would: login, password, «Войти». Returns once the
 * header shows the signed-in user (an account that must change its password is then on the change screen).
 * The session cookie stays with the page's browser context; the app keeps the CSRF token it was given.
 */
export async function signIn(page: Page, login: DemoLogin | string, password: string = DEMO_PASSWORD): Promise<void> {
  await page.goto('/login');
  await page.getByTestId('sign-in-login').fill(login);
  await page.getByTestId('sign-in-password').fill(password);
  await page.getByTestId('sign-in-submit').click();
  await page.getByTestId('user-menu').waitFor();
}

/**
 * A test that provokes an error on purpose (an invalid upload answered with 400) takes those entries out of the
 * page's problems, so `finish` still fails on anything unexpected; each pattern must have matched at least once.
 */
export function acceptExpectedProblems(w: WatchedPage, patterns: RegExp[]): void {
  for (const pattern of patterns) {
    const before = w.problems.length;
    const kept = w.problems.filter((p) => !pattern.test(p));
    assert.ok(kept.length < before, `expected a problem matching ${pattern}, got: ${JSON.stringify(w.problems)}`);
    w.problems.splice(0, w.problems.length, ...kept);
  }
}

/** Opens the cluster list, searches by a word of the name and clicks the cluster, as a user would. */
export async function openCluster(page: Page, search: string, fullName: string): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Кластеры', exact: true }).click();
  await page.getByPlaceholder('Название кластера').fill(search);
  await page.getByRole('link', { name: fullName }).click();
  await page.getByRole('heading', { level: 2, name: fullName }).waitFor();
}
