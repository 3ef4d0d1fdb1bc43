import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
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
});
