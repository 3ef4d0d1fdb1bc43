import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { formatRub } from '../apps/web/src/lib/format.ts';
import { screenshot, T, useE2eSuite } from './fixture.ts';

type Listed = { id: number; status: string; subsidyAmount: number | null; supportAmount: number | null };

async function listed(page: Page): Promise<Listed[]> {
  const response = await page.context().request.get('/api/projects');
  assert.equal(response.status(), 200);
  return ((await response.json()) as { items: Listed[] }).items;
}

/** The rows of the projects table as shown: project id, the calculated subsidy, the granted line. */
async function shownRows(page: Page): Promise<{ id: number; claimed: string; granted: string | null }[]> {
  const rows = page.getByTestId('projects-table').getByTestId('project-row');
  const out = [];
  for (let i = 0; i < (await rows.count()); i++) {
    const row = rows.nth(i);
    const granted = row.getByTestId('project-subsidy-granted');
    out.push({
      id: Number(await row.getAttribute('data-project-id')),
      claimed: (await row.getByTestId('project-subsidy-claimed').textContent()) ?? '',
      granted: (await granted.count()) ? await granted.textContent() : null,
    });
  }
  return out;
}

describe('the joint projects list and a project\'s history in the browser', () => {
  const suite = useE2eSuite();

  it('the list shows each project\'s calculated subsidy from the list itself (no request per row), sortable, with the amount granted under it', T, async () => {
    const w = await suite.page({ as: 'kaluga' });
    const { page } = w;
    const perRow: string[] = [];
    page.on('request', (r) => { if (/\/api\/projects\/\d+\/subsidy/.test(r.url())) perRow.push(r.url()); });
    await page.getByRole('link', { name: 'Совместные проекты' }).click();
    await page.getByTestId('project-row').first().waitFor();
    const items = await listed(page);
    const byId = new Map(items.map((p) => [p.id, p]));
    const shown = await shownRows(page);
    assert.equal(shown.length, items.length);
    assert.ok(items.length >= 4 && items.every((p) => p.subsidyAmount !== null && p.subsidyAmount > 0), 'the demo projects have their figures');
    for (const row of shown) {
      const p = byId.get(row.id)!;
      assert.equal(row.claimed, formatRub(p.subsidyAmount), `project ${row.id}`);
      assert.equal(row.granted === null, p.supportAmount === null, `project ${row.id}: granted shown only when decided`);
      if (row.granted) assert.ok(row.granted.startsWith(`предоставлено ${formatRub(p.supportAmount)}`), row.granted);
    }

    const header = page.getByTestId('projects-table').getByRole('button', { name: /Субсидия \(расчёт\)/ });
    await header.click();
    const ascending = (await shownRows(page)).map((r) => byId.get(r.id)!.subsidyAmount!);
    assert.deepEqual(ascending, [...ascending].sort((a, b) => a - b), 'sorted by the calculated subsidy');
    await header.click();
    const descending = (await shownRows(page)).map((r) => byId.get(r.id)!.subsidyAmount!);
    assert.deepEqual(descending, [...ascending].reverse());
    assert.deepEqual(perRow, [], 'no subsidy request per row');
    await screenshot(page, 'projects-list-subsidy-sorted');
    await suite.finish(w);
  });

  it('a project\'s profile shows its change history; a status change appears in it; the public is told it is closed', T, async () => {
    const w = await suite.page({ as: 'kaluga' });
    const { page } = w;
    const draft = (await listed(page)).find((p) => p.status === 'draft');
    assert.ok(draft, 'the demo has a draft project');
    await page.goto(`/projects/${draft.id}`);
    const history = page.getByTestId('section-history');
    await history.getByTestId('history').waitFor();
    assert.equal(await history.locator('.mantine-Timeline-item').count(), 1, 'created, not changed yet');
    assert.match((await history.textContent()) ?? '', /create/);

    await page.getByTestId('status-to-submitted').click();
    await page.getByTestId('status-confirm').click();
    await history.getByText('update', { exact: true }).waitFor();
    assert.equal(await history.locator('.mantine-Timeline-item').count(), 2);
    const latest = history.locator('.mantine-Timeline-item').first();
    assert.match((await latest.textContent()) ?? '', /status/);
    assert.match((await latest.textContent()) ?? '', /submitted/);
    await history.scrollIntoViewIfNeeded();
    await screenshot(page, 'project-history');
    await suite.finish(w);

    const pub = await suite.page();
    await pub.page.goto(`/projects/${draft.id}`);
    await pub.page.getByTestId('section-history').getByTestId('history-closed').waitFor();
    await suite.finish(pub);
  });
});
