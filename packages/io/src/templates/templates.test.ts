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
import { templateCsv, templateExampleRows } from './template-csv.ts';
import { readClusterFile, validateClusterSource } from '../cluster-file/read-cluster-file.ts';
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
    assert.equal(table.rows.length, kind === 'clusters' ? 3 : 1, kind);
    assert.equal(templateExampleRows(kind).length, table.rows.length);
    const result = errorsOf(kind, table);
    assert.deepEqual(result.errors, [], kind);
    assert.equal(result.valid.length, 1, kind);
  }
});

test('XLSX templates: example row validates, header styled, help sheet lists columns and allowed values', async () => {
  for (const kind of KINDS) {
    const data = await templateXlsx(kind);
    const result = kind === 'clusters' ? validateClusterSource(await readClusterFile(data, 'c.xlsx'), refs) : errorsOf(kind, await readTable(data, `${kind}.xlsx`));
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

test('cluster templates: a sheet per part in XLSX, the three parts side by side in CSV; both give a cluster with an agreement and a preference', async () => {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load((await templateXlsx('clusters')) as unknown as ArrayBuffer);
  assert.deepEqual(workbook.worksheets.map((s) => s.name), ['Кластеры', 'Соглашения', 'Льготы', 'Справка']);
  assert.deepEqual((workbook.getWorksheet('Соглашения')!.getRow(1).values as unknown[]).slice(1), ['Код кластера', 'Соглашение', 'Номер соглашения', 'Дата соглашения', 'Вид соглашения', 'ИНН стороны соглашения', 'Сторона соглашения']);
  assert.deepEqual((workbook.getWorksheet('Льготы')!.getRow(1).values as unknown[]).slice(1), ['Код кластера', 'Вид льготы', 'ИНН получателя льготы', 'Содержание льготы', 'Кем предоставлена льгота', 'Льгота действует с', 'Льгота действует по']);
  const helpTexts: string[] = [];
  workbook.getWorksheet('Справка')!.eachRow((row) => helpTexts.push(String(row.getCell(1).value ?? '')));
  assert.ok(helpTexts.includes('Сторона соглашения'));
  assert.ok(helpTexts.includes('Допустимые значения: Вид льготы'));
  assert.ok(helpTexts.some((t) => t.startsWith('CSV: те же столбцы в одной таблице')));
  const fromXlsx = validateClusterSource(await readClusterFile(await templateXlsx('clusters'), 'c.xlsx'), refs);
  const fromCsv = validateClusterSource(await readClusterFile(templateCsv('clusters'), 'c.csv'), refs);
  assert.deepEqual(fromCsv.valid.map((v) => v.input), fromXlsx.valid.map((v) => v.input));
  const cluster = fromCsv.valid[0]!.input;
  assert.deepEqual(cluster.agreements, [{ title: 'Соглашение о сотрудничестве в целях развития кластера', number: '1/2024', signedOn: '2024-02-01', kind: 'cooperation', parties: [{ inn: '7707083893', name: null }] }]);
  assert.deepEqual(cluster.preferences, [{ inn: '7707083893', kind: 'rent', description: 'Снижение арендной платы за муниципальные помещения на 50%', grantedBy: 'Администрация города Калуги', validFrom: '2024-01-01', validTo: '2026-12-31' }]);
});
