import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseAmount, parseDate, parsePastedRows, toCost } from './cost-rows.ts';

test('amounts in Russian notation become numbers', () => {
  assert.equal(parseAmount('1 234 567,89'), 1234567.89);
  assert.equal(parseAmount('12\u00a0000'), 12000);
  assert.ok(Number.isNaN(parseAmount('двенадцать')));
});

test('dates are accepted as ДД.ММ.ГГГГ or ISO', () => {
  assert.equal(parseDate('31.12.2024'), '2024-12-31');
  assert.equal(parseDate(' 2024-03-01 '), '2024-03-01');
});

test('pasted spreadsheet rows: header skipped, tabs or semicolons, defaults for item', () => {
  const rows = parsePastedRows('Дата\tПоставщик\tПокупатель\tСумма\n01.03.2024\t2204000001\t2204000002\t1 000 000\tstarting-batch\tпартия 1\n\n2024-04-01;;2204000002;500,5');
  assert.equal(rows.length, 2);
  assert.deepEqual(toCost(rows[0]!), { date: '2024-03-01', supplierInn: '2204000001', buyerInn: '2204000002', amount: 1_000_000, item: 'starting-batch', stage: 'партия 1' });
  assert.deepEqual(toCost(rows[1]!), { date: '2024-04-01', supplierInn: null, buyerInn: '2204000002', amount: 500.5, item: 'starting-batch', stage: null });
});
