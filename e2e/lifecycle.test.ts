import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { acceptExpectedProblems, openCluster, screenshot, T, useE2eSuite } from './fixture.ts';

const SHIPBUILDING = 'Судостроительный кластер Астраханской области';

async function openLifecycleTab(page: Page, search: string, name: string): Promise<void> {
  await openCluster(page, search, name);
  await page.getByTestId('tab-lifecycle').click();
  await page.getByTestId('lifecycle-tab').waitFor();
}

describe('cluster life cycle in the browser', () => {
  const suite = useE2eSuite();

  it('Astrakhan: the operator sees 6 of 9 letters, the missing agreement and the 31.12.2026 deadline, is told what blocks the agreement step, records a letter of intent, and finds the cluster on the board', T, async () => {
    const w = await suite.page({ as: 'astrakhan' });
    const { page } = w;
    await openLifecycleTab(page, 'Судостро', SHIPBUILDING);

    const first = page.getByTestId('checklist-step').first();
    assert.equal(await first.getAttribute('data-to'), 'agreement_signed', 'the next step is the agreement');
    assert.equal(await first.getByTestId('answers-evidence').innerText(), '6 из 9 писем о намерениях');
    assert.equal(await page.getByTestId('summary-answers').innerText(), '6 из 9 писем о намерениях', 'also in the summary, before the next step');
    const agreement = first.locator('[data-item="cooperation-agreement"]');
    assert.equal(await agreement.getAttribute('data-state'), 'missing');
    assert.match(await agreement.innerText(), /Соглашение участников о создании кластера не подписано/);
    assert.equal(await page.getByTestId('summary-deadline-date').innerText(), '31.12.2026');
    const registryDeadline = page.locator('[data-testid="deadline-row"][data-target="in_registry"]');
    assert.equal(await registryDeadline.getByTestId('deadline-date-text').innerText(), '31.12.2026');
    assert.equal(await registryDeadline.getAttribute('data-state'), 'open');
    assert.equal(await page.locator('[data-testid="lifecycle-path"] [data-status="initiative"]').getAttribute('data-state'), 'current');
    assert.equal(await page.getByTestId('item-rules-link').first().getAttribute('href'), `${new URL(page.url()).pathname}?tab=rules`, 'pp779 items lead to the rules check');
    await screenshot(page, 'lifecycle-astrakhan');

    // The agreement step, with its document named: the server refuses and says what is missing.
    await page.locator('[data-testid="transition-button"][data-to="agreement_signed"]').click();
    const modal = page.getByTestId('transition-modal');
    await modal.waitFor();
    assert.match(await modal.getByTestId('transition-document').innerText(), /Соглашение \(договор\) участников кластера/);
    await modal.getByTestId('doc-title').fill('Соглашение о создании судостроительного кластера');
    await modal.getByTestId('doc-number').fill('1/2026');
    await modal.getByTestId('doc-date').fill('20.11.2026');
    await modal.getByTestId('doc-title').click(); // closes the calendar, as a person clicking elsewhere
    await modal.getByTestId('transition-submit').click();
    const refusal = modal.getByTestId('lifecycle-refusal');
    await refusal.waitFor();
    assert.equal(await refusal.getAttribute('data-reason'), 'checklist_incomplete');
    assert.match(await refusal.getByTestId('refusal-details').innerText(), /Соглашение участников о создании кластера не подписано/);
    acceptExpectedProblems(w, [/HTTP 409: POST .*\/transitions/, /console error: Failed to load resource: .*409/]);
    await page.keyboard.press('Escape');
    await modal.waitFor({ state: 'hidden' });
    assert.equal(await page.getByTestId('cluster-status').first().innerText(), 'Инициатива', 'nothing was recorded');

    // One of the three silent suppliers sends its letter of intent.
    const table = page.getByTestId('participant-status-table');
    const silent = table.locator('tr[data-status="listed"]').first();
    const inn = await silent.getAttribute('data-inn');
    await silent.getByTestId('participant-status-change').click();
    const form = page.getByTestId('participant-status-modal');
    await form.getByRole('radio', { name: 'Письмо о намерении' }).check();
    await form.getByTestId('doc-title').fill('Письмо о намерении войти в состав кластера');
    await form.getByTestId('doc-number').fill('9-К');
    await form.getByTestId('doc-date').fill('21.11.2026');
    await form.getByTestId('doc-title').click();
    await form.getByTestId('participant-status-save').click();
    await form.waitFor({ state: 'hidden' });
    const row = table.locator(`tr[data-inn="${inn}"]`);
    await page.locator(`[data-testid="participant-status-table"] tr[data-inn="${inn}"][data-status="intent"]`).waitFor();
    assert.equal(await row.getByTestId('participant-status').innerText(), 'Письмо о намерении');
    assert.equal(await row.getByTestId('participant-status-date').innerText(), '21.11.2026');
    await page.getByTestId('summary-answers').filter({ hasText: '7 из 9 писем о намерениях' }).waitFor();

    // The board: the cluster with its deadline, and back to its tab.
    await page.getByRole('link', { name: 'Жизненный цикл', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Жизненный цикл кластеров' }).waitFor();
    const boardRow = page.locator('[data-testid="lifecycle-board"] tr[data-code="astrakhan-shipbuilding"]');
    await boardRow.waitFor();
    assert.equal(await boardRow.getByTestId('board-deadline-date').innerText(), '31.12.2026');
    assert.equal(await boardRow.getAttribute('data-status'), 'initiative');
    assert.match(await boardRow.getByTestId('board-progress').innerText(), /^11\/25/, 'the letter recorded above counts on the board');
    await boardRow.getByTestId('board-cluster-link').click();
    await page.getByTestId('lifecycle-tab').waitFor();
    assert.match(page.url(), /tab=lifecycle/);
    await suite.finish(w);
  });

  it('a read-only role: the shipyard\'s representative sees the life cycle of its cluster but no step, deadline or status to change', T, async () => {
    const w = await suite.page({ as: 'shipyard' });
    const { page } = w;
    await openLifecycleTab(page, 'Судостро', SHIPBUILDING);
    await page.getByTestId('transition-readonly').waitFor();
    assert.equal(await page.getByTestId('transition-button').count(), 0);
    assert.equal(await page.getByTestId('deadline-edit').count(), 0);
    assert.equal(await page.getByTestId('deadline-add').count(), 0);
    assert.equal(await page.getByTestId('participant-status-change').count(), 0);
    assert.match(await page.getByTestId('answers-evidence').innerText(), /^\d из 9 писем о намерениях$/, 'the checklist is readable');
    await suite.finish(w);
  });

  it('the public reads the life cycle of a registry cluster, without who recorded the steps, and has no board in the menu', T, async () => {
    const w = await suite.page();
    const { page } = w;
    await openLifecycleTab(page, 'Фармацевт', 'Фармацевтический кластер Приокья');
    assert.equal(await page.locator('[data-testid="lifecycle-path"] [data-status="in_registry"]').getAttribute('data-state'), 'current');
    await page.getByTestId('checklist-empty').waitFor();
    assert.equal(await page.getByTestId('transition-button').count(), 0);
    assert.doesNotMatch(await page.getByTestId('event-journal').innerText(), /demo-generator/, 'the public does not see who recorded a step');
    assert.equal(await page.getByRole('link', { name: 'Жизненный цикл', exact: true }).count(), 0);
    await suite.finish(w);
  });
});
