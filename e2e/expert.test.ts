import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { acceptExpectedProblems, screenshot, T, useE2eSuite } from './fixture.ts';

/**
 * The Komi story of the expert commission (PRODUCT.md story 5; demo-expert-story.ts) in the browser. The
 * demo holds the pre-defence already decided: Komi was sent to "work on errors", answered, and resubmitted
 * version 2, which waits for the defence. Here the secretary puts it on the defence and assigns experts (the
 * bank's expert is refused: a declared conflict with the Komi anchor), expert1 scores every criterion and
 * keeps the sheet a draft — the secretary's ranking does not move — then submits it (after a confirmation),
 * reopens and submits again, the secretary reads the ranking with expert1's score and decides, the Komi
 * cluster's specialised organisation answers the remark, and expert1 accepts the answer.
 */
const KOMI = 'Деревообрабатывающий промышленный кластер Республики Коми';
const DEFENCE = 'Защита заявок на включение в реестр промышленных кластеров';
const ALTAI_BIOPHARMA = 'Алтайский биофармацевтический кластер';
/** expert1's defence scores for Komi, in criterion order; weights 25/20/25/15/15 → 200+140+200+105+90 = 735 → 73.5. */
const SCORES = [8, 7, 8, 7, 6];
const REMARK = 'Расчёт функциональной зависимости приложен только за 2025 год: приложите расчёт за 2024 год для сравнения.';
const ANSWER = 'Расчёт за 2024 год приложен: 25% закупок промежуточной продукции приходится на участников кластера.';

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.context().request.get(path);
  assert.equal(response.status(), 200, `${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/** A Mantine select: open it, click the option. */
async function choose(page: Page, select: Locator, option: string | RegExp): Promise<void> {
  await select.click();
  await page.getByRole('option', { name: option }).click();
}

async function openDefenceSession(page: Page): Promise<void> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Экспертиза', exact: true }).click();
  await page.getByTestId('session-link').filter({ hasText: DEFENCE }).click();
  await page.getByRole('heading', { level: 2, name: DEFENCE }).waitFor();
}

const agendaItem = (page: Page, clusterName: string) => page.getByTestId('agenda-item').filter({ has: page.getByTestId('agenda-application').filter({ hasText: clusterName }) });

describe('expert commission in the browser (the Komi story)', () => {
  const suite = useE2eSuite();
  let komiApplication = 0;
  let komiAssignment = 0;

  it('the secretary puts Komi\'s resubmitted version on the defence; the bank\'s expert is refused with the organisation named; expert1 is assigned', T, async () => {
    const w = await suite.page({ as: 'admin' });
    const { page } = w;
    const declared = (await getJson<{ items: { expertName: string; organisationName: string; reason: string; withdrawnAt: string | null }[] }>(page, '/api/expert/conflicts'))
      .items.find((c) => c.expertName.includes('Кузнецова') && !c.withdrawnAt);
    assert.ok(declared, 'the demo holds the bank expert\'s declaration');
    await openDefenceSession(page);

    const waiting = page.getByTestId('waiting-row').filter({ hasText: KOMI });
    komiApplication = Number(await waiting.getAttribute('data-application-id'));
    await waiting.getByTestId('waiting-add').click();
    const item = agendaItem(page, KOMI);
    await item.waitFor();
    assert.match(await item.textContent() ?? '', /раунд 2 · версия 2/);
    assert.match(await item.textContent() ?? '', /подана повторно после доработки/);
    assert.equal(await page.getByTestId('waiting-row').count(), 0, 'nothing waits any more');

    await choose(page, item.getByTestId('assign-select'), /Кузнецова/);
    await item.getByTestId('assign-button').click();
    const refusal = item.getByTestId('assign-error');
    await refusal.waitFor();
    const text = (await refusal.textContent()) ?? '';
    assert.match(text, /конфликт интересов/);
    assert.ok(text.includes(declared.organisationName), `the refusal names the organisation: ${text}`);
    assert.ok(text.includes(declared.reason));
    assert.equal(await item.getByTestId('agenda-expert').count(), 0);

    await choose(page, item.getByTestId('assign-select'), /Иванова/);
    await item.getByTestId('assign-button').click();
    await item.getByTestId('agenda-expert').first().waitFor();
    assert.match(await item.getByTestId('agenda-expert').first().textContent() ?? '', /Иванова.*не начат \(0 из 5\)/);
    acceptExpectedProblems(w, [/HTTP 409: POST .*\/api\/expert\/rounds\/\d+\/assignments/, /console error: Failed to load resource: .*409/]);
    await suite.finish(w);
  });

  it('expert1 scores every criterion with the total live and keeps a complete draft — the ranking does not move — then submits, reopens and submits again', T, async () => {
    const w = await suite.page({ as: 'expert1' });
    const { page } = w;
    await page.goto('/');
    await page.getByRole('link', { name: 'Экспертиза', exact: true }).click();
    const row = page.getByTestId('assignment-row').filter({ hasText: KOMI }).and(page.locator('[data-round-kind="defence"]'));
    await row.waitFor();
    assert.equal(await row.getAttribute('data-state'), 'not_started');
    komiAssignment = Number(await row.getAttribute('data-assignment-id'));
    await row.getByTestId('assignment-link').click();
    await page.getByRole('heading', { level: 2, name: KOMI }).waitFor();
    assert.match(await page.getByTestId('assignment-facts').textContent() ?? '', /Срок оценки: 22\.12\.2026/);
    assert.equal(await page.getByTestId('package-pdf').getAttribute('href'), `/api/expert/assignments/${komiAssignment}/package?format=pdf`);
    assert.equal(await page.getByTestId('sheet-status').getAttribute('data-state'), 'draft');
    assert.match(await page.getByTestId('sheet-status').textContent() ?? '', /Черновик.*не учитывается в рейтинге/);

    const criteria = page.getByTestId('criterion-row');
    assert.equal(await criteria.count(), SCORES.length);
    assert.deepEqual(await page.getByTestId('criterion-weight').allTextContents(), ['вес 25 %', 'вес 20 %', 'вес 25 %', 'вес 15 %', 'вес 15 %']);
    const score = async (i: number, value: number) => {
      await criteria.nth(i).getByTestId('score-control').getByText(String(value), { exact: true }).click();
      await page.waitForFunction(([n, v]) => document.querySelectorAll('[data-testid="criterion-row"]')[n]?.getAttribute('data-score') === String(v), [i, value] as const);
    };
    await score(0, SCORES[0]!);
    await score(1, SCORES[1]!);
    assert.equal(await page.getByTestId('score-total').textContent(), '34', '8×25 + 7×20 = 340 → 34 so far');
    assert.equal(await page.getByTestId('submit-scores').isDisabled(), true, 'a partial sheet cannot be submitted');
    await criteria.nth(0).getByTestId('score-comment').fill('Договоры кооперации приложены по всем участникам.');
    await page.getByTestId('save-draft').click();
    await page.getByTestId('scores-saved').waitFor();

    for (let i = 2; i < SCORES.length; i++) await score(i, SCORES[i]!);
    assert.equal(await page.getByTestId('score-total').textContent(), '73,5');
    assert.equal(await page.getByTestId('score-total').getAttribute('data-complete'), 'true');
    // every criterion scored, and still a draft: saved as such, it counts for nothing yet
    await page.getByTestId('save-draft').click();
    await page.getByTestId('scores-saved').waitFor();
    assert.equal(await page.getByTestId('sheet-status').getAttribute('data-state'), 'draft');

    await page.getByTestId('remark-new-text').fill(REMARK);
    await page.getByTestId('remark-add').click();
    await page.getByTestId('my-remarks').getByTestId('remark').filter({ hasText: REMARK }).waitFor();
    assert.equal(await page.getByTestId('score-total').textContent(), '73,5', 'adding a remark keeps the scores');

    // the secretary meanwhile: the complete draft neither shows its total nor moves the ranking
    const secretary = await suite.page({ as: 'admin' });
    await openDefenceSession(secretary.page);
    const agendaExpert = agendaItem(secretary.page, KOMI).getByTestId('agenda-expert');
    assert.equal(await agendaExpert.getByTestId('sheet-state').getAttribute('data-state'), 'draft');
    assert.match(await agendaExpert.getByTestId('sheet-state').textContent() ?? '', /черновик: оценено 5 из 5/);
    assert.equal(await agendaExpert.getByTestId('expert-total').textContent(), '—');
    await screenshot(secretary.page, 'expert-agenda-draft');
    await secretary.page.getByTestId('tab-ranking').click();
    const draftRow = secretary.page.getByTestId('ranking-row').filter({ hasText: KOMI });
    await draftRow.waitFor();
    assert.equal(await draftRow.getByTestId('ranking-mean').textContent(), '—', 'a draft does not move the ranking');
    assert.equal(await draftRow.getByTestId('ranking-sheets').textContent(), '0 / 1');
    assert.equal(await draftRow.getByTestId('ranking-expert').getAttribute('data-submitted'), 'false');
    assert.match(await draftRow.getByTestId('ranking-expert').textContent() ?? '', /Иванова.*черновик/);
    await screenshot(secretary.page, 'expert-ranking-draft');
    await suite.finish(secretary);

    await page.getByTestId('submit-scores').click();
    const confirm = page.getByTestId('submit-confirm');
    await confirm.waitFor();
    assert.match(await confirm.textContent() ?? '', /Итого 73,5 из 100\..*учитывается в рейтинге/);
    // the dialog fades in: photograph it once it is opaque
    await page.waitForFunction(() => Array.from(document.querySelectorAll('.mantine-Modal-content, .mantine-Modal-overlay')).every((e) => getComputedStyle(e).opacity === '1'));
    await screenshot(page, 'expert-submit-confirm');
    await page.getByTestId('submit-confirm-button').click();
    await page.locator('[data-testid="sheet-status"][data-state="submitted"]').waitFor();
    assert.match(await page.getByTestId('sheet-status').textContent() ?? '', /Отправлен.*expert1.*учитывается в рейтинге/);
    assert.equal(await page.getByTestId('save-draft').count(), 0, 'a submitted sheet is frozen');
    assert.equal(await criteria.nth(0).getByTestId('score-comment').getAttribute('readonly'), '');

    // until the decision the expert may take it back, change nothing or something, and submit again
    await page.getByTestId('reopen-sheet').click();
    await page.locator('[data-testid="sheet-status"][data-state="draft"]').waitFor();
    assert.equal(await page.getByTestId('submit-scores').isDisabled(), false);
    await page.getByTestId('submit-scores').click();
    await page.getByTestId('submit-confirm-button').click();
    await page.locator('[data-testid="sheet-status"][data-state="submitted"]').waitFor();
    assert.deepEqual(await page.getByTestId('sheet-event').evaluateAll((els) => els.map((e) => e.getAttribute('data-action'))), ['submit', 'reopen', 'submit']);
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'expert-scoring');

    await page.getByRole('button', { name: 'К моим назначениям' }).click();
    await page.getByTestId('assignment-row').filter({ hasText: KOMI }).and(page.locator('[data-round-kind="defence"][data-state="submitted"]')).waitFor();
    await suite.finish(w);

    // until the commission decides, the applicant is told the review is under way and sees no scores
    const applicant = await suite.page({ as: 'komi-so' });
    await applicant.page.goto(`/applications/${komiApplication}/review`);
    const state = applicant.page.getByTestId('review-state');
    await state.waitFor();
    assert.equal(await state.getAttribute('data-state'), 'in_progress');
    assert.match(await state.textContent() ?? '', /Экспертиза идёт/);
    await applicant.page.getByTestId('review-round').filter({ has: applicant.page.getByTestId('scores-hidden') }).waitFor();
    await suite.finish(applicant);
  });

  it('the secretary reads the defence ranking — Komi with expert1\'s score, by score and by open remarks — and records the decision', T, async () => {
    const w = await suite.page({ as: 'admin' });
    const { page } = w;
    await openDefenceSession(page);
    await page.getByTestId('tab-ranking').click();
    const rows = page.getByTestId('ranking-row');
    await rows.first().waitFor();
    assert.deepEqual(await rows.getByTestId('ranking-cluster').allTextContents(), [KOMI, ALTAI_BIOPHARMA], 'by score: Komi submitted, the Altai sheets are still empty');
    const komi = rows.filter({ hasText: KOMI });
    assert.equal(await komi.getByTestId('ranking-mean').textContent(), '73,5', 'the submitted sheet moves the ranking');
    assert.equal(await komi.getByTestId('ranking-sheets').textContent(), '1 / 1');
    assert.deepEqual(await komi.getByTestId('ranking-expert').evaluateAll((els) => els.map((e) => [e.textContent?.includes('Иванова'), e.getAttribute('data-total')])), [[true, '73.5']]);
    await screenshot(page, 'expert-ranking');

    await page.getByTestId('ranking-order').getByText('По открытым замечаниям').click();
    await page.waitForURL(/by=remarks/);
    await page.waitForFunction((first) => document.querySelector('[data-testid="ranking-row"] [data-testid="ranking-cluster"]')?.textContent === first, ALTAI_BIOPHARMA);
    // Komi: the pre-defence remark still awaiting expert4 and the new one; Altai: one remark of the pre-defence
    assert.deepEqual(await rows.getByTestId('ranking-remarks').allTextContents(), ['1', '2']);

    await komi.getByTestId('show-scores').click();
    const matrix = page.getByTestId('score-matrix');
    await matrix.waitFor();
    assert.match(await matrix.textContent() ?? '', /Эксперт Иванова А\. С\. \(демо\)/);
    assert.match(await matrix.locator('tfoot').textContent() ?? '', /73,5/);
    await page.keyboard.press('Escape');

    await komi.getByTestId('ranking-decide').click();
    await page.getByTestId('decision-form').waitFor();
    assert.match(await page.getByTestId('decision-context').textContent() ?? '', /Средний балл 73,5 \(отправлено листов: 1 из 1\), открытых замечаний: 2/);
    await page.getByTestId('outcome-approved').click();
    await page.getByTestId('decision-reason').fill('Замечания предзащиты отработаны: рекомендовать к включению в реестр; ответить на замечание по расчёту за 2024 год.');
    await page.getByTestId('decision-submit').click();
    await komi.and(page.locator('[data-decision="approved"]')).waitFor();
    assert.equal(await komi.getByTestId('ranking-decide').count(), 0, 'a decision is taken once');
    await suite.finish(w);
  });

  it('komi-so sees the decision, the scores per criterion and the remark, and answers it; expert1 accepts the answer', T, async () => {
    const w = await suite.page({ as: 'komi-so' });
    const { page } = w;
    await page.goto(`/applications/${komiApplication}/review`);
    const state = page.getByTestId('review-state');
    await state.waitFor();
    assert.equal(await state.getAttribute('data-state'), 'decided');
    assert.match(await state.textContent() ?? '', /Защита: Одобрено/);
    const defence = page.getByTestId('review-round').and(page.locator('[data-round="2"]'));
    assert.equal(await defence.getByTestId('round-weighted-score').textContent(), '73,5');
    assert.deepEqual(await defence.getByTestId('criterion-mean').allTextContents(), SCORES.map(String));
    assert.match(await defence.getByTestId('criterion-comment').first().textContent() ?? '', /Договоры кооперации приложены/);
    assert.doesNotMatch(await page.getByTestId('review-remarks').textContent() ?? '', /Иванова/, 'the applicant does not see who wrote a remark');

    const remark = page.getByTestId('remark').filter({ hasText: REMARK });
    assert.equal(await remark.getAttribute('data-status'), 'open');
    await remark.getByTestId('answer-text').fill(ANSWER);
    await remark.getByTestId('answer-send').click();
    await page.getByTestId('remark').filter({ hasText: REMARK }).and(page.locator('[data-status="answered"]')).waitFor();
    assert.match(await page.getByTestId('remark').filter({ hasText: REMARK }).getByTestId('remark-answer').textContent() ?? '', /Расчёт за 2024 год приложен/);
    await suite.finish(w);

    const expert = await suite.page({ as: 'expert1' });
    await expert.page.goto(`/expert/assignments/${komiAssignment}`);
    await expert.page.getByTestId('sheet-locked').waitFor();
    const mine = expert.page.getByTestId('my-remarks').getByTestId('remark').filter({ hasText: REMARK });
    await mine.getByTestId('remark-answer').waitFor();
    await mine.getByTestId('remark-accept').click();
    await expert.page.getByTestId('my-remarks').getByTestId('remark').filter({ hasText: REMARK }).and(expert.page.locator('[data-status="accepted"]')).waitFor();
    await suite.finish(expert);
  });

  it('an expert cannot open another expert\'s assignment: the screen says it is not theirs', T, async () => {
    const w = await suite.page({ as: 'expert2' });
    const { page } = w;
    const mine = (await getJson<{ items: { id: number }[] }>(page, '/api/expert/assignments')).items.map((a) => a.id);
    assert.ok(!mine.includes(komiAssignment), 'expert2 was not assigned to Komi\'s defence');
    await page.goto(`/expert/assignments/${komiAssignment}`);
    const notFound = page.getByTestId('not-found');
    await notFound.waitFor();
    assert.match(await notFound.textContent() ?? '', /Назначение не найдено.*принадлежит другому эксперту/);
    assert.equal(await page.getByTestId('scoring-form').count(), 0);
    acceptExpectedProblems(w, [new RegExp(`HTTP 404: GET .*/api/expert/assignments/${komiAssignment}$`), /console error: Failed to load resource: .*404/]);
    await suite.finish(w);
  });

  it('the secretary returns a submitted sheet to its expert with a reason; the expert reads it on the sheet, a draft again', T, async () => {
    const expert = await suite.page({ as: 'expert2' });
    const { page } = expert;
    await page.goto('/expert');
    const row = page.getByTestId('assignment-row').filter({ hasText: ALTAI_BIOPHARMA }).and(page.locator('[data-round-kind="defence"]'));
    await row.getByTestId('assignment-link').click();
    await page.getByRole('heading', { level: 2, name: ALTAI_BIOPHARMA }).waitFor();
    const criteria = page.getByTestId('criterion-row');
    for (let i = 0; i < SCORES.length; i++) {
      await criteria.nth(i).getByTestId('score-control').getByText('9', { exact: true }).click();
      await page.waitForFunction((n) => document.querySelectorAll('[data-testid="criterion-row"]')[n]?.getAttribute('data-score') === '9', i);
    }
    await page.getByTestId('submit-scores').click();
    await page.getByTestId('submit-confirm-button').click();
    await page.locator('[data-testid="sheet-status"][data-state="submitted"]').waitFor();

    const w = await suite.page({ as: 'admin' });
    await openDefenceSession(w.page);
    const petrov = agendaItem(w.page, ALTAI_BIOPHARMA).getByTestId('agenda-expert').filter({ hasText: 'Петров' });
    assert.equal(await petrov.getAttribute('data-submitted'), 'true');
    assert.equal(await petrov.getByTestId('expert-total').textContent(), '90');
    await petrov.getByTestId('agenda-return').click();
    const form = w.page.getByTestId('return-form');
    await form.waitFor();
    assert.equal(await form.getByTestId('return-confirm').isDisabled(), true, 'a return needs its reason');
    await form.getByTestId('return-reason').fill('Девятки по всем критериям без комментариев: обоснуйте оценку по импортозамещению.');
    await w.page.waitForFunction(() => Array.from(document.querySelectorAll('.mantine-Modal-content, .mantine-Modal-overlay')).every((e) => getComputedStyle(e).opacity === '1'));
    await screenshot(w.page, 'expert-return');
    await form.getByTestId('return-confirm').click();
    await agendaItem(w.page, ALTAI_BIOPHARMA).getByTestId('agenda-expert').filter({ hasText: 'Петров' }).and(w.page.locator('[data-submitted="false"]')).waitFor();
    assert.equal(await petrov.getByTestId('sheet-state').getAttribute('data-state'), 'draft');
    assert.equal(await petrov.getByTestId('expert-total').textContent(), '—', 'returned: out of the ranking until resubmitted');
    await suite.finish(w);

    await page.reload();
    const returned = page.getByTestId('sheet-returned');
    await returned.waitFor();
    assert.match(await returned.textContent() ?? '', /Секретарь вернул лист .*admin.*обоснуйте оценку по импортозамещению/);
    assert.equal(await page.getByTestId('sheet-status').getAttribute('data-state'), 'draft');
    assert.equal(await page.getByTestId('submit-scores').isDisabled(), false, 'the expert may correct and submit again');
    await page.evaluate(() => window.scrollTo(0, 0));
    await screenshot(page, 'expert-sheet-returned');
    await suite.finish(expert);
  });

  it('the secretary sets a new commission\'s criteria: the sum is shown while typing, and the server\'s refusal of 90 is read out', T, async () => {
    const w = await suite.page({ as: 'admin' });
    const { page } = w;
    await page.goto('/expert');
    await page.getByTestId('new-commission').click();
    await page.getByTestId('commission-name').fill('Комиссия по субсидиям на совместные проекты (e2e)');
    await page.getByTestId('commission-create').click();
    await page.getByRole('heading', { level: 2, name: 'Комиссия по субсидиям на совместные проекты (e2e)' }).waitFor();
    await page.getByTestId('criteria-edit').click();
    const drafts = page.getByTestId('criterion-draft');
    await drafts.nth(0).getByTestId('criterion-name').fill('Кооперация участников');
    await drafts.nth(0).getByTestId('criterion-weight-input').fill('50');
    await page.getByTestId('criterion-add').click();
    await drafts.nth(1).getByTestId('criterion-name').fill('Экономический эффект');
    await drafts.nth(1).getByTestId('criterion-weight-input').fill('40');
    await page.waitForFunction(() => document.querySelector('[data-testid="weight-sum"]')?.getAttribute('data-sum') === '90');
    await page.getByTestId('criteria-save').click();
    const refusal = page.getByTestId('criteria-error');
    await refusal.waitFor();
    assert.match(await refusal.textContent() ?? '', /сумма весов 90, а должна быть ровно 100/);

    await drafts.nth(1).getByTestId('criterion-weight-input').fill('50');
    await page.waitForFunction(() => document.querySelector('[data-testid="weight-sum"]')?.getAttribute('data-sum') === '100');
    await page.getByTestId('criteria-save').click();
    await page.getByTestId('criteria-table').waitFor();
    assert.deepEqual(await page.getByTestId('criterion-line').evaluateAll((els) => els.map((e) => e.getAttribute('data-weight'))), ['50', '50']);
    acceptExpectedProblems(w, [/HTTP 400: PUT .*\/api\/expert\/commissions\/\d+\/criteria/, /console error: Failed to load resource: .*400/]);
    await suite.finish(w);
  });
});
