import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RowError } from '../validate/row-error.ts';
import { errorReportCsv, formatErrorReport } from './error-report.ts';

const errors: RowError[] = [
  { rowNumber: 2, column: 'ИНН', field: 'inn', value: '7707083894', reasonRu: 'ИНН 7707083894: не сходится контрольная сумма (10-я цифра)', reasonEn: 'INN 7707083894: checksum (digit 10) does not match' },
  { rowNumber: 14, column: 'Выручка', field: 'revenue', value: '=SUM(A1:A3)', reasonRu: 'формула в ячейке: введите значение, а не формулу', reasonEn: 'formula in the cell: enter a value, not a formula' },
];

test('text report in Russian and English: padded columns and a count', () => {
  assert.equal(formatErrorReport(errors, 'ru'), [
    'Строка | Столбец | Значение    | Причина',
    '-------+---------+-------------+-----------',
    '2      | ИНН     | 7707083894  | ИНН 7707083894: не сходится контрольная сумма (10-я цифра)',
    '14     | Выручка | =SUM(A1:A3) | формула в ячейке: введите значение, а не формулу',
    '',
    'Ошибок: 2',
  ].join('\n'));
  assert.equal(formatErrorReport(errors, 'en').split('\n')[2], '2   | ИНН     | 7707083894  | INN 7707083894: checksum (digit 10) does not match');
  assert.equal(formatErrorReport([], 'en'), 'No errors.');
});

test('CSV report: BOM, both languages, formula values neutralised', () => {
  assert.equal(errorReportCsv(errors), [
    '\uFEFFrow;column;field;value;reason_ru;reason_en',
    '2;ИНН;inn;7707083894;ИНН 7707083894: не сходится контрольная сумма (10-я цифра);INN 7707083894: checksum (digit 10) does not match',
    "14;Выручка;revenue;'=SUM(A1:A3);формула в ячейке: введите значение, а не формулу;formula in the cell: enter a value, not a formula",
    '',
  ].join('\r\n'));
});

test('errors on several sheets (a cluster workbook): the reports get a sheet column', () => {
  const onSheets: RowError[] = [
    { sheet: 'Кластеры', rowNumber: 3, column: 'Статус', field: 'status', value: 'x', reasonRu: 'статус «x» неизвестен', reasonEn: 'unknown status "x"' },
    { sheet: 'Льготы', rowNumber: 3, column: 'Вид льготы', field: 'preference_kind', value: 'космос', reasonRu: 'вид льготы «космос» неизвестен', reasonEn: 'unknown preference kind "космос"' },
  ];
  assert.deepEqual(formatErrorReport(onSheets, 'ru').split('\n').slice(0, 4), [
    'Лист     | Строка | Столбец    | Значение | Причина',
    '---------+--------+------------+----------+-----------',
    'Кластеры | 3      | Статус     | x        | статус «x» неизвестен',
    'Льготы   | 3      | Вид льготы | космос   | вид льготы «космос» неизвестен',
  ]);
  assert.equal(errorReportCsv(onSheets).split('\r\n')[2], 'Льготы;3;Вид льготы;preference_kind;космос;вид льготы «космос» неизвестен;"unknown preference kind ""космос"""');
  assert.ok(errorReportCsv(onSheets).startsWith('\uFEFFsheet;row;column;'));
});
