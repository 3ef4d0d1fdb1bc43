import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import type { Page } from 'playwright-core';
import { completeInn10, completeOgrn } from '@klaster/core';
import { screenshot, useE2eSuite } from './fixture.ts';

const HEADER = 'ИНН;ОГРН/ОГРНИП;КПП;Полное наименование;Краткое наименование;Вид организации;ОКВЭД основной;ОКВЭД дополнительные;Регион;ОКТМО;Адрес;Широта;Долгота;Год;Численность;Выручка;Продукция ОКПД2';
const GOOD_A = completeInn10('220177001');
const GOOD_B = completeInn10('220177002');
const valid = completeInn10('220177003');
// The same INN with its check digit changed: ten digits, wrong checksum.
const BAD = valid.slice(0, 9) + String((Number(valid[9]) + 1) % 10);

function row(inn: string, name: string, ogrnBody: string): string {
  return [inn, completeOgrn(ogrnBody), '', name, '', 'Промышленное предприятие', '25.11', '', '22', '', 'г. Бийск', '', '', '2024', '40', '90 000 000', ''].join(';');
}

/** Three rows: the second has a bad INN; names carry quotes and angle brackets that must show as text. */
const CSV = [HEADER, row(GOOD_A, 'ООО «Ёлка» <b>', '102220000001'), row(BAD, 'ООО «Неверный ИНН»', '102220000002'), row(GOOD_B, 'ООО «Бийский станкозавод»', '102220000003')].join('\r\n') + '\r\n';

