import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { acceptExpectedProblems, screenshot, T, useE2eSuite } from './fixture.ts';

/** The Altai biopharmaceutical cluster (the cluster of the biysk-so account) and two of its industrial participants. */
const LEAD = { name: 'ПАО «Алтайский завод лекарственных средств»', search: 'Алтайский завод лекарственных' };
const SECOND = { name: 'АО «Бия-Био»', search: 'Бия-Био' };
const TITLE = 'Капсулированные пробиотики для детского питания';
const ONE_PARTICIPANT_REFUSAL = 'Совместный проект — не менее 2 участников кластера; указано: 1';
const DOCUMENTS = [
  ['statement', 'Заявление о предоставлении субсидии'],
  ['cost-documents', 'Договоры, акты и платёжные поручения'],
  ['participants-agreement', 'Соглашение участников о совместном проекте'],
] as const;

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.context().request.get(path);
  assert.equal(response.status(), 200, `${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A Mantine select: open it, click the option. */
async function choose(page: Page, testId: string, option: string | RegExp): Promise<void> {
  await page.getByTestId(testId).click();
  await page.getByRole('option', { name: option }).click();
}

/** A date typed as a Russian reader writes it; leaving the field commits it. */
async function typeDate(page: Page, testId: string, day: string): Promise<void> {
  const field = page.getByTestId(testId);
  await field.click();
  await field.fill(day);
  await field.press('Tab');
}

async function addParticipant(page: Page, who: { name: string; search: string }): Promise<void> {
  const picker = page.getByTestId('pf-participants');
  await picker.click();
  await picker.fill(who.search);
  await page.getByRole('option', { name: new RegExp(who.name) }).click();
  await page.keyboard.press('Escape');
}

async function budgetLine(page: Page, i: number, line: { who: string; stage: string; item: string; amount: string }): Promise<void> {
  if (i > 0) await page.getByTestId('pf-add-budget').click();
  await choose(page, `pf-budget-${i}-inn`, new RegExp(line.who));
  await choose(page, `pf-budget-${i}-stage`, line.stage);
  await choose(page, `pf-budget-${i}-item`, line.item);
  await page.getByTestId(`pf-budget-${i}-amount`).fill(line.amount);
}

describe('joint projects and subsidy applications in the browser', () => {
  const suite = useE2eSuite();
  let projectPath = '';
  let applicationPath = '';

  it('a specialised organisation creates a joint project: one participant is refused in Russian next to the field; with two participants, two stages and a budget it sees the pp41 subsidy', T, async () => {
    const w = await suite.page({ as: 'biysk-so' });
    const { page } = w;
    await page.getByRole('link', { name: 'Совместные проекты', exact: true }).click();
    await page.getByRole('heading', { level: 2, name: 'Совместные проекты' }).waitFor();
    await page.getByTestId('new-project').click();
    await page.getByRole('heading', { level: 2, name: 'Новый совместный проект' }).waitFor();

    await page.getByTestId('pf-title').fill(TITLE);
    await page.getByTestId('pf-okpd2').fill('21.20.10');
    await page.getByTestId('pf-product').fill('Пробиотики в капсулах');
    await addParticipant(page, LEAD);
    await choose(page, 'pf-stage-0-stage', 'НИОКР');
    await typeDate(page, 'pf-stage-0-start', '15.01.2026');
    await typeDate(page, 'pf-stage-0-end', '31.10.2026');
    await page.getByTestId('pf-add-stage').click();
    await choose(page, 'pf-stage-1-stage', 'Приобретение и монтаж оборудования');
    await typeDate(page, 'pf-stage-1-start', '01.02.2027');
    await typeDate(page, 'pf-stage-1-end', '30.09.2027');
    await budgetLine(page, 0, { who: LEAD.name, stage: 'НИОКР', item: 'НИОКР', amount: '40000000' });
    await budgetLine(page, 1, { who: LEAD.name, stage: 'Приобретение и монтаж оборудования', item: 'Оборудование', amount: '100000000' });
    await budgetLine(page, 2, { who: LEAD.name, stage: 'Приобретение и монтаж оборудования', item: 'Маркетинг и сбыт', amount: '5000000' });
    assert.equal(await page.getByTestId('pf-budget-0-year').inputValue(), '2026', 'the year follows the stage chosen');
    await page.getByTestId('pf-result-0-year').fill('2028');
    await page.getByTestId('pf-result-0-output').fill('300000000');
    await page.getByTestId('pf-result-0-importSubstitution').fill('200000000');
    await page.getByTestId('pf-result-0-jobs').fill('25');

    // the server refuses a project of one participant; its words appear under the participants field
    await page.getByTestId('pf-save').click();
    const refusal = page.getByTestId('error-participants');
    await refusal.waitFor();
    assert.equal(await refusal.textContent(), ONE_PARTICIPANT_REFUSAL);
    assert.match((await page.getByTestId('form-error').textContent()) ?? '', /Проект не сохранён/);
    acceptExpectedProblems(w, [/HTTP 400: POST .*\/api\/clusters\/\d+\/projects$/, /status of 400/]);

    await addParticipant(page, SECOND);
    await choose(page, 'pf-budget-1-inn', new RegExp(SECOND.name));
    await page.getByTestId('pf-save').click();
    await page.getByRole('heading', { level: 2, name: TITLE }).waitFor();
    projectPath = new URL(page.url()).pathname;
    assert.match(projectPath, /^\/projects\/\d+$/);

    assert.deepEqual(await page.getByTestId('project-participant').getByRole('link').allTextContents(), [LEAD.name, SECOND.name]);
    assert.equal(await page.getByTestId('project-stage').count(), 2);
    assert.equal(await page.getByTestId('budget-total').textContent(), '145\u00a0000\u00a0000 ₽');
    // pp41@2021: 30 % of R&D and equipment (140 mln); marketing is not reimbursed, and the reason says so in Russian
    const subsidy = (await getJson<{ subsidy: { amount: number } }>(page, `/api${projectPath}/subsidy`)).subsidy.amount;
    assert.equal(subsidy, 42_000_000);
    await page.getByTestId('subsidy-summary').waitFor();
    assert.match((await page.getByTestId('subsidy-summary').textContent()) ?? '', /^Субсидия 42 млн ₽ — 29 % бюджета 145 млн ₽/);
    assert.equal(await page.getByTestId('kpi-subsidy-value').textContent(), '42 млн ₽');
    const excluded = page.getByTestId('subsidy-excluded').locator('tbody tr');
    assert.equal(await excluded.count(), 1);
    assert.match((await excluded.first().textContent()) ?? '', /Маркетинг и сбыт.*не возмещается/);
    await page.getByTestId('section-participants').scrollIntoViewIfNeeded();
    await screenshot(page, 'projects-profile');
    await suite.finish(w);
  });

  it('it creates a subsidy application from the project, submits it after attaching the documents, sees version 1 frozen and downloads the PDF', T, async () => {
    assert.ok(projectPath, 'the project of the previous test');
    const w = await suite.page({ as: 'biysk-so' });
    const { page } = w;
    await page.goto(projectPath);
    await page.getByTestId('section-applications').getByTestId('new-application').click();
    await page.getByTestId('new-application-create').click();
    await page.getByTestId('draft-editor').waitFor();
    applicationPath = new URL(page.url()).pathname;
    assert.match(applicationPath, /^\/applications\/\d+$/);
    assert.equal(await page.getByTestId('application-status').first().getAttribute('data-status'), 'draft');
    assert.equal(await page.getByTestId('review-link').count(), 0, 'no expert review yet');
    await page.getByTestId('draft-contactPerson').fill('Иванова Мария Петровна');

    // submitting without the documents is refused; each missing one is named at its row
    await page.getByTestId('application-submit').click();
    await page.getByTestId('application-submit-confirm').click();
    await page.getByTestId('error-doc.statement').waitFor();
    assert.equal(await page.getByTestId('error-doc.statement').textContent(), 'не приложено: Заявление о предоставлении субсидии');
    acceptExpectedProblems(w, [/HTTP 400: POST .*\/api\/applications\/\d+\/submit$/, /status of 400/]);

    for (const [code, title] of DOCUMENTS) {
      await page.getByTestId(`doc-${code}-attached`).check();
      await page.getByTestId(`doc-${code}-title`).fill(title);
    }
    await page.getByTestId('application-submit').click();
    await page.getByTestId('application-submit-confirm').click();
    await page.getByTestId('submitted-notice').waitFor();
    assert.match((await page.getByTestId('submitted-notice').textContent()) ?? '', /^Заявка подана: версия 1 заморожена/);
    await page.locator('[data-testid="application-status"][data-status="submitted"]').first().waitFor();
    const versions = page.getByTestId('version-row');
    assert.deepEqual(await versions.evaluateAll((rows) => rows.map((r) => r.getAttribute('data-version'))), ['1']);
    assert.equal(await versions.first().getByTestId('version-frozen').textContent(), 'заморожена');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'projects-application');

    // the package of version 1 as the API serves it, and the browser downloading it from the button
    const pdfButton = page.getByTestId('download-pdf-v1');
    const href = (await pdfButton.getAttribute('href'))!;
    assert.match(href, /^\/api\/applications\/\d+\/package\?format=pdf&version=1$/);
    const pdf = await page.context().request.get(href);
    assert.equal(pdf.status(), 200);
    assert.equal(pdf.headers()['content-type'], 'application/pdf');
    assert.equal((await pdf.body()).subarray(0, 5).toString('latin1'), '%PDF-');
    const [download] = await Promise.all([page.waitForEvent('download'), pdfButton.click()]);
    assert.match(download.suggestedFilename(), /^klaster-application-\d+-v1\.pdf$/);

    // the frozen version opens read-only with what was submitted; submitting the application submitted the project
    await versions.first().getByTestId('version-link').click();
    await page.getByRole('heading', { level: 2, name: /версия 1$/ }).waitFor();
    assert.match((await page.getByTestId('package-draft').textContent()) ?? '', /Иванова Мария Петровна/);
    assert.equal(await page.getByTestId('draft-editor').count(), 0);
    assert.equal((await getJson<{ status: string }>(page, `/api${projectPath}`)).status, 'submitted');
    await suite.finish(w);
  });

  it('the cluster\'s application under expert review links to the experts\' remarks', T, async () => {
    const w = await suite.page({ as: 'biysk-so' });
    const { page } = w;
    const me = await getJson<{ clusterId: number }>(page, '/api/auth/me');
    const reviewed = (await getJson<{ items: { id: number; status: string }[] }>(page, `/api/clusters/${me.clusterId}/applications`)).items.find((a) => a.status === 'under_review');
    assert.ok(reviewed, 'the demo has an application of this cluster under review');
    await page.goto(`/applications/${reviewed.id}`);
    await page.getByTestId('review-link').waitFor();
    assert.equal(await page.getByTestId('review-link').getAttribute('href'), `/applications/${reviewed.id}/review`);
    assert.equal(await page.getByTestId('application-submit').count(), 0, 'no new version while under review');
    await suite.finish(w);
  });

  it('a regional operator of another region does not see the project or its application: «not found»', T, async () => {
    assert.ok(projectPath && applicationPath, 'the project and application of the previous tests');
    const w = await suite.page({ as: 'kaluga' });
    const { page } = w;
    await page.goto(projectPath);
    await page.getByTestId('not-found').waitFor();
    assert.match((await page.getByTestId('not-found').textContent()) ?? '', /Совместный проект № \d+ не найден/);
    await page.goto(applicationPath);
    await page.getByTestId('not-found').waitFor();
    assert.match((await page.getByTestId('not-found').textContent()) ?? '', /Заявка № \d+ не найдена/);
    acceptExpectedProblems(w, [/HTTP 404: GET .*\/api\/projects\/\d+$/, /HTTP 404: GET .*\/api\/applications\/\d+$/, /status of 404/]);

    await page.getByRole('link', { name: 'Совместные проекты', exact: true }).click();
    await page.getByTestId('project-row').first().waitFor();
    assert.ok(!(await page.getByTestId('project-link').allTextContents()).includes(TITLE), 'nor is it listed');
    await suite.finish(w);
  });
});
