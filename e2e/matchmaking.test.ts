import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { formatRub } from '../apps/web/src/lib/format.ts';
import { openCluster, screenshot, T, useE2eSuite } from './fixture.ts';

/** A need of the Astrakhan shipbuilding story (demo data) that has many SME suppliers. */
const STORY_NEED = 'Электродвигатели для палубных механизмов';
const COMPONENTS = ['product', 'proximity', 'capacity', 'sme', 'sameCluster', 'pastLinks'];
const SME = new Set(['micro', 'small', 'medium']);

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

async function attributes(rows: Locator, name: string): Promise<string[]> {
  return rows.evaluateAll((els, n) => els.map((e) => e.getAttribute(n) ?? ''), name);
}

interface NeedInfo { id: number; buyerId: number; buyerName: string; description: string; okpd2: string[]; volume: number | null }

async function getJson<T>(page: Page, path: string): Promise<T> {
  const response = await page.context().request.get(path);
  assert.equal(response.status(), 200, `${path}: ${await response.text()}`);
  return (await response.json()) as T;
}

/**
 * The need the signed-in enterprise representative buys for: the one of its organisation with the most suppliers.
 * (Which demo organisation the 'shipyard' account speaks for is the demo's choice; the test follows it.)
 */
async function ownNeed(page: Page): Promise<NeedInfo> {
  const me = await getJson<{ organisationId: number }>(page, '/api/auth/me');
  const needs = (await getJson<{ items: NeedInfo[] }>(page, `/api/needs?organisation=${me.organisationId}`)).items;
  assert.ok(needs.length > 0, 'the shipyard has needs');
  const counts = await Promise.all(needs.map(async (n) => (await getJson<{ items: unknown[] }>(page, `/api/needs/${n.id}/suppliers`)).items.length));
  return needs[counts.indexOf(Math.max(...counts))]!;
}

/**
 * A large industrial enterprise of the region other than the buyer that could plausibly make the code: one of
 * its industry class first, then a shipyard (the story's industry), then any.
 */
async function largeOtherThan(page: Page, region: string, buyerId: number, code: string): Promise<{ inn: string; name: string }> {
  const orgs = (await getJson<{ items: { id: number; inn: string; name: string; okvedMain: string }[] }>(page, `/api/organisations?region=${region}&sme=large&kind=industrial&pageSize=50`)).items
    .filter((o) => o.id !== buyerId);
  const pick = orgs.find((o) => o.okvedMain.startsWith(code.slice(0, 2))) ?? orgs.find((o) => o.okvedMain.startsWith('30')) ?? orgs[0];
  assert.ok(pick, 'a large enterprise in the region');
  return pick;
}

async function openNeed(page: Page, description: string): Promise<Locator> {
  await page.goto('/');
  await page.getByRole('link', { name: 'Подбор партнёров' }).click();
  await page.getByTestId('needs-table').getByTestId('need-link').first().waitFor();
  await page.getByRole('link', { name: description }).first().click();
  await page.getByRole('heading', { level: 2, name: description }).waitFor();
  const rows = page.getByTestId('supplier-ranking').getByTestId('match-row');
  await rows.first().waitFor();
  return rows;
}

