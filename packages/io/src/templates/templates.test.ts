import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import { IMPORT_FILE_KINDS, type ImportFileKind } from '../columns/field-spec.ts';
import { readTable } from '../table/read-table.ts';
import { loadReferenceIndex } from '../validate/reference-index.ts';
import { validateClusters } from '../validate/validate-clusters.ts';
import { validateLinks } from '../validate/validate-links.ts';
import { validateOrganisations } from '../validate/validate-organisations.ts';
import { validateNeeds } from '../validate/validate-needs.ts';
import { validateCapabilities } from '../validate/validate-capabilities.ts';
import { validatePurchases } from '../validate/validate-purchases.ts';
import { validateReferenceTotals } from '../validate/validate-reference-totals.ts';
import type { Table } from '../table/table.ts';
import { templateCsv } from './template-csv.ts';
import { templateXlsx } from './template-xlsx.ts';

const refs = loadReferenceIndex();
const KINDS = IMPORT_FILE_KINDS;

function errorsOf(kind: ImportFileKind, table: Table) {
  if (kind === 'organisations') return validateOrganisations(table, refs);
  if (kind === 'links') return validateLinks(table, { refs });
  if (kind === 'needs') return validateNeeds(table, { refs });
  if (kind === 'capabilities') return validateCapabilities(table, { refs });
  if (kind === 'purchases') return validatePurchases(table, { refs });
  if (kind === 'reference-totals') return validateReferenceTotals(table, refs);
  return validateClusters(table, refs);
}

test('CSV templates: BOM, semicolons, Russian headers, an example row that validates', async () => {
  const csv = templateCsv('organisations');
  assert.deepEqual([...csv.subarray(0, 3)], [0xef, 0xbb, 0xbf]);
  assert.ok(csv.toString('utf8').startsWith('\uFEFFИНН;ОГРН/ОГРНИП;КПП;Полное наименование;'));
  for (const kind of KINDS) {
    const table = await readTable(templateCsv(kind), `${kind}.csv`);
    assert.equal(table.delimiter, ';');
    assert.equal(table.rows.length, 1);
    const result = errorsOf(kind, table);
    assert.deepEqual(result.errors, [], kind);
    assert.equal(result.valid.length, 1, kind);
  }
});

test('XLSX templates: example row validates, header styled, help sheet lists columns and allowed values', async () => {
  for (const kind of KINDS) {
    const data = await templateXlsx(kind);
    const result = errorsOf(kind, await readTable(data, `${kind}.xlsx`));
    assert.deepEqual(result.errors, [], kind);
    assert.equal(result.valid.length, 1, kind);
  }
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateXlsx('links')) as unknown as ArrayBuffer);
  assert.deepEqual(workbook.worksheets.map((s) => s.name), ['Связи', 'Справка']);
  const data = workbook.worksheets[0]!;
  assert.equal(data.getRow(1).getCell(1).font?.bold, true);
  assert.equal(data.getColumn(1).width, 18);
  const help = workbook.getWorksheet('Справка')!;
  assert.deepEqual((help.getRow(2).values as unknown[]).slice(1), ['ИНН поставщика', 'supplier_inn', 'да', 'ИНН поставщика (организация должна быть в реестре или в файле организаций)', '7707083893']);
  const helpTexts: string[] = [];
  help.eachRow((row) => helpTexts.push(String(row.getCell(1).value ?? '') + '|' + String(row.getCell(2).value ?? '')));
  assert.ok(helpTexts.includes('Договор|contract'));
  assert.ok(helpTexts.includes('Допустимые значения: Источник|'));
});

test('every importable kind has a template: seven kinds, sheets named in Russian', async () => {
  assert.deepEqual([...KINDS], ['organisations', 'links', 'clusters', 'needs', 'capabilities', 'purchases', 'reference-totals']);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateXlsx('reference-totals')) as unknown as ArrayBuffer);
  assert.deepEqual(workbook.worksheets.map((s) => s.name), ['Итоги статистики', 'Справка']);
  assert.deepEqual((workbook.worksheets[0]!.getRow(1).values as unknown[]).slice(1), ['Территория', 'ОКВЭД', 'Год', 'Численность, чел.', 'Выручка, руб.', 'Источник']);
  assert.ok(templateCsv('purchases').toString('utf8').startsWith('\uFEFFИНН организации;Год;Промежуточные закупки, руб.;В т. ч. импорт, руб.;Источник'));
});

test('readTable reads a named worksheet and refuses a missing one', async () => {
  const data = await templateXlsx('organisations');
  const help = await readTable(data, 't.xlsx', { sheet: 'Справка' });
  assert.deepEqual(help.headers, ['Столбец', 'Column', 'Обязательный', 'Описание', 'Пример']);
  assert.deepEqual(help.rows[0]!.cells.slice(0, 3), ['ИНН', 'inn', 'да']);
  await assert.rejects(readTable(data, 't.xlsx', { sheet: 'Нет такого' }), { code: 'sheet_not_found', messageRu: 'В книге нет листа «Нет такого»' });
});