describe('import in the browser', () => {
  const suite = useE2eSuite();

  it('a CSV with one bad INN is refused with the row, column, value and reason; "valid rows only" writes the rest', { timeout: 90_000 }, async () => {
    const w = await suite.page({ as: 'altai' });
    const { page } = w;
    await page.goto('/');
    await page.getByRole('link', { name: 'Загрузка данных' }).click();
    await page.getByTestId('file-input').setInputFiles({ name: 'организации.csv', mimeType: 'text/csv', buffer: Buffer.from(CSV, 'utf8') });
    assert.match((await page.getByTestId('chosen-file').textContent()) ?? '', /организации\.csv/);
    await page.getByTestId('upload').click();

    const report = page.getByTestId('import-report');
    await report.waitFor().catch(async (e: unknown) => { await screenshot(page, 'import-debug'); console.log(w.problems); throw e; });
    assert.equal(await report.getAttribute('data-status'), 'refused');
    assert.equal(await page.getByTestId('import-status').textContent(), 'Отклонено');
    assert.equal(await page.getByTestId('imp-total-value').textContent(), '3');
    assert.equal(await page.getByTestId('imp-invalid-value').textContent(), '1');
    const errorRows = page.getByTestId('import-errors').getByRole('row');
    assert.equal(await errorRows.count(), 2, 'a header and one error row');
    const cells = await errorRows.nth(1).getByRole('cell').allTextContents();
    assert.equal(cells[0], '3', 'data row 2 is line 3 of the file (the header is line 1)');
    assert.equal(cells[1], 'ИНН');
    assert.equal(cells[2], BAD);
    assert.match(cells[3] ?? '', /контрольн/i, `reason names the checksum: ${cells[3]}`);
    await screenshot(page, 'import-refused');

    await page.getByTestId('retry-valid').click();
    await page.locator('[data-testid="import-report"][data-status="written"]').waitFor();
    assert.equal(await page.getByTestId('import-status').textContent(), 'Записано');
    assert.equal(await page.getByTestId('imp-created-value').textContent(), '2');
    await page.getByTestId('import-runs').getByText('организации.csv').first().waitFor();
    await screenshot(page, 'import-written');

    await page.getByRole('link', { name: 'Организации', exact: true }).click();
    await page.getByTestId('org-search').fill(GOOD_A);
    await page.getByRole('link', { name: 'ООО «Ёлка» <b>' }).click();
    await page.getByRole('heading', { level: 2, name: 'ООО «Ёлка» <b>' }).waitFor();
    assert.equal(await page.locator('main b').count(), 0, 'the name is text, not markup');
    await suite.finish(w);
  });

  it('the demo clusters exported as JSON from the clusters list load back in the browser without a change', { timeout: 90_000 }, async () => {
    const w = await suite.page({ as: 'admin' });
    const { page } = w;
    const exported = await exportClusters(page, 'JSON');
    const records = (JSON.parse(exported.toString('utf8')) as { kind: string; records: { code: string }[] }).records;
    assert.ok(records.length >= 6, `demo clusters exported: ${records.length}`);

    await openClusterImport(page);
    assert.equal(await page.getByTestId('file-input').getAttribute('accept'), '.csv,.xlsx,.txt,.json', 'the picker offers JSON for clusters');
    await page.getByTestId('file-input').setInputFiles({ name: 'кластеры.json', mimeType: 'application/json', buffer: exported });
    const format = page.getByTestId('file-format');
    await format.waitFor();
    assert.deepEqual([await format.getAttribute('data-format'), await format.getAttribute('data-accepted')], ['json', 'true']);
    assert.match((await format.textContent()) ?? '', /JSON-выгрузка кластеров/);
    await page.getByTestId('upload').click();

    await page.locator('[data-testid="import-report"][data-status="written"]').waitFor();
    assert.equal(await page.getByTestId('import-status').textContent(), 'Записано');
    assert.equal(await page.getByTestId('imp-total-value').textContent(), String(records.length));
    assert.equal(await page.getByTestId('imp-unchanged-value').textContent(), String(records.length), 'без изменений: every cluster');
    assert.equal(await page.getByTestId('imp-created-value').textContent(), '0');
    assert.equal(await page.getByTestId('imp-updated-value').textContent(), '0');
    assert.match(await page.getByTestId('imp-total').textContent() ?? '', /Записей/i, 'a JSON export counts records');
    await page.getByTestId('import-runs').getByText('кластеры.json').first().waitFor();
    await screenshot(page, 'import-clusters-json-unchanged');

    // a kind read as a table only: the picker does not offer JSON, and a JSON file is not sent
    await page.getByTestId('import-kind').getByText('Организации', { exact: true }).click();
    assert.equal(await page.getByTestId('file-input').getAttribute('accept'), '.csv,.xlsx,.txt');
    await page.getByTestId('file-input').setInputFiles({ name: 'кластеры.json', mimeType: 'application/json', buffer: exported });
    await page.locator('[data-testid="file-format"][data-accepted="false"]').waitFor();
    assert.match((await page.getByTestId('file-format').textContent()) ?? '', /«Организации» загружаются только из CSV или XLSX/);
    assert.ok(await page.getByTestId('upload').isDisabled(), 'nothing is sent');
    await suite.finish(w);
  });

  it('a cluster workbook with a bad party INN on the «Соглашения» sheet is refused naming the sheet, row, column, value and reason', { timeout: 90_000 }, async () => {
    const w = await suite.page({ as: 'admin' });
    const { page } = w;
    const book = new ExcelJS.Workbook();
    await book.xlsx.load((await exportClusters(page, 'XLSX')) as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Соглашения')!;
    let innColumn = 0;
    sheet.getRow(1).eachCell((cell, column) => { if (cell.value === 'ИНН стороны соглашения') innColumn = column; });
    assert.ok(innColumn > 0, 'the agreements sheet has the party INN column');
    const good = String(sheet.getRow(2).getCell(innColumn).value);
    assert.match(good, /^\d{10}$/, 'the first party of the demo agreements is in the registry');
    const bad = good.slice(0, 9) + String((Number(good[9]) + 1) % 10);
    sheet.getRow(2).getCell(innColumn).value = bad;

    await openClusterImport(page);
    await page.getByTestId('file-input').setInputFiles({ name: 'кластеры.xlsx', mimeType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', buffer: Buffer.from(await book.xlsx.writeBuffer()) });
    await page.locator('[data-testid="file-format"][data-format="xlsx"]').waitFor();
    assert.match((await page.getByTestId('file-format').textContent()) ?? '', /листы «Кластеры», «Соглашения», «Льготы»/);
    await page.getByTestId('upload').click();

    await page.locator('[data-testid="import-report"][data-status="refused"]').waitFor();
    assert.equal(await page.getByTestId('import-status').textContent(), 'Отклонено');
    assert.equal(await page.getByTestId('imp-invalid-value').textContent(), '1');
    const table = page.getByTestId('import-errors');
    const headers = await table.getByRole('columnheader').allTextContents();
    assert.deepEqual(headers.map((h) => h.replace(/[↕↑↓]/g, '').trim()), ['Лист', 'Строка', 'Столбец', 'Значение', 'Причина']);
    const errorRows = table.getByRole('row');
    assert.equal(await errorRows.count(), 2, 'a header and one error row');
    const cells = await errorRows.nth(1).getByRole('cell').allTextContents();
    assert.deepEqual(cells.slice(0, 4), ['Соглашения', '2', 'ИНН стороны соглашения', bad]);
    assert.match(cells[4] ?? '', /контрольн/i, `reason names the checksum: ${cells[4]}`);
    await table.scrollIntoViewIfNeeded();
    await screenshot(page, 'import-clusters-agreements-refused');
    await suite.finish(w);
  });

  it('a large file: the screen follows the server checking the rows, then writing them', { timeout: 240_000 }, async () => {
    const w = await suite.page({ as: 'altai' });
    const { page } = w;
    const rows = 150_000;
    const body = Array.from({ length: rows }, (_, i) => row(completeInn10(`23${String(i).padStart(7, '0')}`), `ООО «Поставщик ${i}»`, `102230${String(i).padStart(6, '0')}`));
    await page.goto('/import');
    await page.getByTestId('file-input').setInputFiles({ name: 'большой.csv', mimeType: 'text/csv', buffer: Buffer.from([HEADER, ...body].join('\r\n') + '\r\n', 'utf8') });
    await page.getByTestId('upload').click();
    // the server's own progress, not the upload's: rows checked of the file's total
    const progress = page.getByTestId('import-progress-text').filter({ hasText: /Проверено строк: [\d\s\u00a0]+ из 150\s?000/ });
    await progress.waitFor({ timeout: 120_000 });
    await screenshot(page, 'import-progress');
    await page.locator('[data-testid="import-report"][data-status="written"]').waitFor({ timeout: 180_000 });
    assert.equal(await page.getByTestId('imp-created-value').textContent(), formatted(rows));
    await suite.finish(w);
  });
});

/** The clusters list's export button (a plain link the browser downloads), as the registry's staff see it. */
async function exportClusters(page: Page, format: 'JSON' | 'XLSX'): Promise<Buffer> {
  await page.goto('/clusters');
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: format, exact: true }).click()]);
  assert.equal(download.suggestedFilename(), `klaster-clusters.${format.toLowerCase()}`);
  return readFileSync(await download.path());
}

async function openClusterImport(page: Page): Promise<void> {
  await page.getByRole('link', { name: 'Загрузка данных' }).click();
  await page.getByTestId('import-kind').getByText('Кластеры', { exact: true }).click();
}

/** A count as the screen writes it (Russian digit groups with a no-break space). */
function formatted(n: number): string {
  return n.toLocaleString('ru-RU').replace(/\s/g, '\u00a0');
}