describe('matchmaking in the browser', () => {
  const suite = useE2eSuite();

  it('Novosibirsk: an investor, not signed in, sees the production chains the region could enter; the first page loads no map or graph code', T, async () => {
    const w = await suite.page();
    const { page } = w;
    const scripts: string[] = [];
    page.on('request', (r) => { if (r.resourceType() === 'script') scripts.push(r.url()); });
    await page.goto('/');
    await page.getByTestId('stat-organisations-value').waitFor();
    assert.deepEqual(scripts.filter((u) => /maplibre|\/graph-/.test(u)), [], 'MapLibre and sigma.js are not part of the first page');

    await page.getByRole('link', { name: 'Инвестору' }).click();
    await page.getByRole('heading', { level: 2, name: 'Инвестору: производственные цепочки региона' }).waitFor();
    assert.equal(await page.getByTestId('investor-region').inputValue(), 'Новосибирская область (54)', 'the investor story opens on Novosibirsk');
    const rows = page.getByTestId('chain-row');
    await rows.first().waitFor();
    const ranks = (await attributes(rows, 'data-rank')).map(Number);
    assert.ok(ranks.length >= 5, `chains: ${ranks.length}`);
    assert.deepEqual(ranks, ranks.map((_r, i) => i + 1));
    const opportunities = (await attributes(rows, 'data-opportunity')).map(Number);
    assert.deepEqual(opportunities, [...opportunities].sort((a, b) => b - a), 'ranked by what is bought from other regions');
    assert.ok(opportunities[0]! > 0);
    assert.ok((await attributes(rows, 'data-local-suppliers')).some((n) => Number(n) > 0), 'some chain already has local suppliers to partner with');
    assert.match((await page.getByTestId('chain-reason').first().textContent()) ?? '', /покупател.* закупают продукцию класса \d\d на .* из них из других регионов/);
    await screenshot(page, 'mm-novosibirsk-investor');

    await page.getByRole('link', { name: 'Карта' }).click();
    await page.getByTestId('main-map').and(page.locator('[data-ready="true"]')).waitFor();
    assert.ok(scripts.some((u) => /maplibre/.test(u)), 'the map screen fetches MapLibre when opened');
    await suite.finish(w);
  });

  // Runs before the contact request is accepted: the gaps are computed for the latest year with links, and the
  // declared link an acceptance writes (dated this year) would move that year (reported to the lead).
  it('Astrakhan: the shipbuilding cluster’s value-chain gaps, with local SMEs that could supply', T, async () => {
    const w = await suite.page({ as: 'astrakhan' });
    const { page } = w;
    await openCluster(page, 'Судостро', 'Судостроительный кластер Астраханской области');
    await page.getByTestId('tab-chains').click();
    const gaps = page.getByTestId('gap-row');
    await gaps.first().waitFor();
    assert.ok((await gaps.count()) >= 3);
    assert.ok(Number(((await page.getByTestId('vc-gaps-value').textContent()) ?? '').replace(/\D/g, '')) === (await gaps.count()));
    assert.ok((await page.getByTestId('gap-import').count()) >= 1, 'a gap is also an open import-substitution need');
    assert.ok((await page.getByTestId('gap-need-only').count()) < (await gaps.count()) - 2, 'most gaps are measured purchases, not needs alone');
    assert.ok((await page.getByTestId('gap-candidate').count()) >= 3, 'local SMEs are offered');
    assert.match((await page.getByTestId('gap-candidate').first().textContent()) ?? '', /(Микро|Малое|Среднее).*ОКПД2/);
    await screenshot(page, 'mm-astrakhan-value-chain');
    await suite.finish(w);
  });

  it('a need: ranked suppliers with every component, SME only, a contact request, accepted, and the declared link', { timeout: 180_000 }, async () => {
    // The buyer's representative, and the need it buys for.
    const buyer = await suite.page({ as: 'shipyard' });
    const need = await ownNeed(buyer.page);
    const code = need.okpd2[0]!;

    // A large enterprise of the region declares a capability for the same code through the import screen,
    // so the SME filter has something to remove.
    const operator = await suite.page({ as: 'astrakhan' });
    const large = await largeOtherThan(operator.page, '30', need.buyerId, code);
    await operator.page.goto('/matchmaking?tab=capabilities');
    await operator.page.getByRole('button', { name: 'Загрузить из файла' }).click();
    await operator.page.getByTestId('file-input').setInputFiles({
      name: 'возможности.csv', mimeType: 'text/csv',
      buffer: Buffer.from(`ИНН поставщика;ОКПД2;Описание;Мощность в год;Единица;Регион;Широта;Долгота\r\n${large.inn};${code};Собственный цех;50 000 000;руб.;30;46.35;48.04\r\n`, 'utf8'),
    });
    await operator.page.getByTestId('upload').click();
    await operator.page.locator('[data-testid="import-report"][data-status="written"]').waitFor();
    assert.equal(await operator.page.getByTestId('imp-created-value').textContent(), '1');
    await suite.finish(operator);

    let rows = await openNeed(buyer.page, need.description);
    const totals = (await attributes(rows, 'data-total')).map(Number);
    assert.ok(totals.length >= 5, `suppliers: ${totals.length}`);
    assert.deepEqual(totals, [...totals].sort((a, b) => b - a), 'ranked by the total score');
    assert.deepEqual((await attributes(rows, 'data-rank')).map(Number), totals.map((_t, i) => i + 1));
    assert.ok((await attributes(rows, 'data-supplier-inn')).includes(large.inn), `${large.name} is among the suppliers before filtering`);
    assert.ok((await attributes(rows, 'data-sme')).includes('large'));
    const first = rows.first();
    let sum = 0;
    for (const key of COMPONENTS) {
      const cell = first.getByTestId(`component-${key}`);
      assert.equal(await cell.count(), 1, `component ${key} is shown`);
      sum += Number(await cell.getAttribute('data-points'));
    }
    assert.ok(Math.abs(sum - totals[0]!) < 0.002, `the components add up to the total: ${sum} vs ${totals[0]}`);
    assert.match((await first.getByTestId('component-product').textContent()) ?? '', new RegExp(`${literal(code)} полностью.*общих цифр: (\\d) из \\1`));
    assert.match((await first.getByTestId('component-proximity').textContent()) ?? '', /\d+ км/);
    assert.match((await first.getByTestId('component-capacity').textContent()) ?? '', /% объёма.*мощность/);
    assert.match((await buyer.page.getByTestId('weights-legend').textContent()) ?? '', /Совпадение продукции.*0,40.*Близость.*0,20/);
    await screenshot(buyer.page, 'mm-need-ranked-suppliers');

    await buyer.page.getByTestId('mf-sme').click();
    await buyer.page.waitForURL(/sme=1/);
    await buyer.page.waitForFunction(() => Array.from(document.querySelectorAll('[data-testid="match-row"]')).every((r) => r.getAttribute('data-sme') !== 'large'));
    rows = buyer.page.getByTestId('supplier-ranking').getByTestId('match-row');
    const categories = await attributes(rows, 'data-sme');
    assert.ok(categories.length >= 3);
    assert.ok(categories.every((c) => SME.has(c)), `only SMEs: ${categories.join(', ')}`);
    const supplier = (await rows.first().getByTestId('supplier-name').textContent()) ?? '';
    await screenshot(buyer.page, 'mm-need-sme-only');

    await rows.first().getByTestId('request-contact').click();
    await buyer.page.getByTestId('request-message').fill('Нужна поставка в 2026 году, приёмка на заводе.');
    await buyer.page.getByTestId('request-send').click();
    await rows.first().getByTestId('request-status').and(buyer.page.locator('[data-status="requested"]')).waitFor();
    assert.equal(await rows.first().getByTestId('request-status').textContent(), 'ждёт ответа');
    await screenshot(buyer.page, 'mm-request-sent');
    await suite.finish(buyer);

    // The ministry's administrator answers for the supplier (the demo has no account of that SME).
    const admin = await suite.page({ as: 'admin' });
    await admin.page.goto('/');
    await admin.page.getByRole('link', { name: 'Запросы на контакт' }).click();
    const request = admin.page.getByTestId('requests-table').locator('tr[data-status="requested"]').filter({ hasText: need.buyerName }).filter({ hasText: supplier });
    await request.waitFor();
    assert.match((await request.textContent()) ?? '', /Нужна поставка в 2026 году/);
    await request.getByTestId('request-accept').click();
    const accepted = admin.page.getByTestId('requests-table').locator('tr[data-status="accepted"]').filter({ hasText: supplier });
    await accepted.getByTestId('declared-link-detail').waitFor();
    const link = (await accepted.getByTestId('declared-link-detail').textContent()) ?? '';
    const product = need.description ? ` «${literal(need.description)}»` : '';
    assert.match(link, new RegExp(`${literal(supplier)} → ${literal(need.buyerName)} · ${literal(code)}${product} · \\d{4} · ${literal(formatRub(need.volume ?? 0))} · заявлено`));
    assert.match((await accepted.getByTestId('declared-link').textContent()) ?? '', /Связь № \d+ заявлена/);
    await screenshot(admin.page, 'mm-request-accepted');
    await suite.finish(admin);

    // Both sides see it: the buyer's list shows the request accepted with the same link, the need's row too.
    const again = await suite.page({ as: 'shipyard' });
    await again.page.goto('/contact-requests');
    const mine = again.page.getByTestId('requests-table').locator('tr[data-status="accepted"]').filter({ hasText: supplier });
    await mine.getByTestId('declared-link-detail').waitFor();
    assert.match((await mine.textContent()) ?? '', /исходящий/);
    await again.page.getByTestId('requests-direction').getByText('Входящие').click();
    await again.page.getByTestId('requests-table').getByTestId('empty-state').waitFor();
    rows = await openNeed(again.page, need.description);
    const row = rows.filter({ hasText: supplier });
    assert.equal(await row.getByTestId('request-status').getAttribute('data-status'), 'accepted');
    await screenshot(again.page, 'mm-need-after-accept');
    await suite.finish(again);
  });

  it('a supplier’s capability lists the needs it could serve, ranked the same way', T, async () => {
    const w = await suite.page({ as: 'astrakhan' });
    const rows = await openNeed(w.page, STORY_NEED);
    const supplier = (await rows.first().getByTestId('supplier-name').textContent()) ?? '';
    await rows.first().getByTestId('supplier-name').click();
    await w.page.getByText(`Возможность поставщика ${supplier}`).waitFor();
    const needs = w.page.getByTestId('need-ranking').getByTestId('match-row');
    await needs.first().waitFor();
    assert.ok((await needs.getByTestId('need-name').allTextContents()).includes(STORY_NEED), 'the need it was found for is among its matches');
    assert.equal(await w.page.getByTestId('mf-sme').count(), 0, 'no SME switch on the supplier’s own ranking');
    await screenshot(w.page, 'mm-capability-ranked-needs');
    await suite.finish(w);
  });

});
