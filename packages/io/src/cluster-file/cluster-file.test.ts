import { test } from 'node:test';
import assert from 'node:assert/strict';
import ExcelJS from 'exceljs';
import type { ClusterInput } from '@klaster/core';
import { exportJson } from '../export/export-json.ts';
import { TableReadError } from '../table/table.ts';
import { loadReferenceIndex } from '../validate/reference-index.ts';
import { readClusterFile, validateClusterSource } from './read-cluster-file.ts';

const refs = loadReferenceIndex();
const CLUSTER_HEADER = ['Код кластера', 'Наименование кластера', 'Вид кластера', 'Статус', 'Регионы', 'ИНН участника', 'Роль участника'];
const AGREEMENT_HEADER = ['Код кластера', 'Соглашение', 'Номер соглашения', 'Дата соглашения', 'Вид соглашения', 'ИНН стороны соглашения', 'Сторона соглашения'];
const PREFERENCE_HEADER = ['Код кластера', 'Вид льготы', 'ИНН получателя льготы', 'Содержание льготы', 'Кем предоставлена льгота', 'Льгота действует с', 'Льгота действует по'];

async function workbook(sheets: Record<string, string[][]>): Promise<Buffer> {
  const book = new ExcelJS.Workbook();
  for (const [name, rows] of Object.entries(sheets)) {
    const sheet = book.addWorksheet(name);
    for (const row of rows) sheet.addRow(row);
  }
  return Buffer.from(await book.xlsx.writeBuffer());
}

const where = (errors: { sheet?: string; rowNumber: number; column: string; value: string; reasonRu: string }[]) => errors.map((e) => [e.sheet ?? null, e.rowNumber, e.column, e.value, e.reasonRu]);

test('XLSX sheets: errors in agreements and preferences name the sheet, row, column and value; a cluster with one is not loaded at all', async () => {
  const known = new Set(['7707083893', '7736207543']);
  const data = await workbook({
    Кластеры: [CLUSTER_HEADER, ['a', 'Кластер А', 'local', 'candidate', '22', '7707083893', 'anchor'], ['b', 'Кластер Б', 'local', 'candidate', '22', '7736207543', '']],
    Соглашения: [
      AGREEMENT_HEADER,
      ['a', 'Соглашение', '1', '2024-02-01', 'о сотрудничестве', '7707083893', ''],
      ['a', 'Соглашение', '1', '2024-02-01', 'о присоединении', '', 'Администрация'],
      ['a', 'Соглашение', '1', '2024-02-01', '', '7707083893', ''],
      ['a', 'Другое', '', '31.02.2024', '', '', ''],
      ['b', 'Соглашение Б', '', '', '', '', 'Администрация района'],
      ['zz', 'Чужое', '', '', '', '7707083893', ''],
    ],
    Льготы: [PREFERENCE_HEADER, ['a', 'космос', '', 'Аренда', 'Управа', '', ''], ['b', 'rent', '500100732259', 'Аренда', 'Управа', '', '']],
    Справка: [['Столбец'], ['ничего']],
  });
  const source = await readClusterFile(data, 'clusters.xlsx');
  assert.equal(source.format, 'xlsx');
  assert.equal(source.rowsTotal, 2 + 6 + 2);
  const r = validateClusterSource(source, refs, { knownInns: (inn) => known.has(inn) });
  assert.deepEqual(where(r.errors), [
    ['Соглашения', 3, 'Вид соглашения', 'о присоединении', 'кластер a, соглашение «Соглашение»: вид расходится с указанным в строке 2 листа «Соглашения»'],
    ['Соглашения', 4, 'ИНН стороны соглашения', '7707083893', 'дубликат: сторона 7707083893 соглашения «Соглашение» уже есть в строке 2 листа «Соглашения»'],
    ['Соглашения', 5, 'Дата соглашения', '31.02.2024', 'дата «31.02.2024» не распознана: нужен формат ГГГГ-ММ-ДД или ДД.ММ.ГГГГ'],
    ['Соглашения', 7, 'Код кластера', 'zz', 'кластера с кодом zz нет на листе «Кластеры»: соглашения и льготы загружаются вместе с кластером'],
    ['Льготы', 2, 'Вид льготы', 'космос', 'вид льготы «космос» неизвестен; допустимо: rent, local_tax, regional_tax, loan, other'],
    ['Льготы', 3, 'ИНН получателя льготы', '500100732259', 'организация с ИНН 500100732259 не найдена ни в реестре, ни в файле организаций'],
  ]);
  assert.deepEqual(r.valid, [], 'both clusters have an error in one of their parts: neither is written without it');
});

