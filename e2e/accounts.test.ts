import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { acceptExpectedProblems, openCluster, screenshot, signIn, T, useE2eSuite } from './fixture.ts';

const NEW_LOGIN = 'e2e-kaluga-2';
const NEW_NAME = 'Отдел промышленности Калужской области (e2e)';

/** The user's row of the users table (found by the login cell). */
function userRow(page: Page, login: string) {
  return page.getByTestId('users-table').getByRole('row').filter({ has: page.getByTestId(`user-row-${login}`) });
}

async function signOut(page: Page): Promise<void> {
  await page.getByTestId('user-menu').click();
  await page.getByTestId('sign-out').click();
  await page.getByTestId('sign-in-button').waitFor();
}

describe('accounts in the browser', () => {
  const suite = useE2eSuite();

  it('the public sees the dashboard and a published cluster without links, and is asked to sign in for import', T, async () => {
    const w = await suite.page();
    const { page } = w;
    await page.goto('/');
    await page.getByTestId('stat-organisations-value').waitFor();
    await page.getByTestId('sign-in-button').waitFor();
    assert.equal(await page.getByRole('link', { name: 'Загрузка данных' }).count(), 0, 'import is not in the public menu');
    assert.equal(await page.getByRole('link', { name: 'Анализ кластеров' }).count(), 0, 'discovery is not in the public menu');
    assert.equal(await page.getByRole('link', { name: 'Пользователи' }).count(), 0);

    await openCluster(page, 'Приокья', 'Фармацевтический кластер Приокья');
    assert.equal(await page.getByTestId('cluster-status').first().textContent(), 'В реестре');
    await page.getByTestId('participants-table').getByRole('row').nth(1).waitFor();
    await page.getByTestId('links-closed').waitFor();
    assert.match((await page.getByTestId('links-closed').textContent()) ?? '', /Войдите, чтобы увидеть связи/);
    assert.equal(await page.getByTestId('kpi-volume-value').textContent(), '—');
    await page.getByTestId('history-closed').waitFor();
    await screenshot(page, 'accounts-public-cluster');

    // A participant's card: requisites are public, its supplies are not.
    await page.getByTestId('participants-table').getByRole('link').first().click();
    await page.getByTestId('org-identifiers').waitFor();
    await page.getByTestId('links-closed').waitFor();
    assert.equal(await page.getByRole('button', { name: 'Изменить' }).count(), 0, 'the public cannot edit');

    await page.goto('/import');
    await page.waitForURL(/\/login\?next=%2Fimport$/);
    await page.getByTestId('sign-in-form').waitFor();
    await page.getByTestId('sign-in-needed').waitFor();
    // The demo panel lists the accounts the server holds (the expert-commission story's too), with their scope.
    const panel = page.getByTestId('demo-accounts');
    await panel.getByTestId('demo-login-kaluga').waitFor();
    assert.equal(await page.getByTestId('demo-password').textContent(), 'demo-Klaster-2026');
    for (const login of ['admin', 'expert3', 'expert4', 'komi-so']) await panel.getByTestId(`demo-login-${login}`).waitFor();
    assert.match((await panel.getByTestId('demo-account-kaluga').textContent()) ?? '', /kaluga.*Региональный оператор.*Калужская область \(40\)/);
    await screenshot(page, 'accounts-public-import-sign-in');

    // A click on a login fills the form; signing in from there opens the page that was asked for.
    await panel.getByTestId('demo-login-kaluga').click();
    assert.equal(await page.getByTestId('sign-in-login').inputValue(), 'kaluga');
    assert.equal(await page.getByTestId('sign-in-password').inputValue(), 'demo-Klaster-2026');
    await page.getByTestId('sign-in-submit').click();
    await page.waitForURL(/\/import$/);
    await page.getByTestId('file-input').waitFor({ state: 'attached' });
    assert.equal(await page.getByTestId('user-role').textContent(), 'Региональный оператор');

    // The session ends behind the page's back (idle timeout, signed out elsewhere): the next request answers
    // 401 and the page goes to the sign-in screen, keeping where the user was going.
    await page.context().clearCookies();
    await page.getByRole('link', { name: 'Анализ кластеров' }).click();
    await page.waitForURL(/\/login\?next=%2Fdiscovery$/);
    await page.getByTestId('sign-in-button').or(page.getByTestId('sign-in-form')).first().waitFor();
    assert.equal(await page.getByTestId('user-menu').count(), 0, 'the header no longer shows the user');
    acceptExpectedProblems(w, [/HTTP 401: GET .*\/api\/discovery\/runs/, /console error: Failed to load resource: .*401/]);
    await suite.finish(w);
  });

  it('a request the server refuses shows what is wrong with each field in Russian, with the value sent', T, async () => {
    const w = await suite.page();
    const { page } = w;
    await page.goto('/subsidy');
    await page.locator('input[data-testid="subsidy-ruleset"]:not([value=""])').waitFor();
    await page.getByTestId('subsidy-cluster').click();
    await page.getByRole('option', { name: 'Фармацевтический кластер Приокья' }).click();
    // a buyer INN of five digits and a negative amount: the server's schema refuses both
    await page.getByTestId('cost-paste').fill('01.03.2024;4027000000;40270;-5;starting-batch');
    await page.getByTestId('cost-paste-apply').click();
    await page.getByTestId('subsidy-calculate').click();
    const details = page.getByTestId('error-details');
    await details.waitFor();
    const items = await details.getByTestId('error-detail').allTextContents();
    assert.ok(items.includes('body.costs.0.buyerInn: ИНН — 10 или 12 цифр; получено: «40270»'), items.join(' | '));
    assert.ok(items.includes('body.costs.0.amount: должно быть не меньше 0; получено: -5'), items.join(' | '));
    assert.doesNotMatch((await details.textContent()) ?? '', /Invalid|Too small|expected|received/);
    await details.scrollIntoViewIfNeeded();
    await screenshot(page, 'accounts-validation-in-russian');
    acceptExpectedProblems(w, [/HTTP 400: POST .*\/api\/subsidy\/calculate/, /console error: Failed to load resource: .*400/]);
    await suite.finish(w);
  });

  it('a wrong password is refused in Russian; after five the login waits', T, async () => {
    const w = await suite.page();
    const { page } = w;
    await page.goto('/login');
    await page.getByTestId('sign-in-login').fill('expert2');
    for (let i = 1; i <= 5; i++) {
      await page.getByTestId('sign-in-password').fill(`wrong-password-${i}`);
      await Promise.all([page.waitForResponse((r) => r.url().endsWith('/api/auth/login')), page.getByTestId('sign-in-submit').click()]);
      await page.locator(`[data-testid="sign-in-error"][data-code="unauthorized"]`).waitFor();
      assert.match((await page.getByTestId('sign-in-error').textContent()) ?? '', /Неверный логин или пароль/);
    }
    await screenshot(page, 'accounts-wrong-password');
    // The sixth attempt is refused before the password is checked, even the right one.
    await page.getByTestId('sign-in-password').fill('demo-Klaster-2026');
    await page.getByTestId('sign-in-submit').click();
    await page.locator(`[data-testid="sign-in-error"][data-code="rate_limited"]`).waitFor();
    const text = (await page.getByTestId('sign-in-error').textContent()) ?? '';
    assert.match(text, /Вход временно заблокирован/);
    assert.match(text, /Слишком много неудачных попыток входа\. Повторите через 15 мин$/);
    await screenshot(page, 'accounts-rate-limited');
    assert.equal(await page.getByTestId('user-menu').count(), 0);
    acceptExpectedProblems(w, [/HTTP 401: POST .*\/api\/auth\/login/, /HTTP 429: POST .*\/api\/auth\/login/, /console error: Failed to load resource: .*(401|429)/]);
    await suite.finish(w);
  });

  it('an administrator creates an operator and resets the password, both in the audit log; the operator must change it at sign-in', T, async () => {
    const w = await suite.page();
    const { page } = w;
    await signIn(page, 'admin');
    assert.equal(await page.getByTestId('user-name').textContent(), 'Администратор Минпромторга (демо)');
    assert.equal(await page.getByTestId('user-role').textContent(), 'Администратор министерства');

    await page.getByRole('link', { name: 'Пользователи' }).click();
    await userRow(page, 'kaluga').waitFor();
    await page.getByTestId('user-create').click();
    await page.getByTestId('user-form-login').fill(NEW_LOGIN);
    await page.getByTestId('user-form-name').fill(NEW_NAME);
    assert.equal(await page.getByTestId('user-form-role').inputValue(), 'Региональный оператор');
    await page.getByTestId('user-form-regions').click();
    await page.getByRole('option', { name: 'Калужская область (40)' }).click();
    await page.keyboard.press('Escape');
    const firstPassword = await page.getByTestId('user-form-password').inputValue();
    assert.equal(firstPassword.length, 14, 'a temporary password is proposed');
    assert.equal(await page.getByTestId('password-rules').locator('[data-ok="true"]').count(), 3);
    await screenshot(page, 'accounts-create-user');
    await page.getByTestId('user-save').click();
    await page.getByTestId('users-notice').waitFor();
    assert.equal(await page.getByTestId('notice-password').textContent(), firstPassword);
    const row = userRow(page, NEW_LOGIN);
    assert.match((await row.textContent()) ?? '', /Калужская область \(40\).*активна.*сменит пароль/);

    await row.getByTestId('user-actions').click();
    await page.getByTestId('user-reset').click();
    const resetPassword = await page.getByTestId('reset-password').inputValue();
    assert.notEqual(resetPassword, firstPassword);
    await page.getByTestId('reset-save').click();
    await page.getByTestId('users-notice').filter({ hasText: 'сброшен' }).waitFor();
    assert.equal(await page.getByTestId('notice-password').textContent(), resetPassword);
    await screenshot(page, 'accounts-users');

    await page.getByRole('link', { name: 'Журнал аудита' }).click();
    await page.getByTestId('audit-action-filter').click();
    await page.getByRole('option', { name: 'изменение' }).click();
    await page.waitForURL(/action=change/);
    const table = page.getByTestId('audit-table');
    await table.getByText('/api/users/:id/password').waitFor();
    const rows = (await table.getByRole('row').allTextContents()).slice(1);
    assert.ok(rows.every((r) => /изменение/.test(r)), 'only changes are listed');
    assert.match(rows[0] ?? '', /admin.*POST \/api\/users\/:id\/password.*200/, 'the reset, newest first');
    assert.match(rows[1] ?? '', /admin.*POST \/api\/users(?!\/).*200/, 'the creation');
    await screenshot(page, 'accounts-audit');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('audit-export').click()]);
    assert.equal(download.suggestedFilename(), 'klaster-audit.csv');
    const csv = readFileSync(await download.path(), 'utf8');
    assert.match(csv, /^\uFEFFid;время;пользователь;роль;действие;метод;маршрут;адрес;статус;IP\r\n/);
    assert.match(csv, /;admin;admin;change;POST;\/api\/users\/:id\/password;/);
    assert.doesNotMatch(csv, /;read;/, 'the export has the same filter as the table');

    await signOut(page);
    await signIn(page, NEW_LOGIN, resetPassword);
    await page.waitForURL(/\/account\/password/);
    await page.getByTestId('must-change-password').waitFor();
    // Nothing else opens until the password is changed.
    await page.goto('/organisations');
    await page.waitForURL(/\/account\/password\?next=%2Forganisations$/);
    await page.getByTestId('pw-current').fill(resetPassword);
    await page.getByTestId('pw-new').fill(NEW_LOGIN);
    assert.equal(await page.getByTestId('password-rules').locator('[data-rule="noLogin"]').getAttribute('data-ok'), 'false');
    assert.ok(await page.getByTestId('pw-submit').isDisabled(), 'a password containing the login cannot be sent');
    await page.getByTestId('pw-new').fill('Калуга-завод-2026');
    await page.getByTestId('pw-repeat').fill('Калуга-завод-2026');
    await screenshot(page, 'accounts-forced-password-change');
    await page.getByTestId('pw-submit').click();
    await page.waitForURL(/\/organisations$/);
    await page.getByTestId('org-table').getByRole('row').nth(1).waitFor();
    assert.equal(await page.getByTestId('user-name').textContent(), NEW_NAME);
    assert.ok(await page.getByRole('link', { name: 'Загрузка данных' }).isVisible(), 'an operator imports');
    assert.equal(await page.getByRole('link', { name: 'Пользователи' }).count(), 0, 'but does not manage users');

    // The new password is the one that works now.
    await signOut(page);
    await signIn(page, NEW_LOGIN, 'Калуга-завод-2026');
    await page.getByTestId('user-menu').click();
    await page.getByTestId('menu-account').click();
    await page.getByTestId('account-scope').filter({ hasText: 'Калужская область (40)' }).waitFor();
    await screenshot(page, 'accounts-my-account');
    await suite.finish(w);
  });
});
