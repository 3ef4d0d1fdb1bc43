import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { openCluster, screenshot, T, useE2eSuite } from './fixture.ts';



async function kpi(page: Page, id: string): Promise<string> {
  return (await page.getByTestId(`kpi-${id}-value`).textContent()) ?? '';
}

describe('stories of PRODUCT.md in the browser', () => {
  const suite = useE2eSuite();

  it('1. Biysk: the biopharmaceutical cluster profile and the municipal scheme of Altai Krai', T, async () => {
    const w = await suite.page({ as: 'altai' });
    const { page } = w;
    await openCluster(page, 'биофарм', 'Алтайский биофармацевтический кластер');
    assert.equal(await kpi(page, 'participants'), '22');
    await page.getByTestId('participants-table').getByRole('row').nth(1).waitFor();
    assert.match((await page.getByTestId('participants').textContent()) ?? '', /Участники \(22\)/);
    const parties = (await page.getByTestId('agreement-parties').first().allTextContents()).join(' ');
    assert.match(parties, /Администрация города Бийска/, 'the city administration is a party to the agreement');
    const preferences = (await page.getByTestId('preferences').textContent()) ?? '';
    assert.match(preferences, /Аренда/);
    assert.match(preferences, /Местный налог/);
    assert.match(preferences, /Дума города Бийска/);
    await page.getByTestId('cluster-map').and(page.locator('[data-ready="true"]')).waitFor();
    await screenshot(page, 'story1-biysk-cluster');

    await page.getByRole('link', { name: 'Граф кооперации' }).click();
    await page.getByTestId('graph-region').click();
    await page.getByRole('option', { name: 'Алтайский край (22)' }).click();
    const graph = page.getByTestId('coop-graph');
    await graph.and(page.locator('[data-ready="true"]')).waitFor();
    assert.ok(Number(await graph.getAttribute('data-nodes')) >= 22, 'the graph shows the region’s organisations');
    assert.ok(Number(await graph.getAttribute('data-edges')) > 0);
    const legend = (await page.getByTestId('graph-legend').textContent()) ?? '';
    assert.match(legend, /Муниципальная схема/);
    assert.match(legend, /город Бийск/);
    assert.match(legend, /Бийский муниципальный район/);
    await screenshot(page, 'story1-biysk-graph');
    await suite.finish(w);
  });

  it('2. Kaluga: the dashboard figures and 120+ organisations of the region', T, async () => {
    const w = await suite.page({ as: 'kaluga' });
    const { page } = w;
    await page.goto('/');
    await page.getByTestId('stat-organisations-value').waitFor();
    const total = Number(((await page.getByTestId('stat-organisations-value').textContent()) ?? '').replace(/\s/g, ''));
    assert.ok(total >= 500, `national organisations: ${total}`);
    assert.match((await page.getByTestId('stat-link-volume-value').textContent()) ?? '', /млрд ₽$/);
    assert.equal(await page.getByTestId('stat-in-registry-value').textContent(), '1');
    assert.match((await page.getByTestId('chart-region').textContent()) ?? '', /Калужская область/);
    await screenshot(page, 'story2-dashboard');

    await page.getByRole('link', { name: 'Организации', exact: true }).click();
    await page.getByTestId('org-region').click();
    await page.getByRole('option', { name: 'Калужская область (40)' }).click();
    await page.waitForURL(/region=40/);
    await page.getByTestId('table-total').filter({ hasText: /Всего: 1\d\d/ }).waitFor();
    const kalugaTotal = Number(((await page.getByTestId('table-total').textContent()) ?? '').replace(/\D/g, ''));
    assert.ok(kalugaTotal >= 120, `Kaluga organisations: ${kalugaTotal}`);
    const firstRegion = (await page.getByTestId('org-table').getByRole('row').nth(1).textContent()) ?? '';
    assert.match(firstRegion, /Калужская область/);
    await screenshot(page, 'story2-kaluga-organisations');
    await suite.finish(w);
  });

  it('3. Astrakhan: the shipbuilding candidate cluster and its status', T, async () => {
    const w = await suite.page({ as: 'astrakhan' });
    const { page } = w;
    await openCluster(page, 'Судостро', 'Судостроительный кластер Астраханской области');
    const header = (await page.locator('main').textContent()) ?? '';
    assert.match(header, /Кандидат \(де-факто\)/);
    assert.equal(await page.getByTestId('cluster-status').first().textContent(), 'Инициатива');
    assert.equal(await kpi(page, 'participants'), '9');
    await page.getByTestId('cluster-map').and(page.locator('[data-ready="true"]')).waitFor();
    await screenshot(page, 'story3-astrakhan-cluster');
    await suite.finish(w);
  });

  it('4. Novosibirsk: organisations of region 54 and their cooperation graph', T, async () => {
    const w = await suite.page({ as: 'novosibirsk' });
    const { page } = w;
    await page.goto('/organisations?region=54');
    await page.getByTestId('table-total').filter({ hasText: /Всего: 1\d\d/ }).waitFor();
    assert.match((await page.getByTestId('org-table').getByRole('row').nth(1).textContent()) ?? '', /Новосибирская область/);
    await screenshot(page, 'story4-novosibirsk-organisations');
    await page.getByRole('link', { name: 'Граф кооперации' }).click();
    await page.getByTestId('graph-region').click();
    await page.getByRole('option', { name: 'Новосибирская область (54)' }).click();
    const graph = page.getByTestId('coop-graph');
    await graph.and(page.locator('[data-ready="true"]')).waitFor();
    assert.ok(Number(await graph.getAttribute('data-nodes')) >= 100);
    await page.getByText('Раздел ОКВЭД2').click();
    assert.match((await page.getByTestId('graph-legend').textContent()) ?? '', /C — Обрабатывающие производства/);
    await screenshot(page, 'story4-novosibirsk-graph');
    await suite.finish(w);
  });

  it('5. Komi: the woodworking cluster profile', T, async () => {
    const w = await suite.page({ as: 'komi' });
    const { page } = w;
    await openCluster(page, 'Дерево', 'Деревообрабатывающий промышленный кластер Республики Коми');
    assert.equal(await page.getByTestId('cluster-status').first().textContent(), 'Заявка подана');
    assert.equal(await kpi(page, 'participants'), '16');
    assert.match((await page.locator('main').textContent()) ?? '', /АНО «Центр кластерного развития лесопромышленного комплекса Республики Коми»/);
    await page.getByTestId('cluster-graph').and(page.locator('[data-ready="true"]')).waitFor();
    await page.getByTestId('cluster-map').and(page.locator('[data-ready="true"]')).waitFor();
    await screenshot(page, 'story5-komi-cluster');
    await suite.finish(w);
  });
});