test('CSV, one table: a row that fills the columns of two parts is refused; a party needs an INN or a name', async () => {
  const header = [...CLUSTER_HEADER, ...AGREEMENT_HEADER.slice(1), ...PREFERENCE_HEADER.slice(1)].join(';');
  const csv = `${header}
a;Кластер;local;candidate;22;7707083893;;;;;;;;;;;;;;
a;;;;;;;Соглашение;;;;;;rent;;Аренда;Управа;;
a;;;;;;;Соглашение;;;;;;;;;;;
`;
  const r = validateClusterSource(await readClusterFile(Buffer.from(csv), 'c.csv'), refs);
  assert.deepEqual(where(r.errors), [
    [null, 3, 'Вид льготы', 'rent', 'в одной строке — один участник, одна сторона соглашения или одна льгота: заполнены и «Соглашение», и «Вид льготы»'],
    [null, 4, 'ИНН стороны соглашения', '', 'кластер a, соглашение «Соглашение»: укажите ИНН или наименование стороны'],
  ]);
  assert.deepEqual(r.valid, []);
});

test('a file without agreement or preference columns leaves them out of the input (the registry keeps its own); with the columns and no rows they are empty', async () => {
  const participantsOnly = validateClusterSource(await readClusterFile(Buffer.from(`${CLUSTER_HEADER.join(';')}\na;Кластер;local;candidate;22;7707083893;\n`), 'c.csv'), refs);
  assert.deepEqual(participantsOnly.errors, []);
  assert.equal('agreements' in participantsOnly.valid[0]!.input, false);
  assert.equal('preferences' in participantsOnly.valid[0]!.input, false);
  const withSheets = validateClusterSource(await readClusterFile(await workbook({ Кластеры: [CLUSTER_HEADER, ['a', 'Кластер', 'local', 'candidate', '22', '', '']], Соглашения: [AGREEMENT_HEADER], Льготы: [PREFERENCE_HEADER] }), 'c.xlsx'), refs);
  assert.deepEqual(withSheets.errors, []);
  assert.deepEqual([withSheets.valid[0]!.input.agreements, withSheets.valid[0]!.input.preferences], [[], []]);
});

test('JSON: errors point to the record and the JSON path; isDemo is kept; a record without agreements leaves them out', async () => {
  const good: ClusterInput = { code: 'a', name: 'А', kind: 'local', specialization: '', status: 'candidate', regions: ['22'], participants: [{ inn: '7707083893', role: 'anchor' }], isDemo: true };
  const bad = {
    code: 'b', name: 'Б', kind: 'local', specialization: '', status: 'в космосе', regions: ['22'], participants: [{ inn: '7707083893', role: 'anchor' }, { inn: '7707083894', role: 'participant' }],
    agreements: [{ title: 'С', parties: [{ inn: '7707083893' }, { name: null }] }], preferences: [{ kind: 'rent', description: 'Аренда', grantedBy: 'Управа', validTo: '2026-13-01' }],
  };
  const text = JSON.stringify({ kind: 'clusters', count: 3, records: [good, bad, 'не объект', { ...good, code: 'c', participants: 'все' }] });
  const source = await readClusterFile(Buffer.from('\uFEFF' + text), 'clusters.json');
  assert.deepEqual([source.format, source.rowsTotal], ['json', 4]);
  const r = validateClusterSource(source, refs);
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.column, e.value]), [
    [2, 'records[1].status', 'в космосе'],
    [2, 'records[1].participants[1].inn', '7707083894'],
    [2, 'records[1].agreements[0].parties[1].inn', ''],
    [2, 'records[1].preferences[0].validTo', '2026-13-01'],
    [3, 'records[2]', 'не объект'],
    [4, 'records[3].participants', 'все'],
  ]);
  assert.deepEqual(r.valid.map((v) => [v.rowNumbers, v.input.code, v.input.isDemo, 'agreements' in v.input]), [[[1], 'a', true, false]]);
  assert.deepEqual(r.valid[0]!.input.participants, [{ inn: '7707083893', role: 'anchor', joinedOn: null, leftOn: null, specialTerritory: false }]);
});

test('JSON of another kind or broken JSON cannot be read', async () => {
  await assert.rejects(readClusterFile(Buffer.from(exportJson('links', [])), 'l.json'), (e: unknown) => e instanceof TableReadError && e.code === 'invalid_json' && /не является выгрузкой кластеров/.test(e.messageRu));
  await assert.rejects(readClusterFile(Buffer.from('{"kind": "clusters", "records": [}'), 'c.json'), (e: unknown) => e instanceof TableReadError && e.code === 'invalid_json');
  await assert.rejects(readClusterFile(Buffer.from('null'), 'c.json').then(() => readClusterFile(Buffer.from('[1'), 'c.json')), TableReadError);
});
