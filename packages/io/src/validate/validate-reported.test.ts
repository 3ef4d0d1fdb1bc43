import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTable } from '../table/read-table.ts';
import { validatePurchases } from './validate-purchases.ts';
import { validateReferenceTotals } from './validate-reference-totals.ts';

const csv = (text: string) => readTable(Buffer.from(text), 'f.csv');

test('purchases in Russian headers: numbers with spaces and decimal commas', async () => {
  const r = validatePurchases(await csv('ИНН организации;Год;Промежуточные закупки, руб.;В т. ч. импорт, руб.;Источник\n7707083893;2024;120 000 000;18 000 000,5;Анкета\n'));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.valid.map((v) => v.input), [{ inn: '7707083893', year: 2024, intermediateTotal: 120e6, imported: 18_000_000.5, source: 'Анкета' }]);
});

test('purchases: import above the total, unknown INN, bad year, missing source and duplicates are each named', async () => {
  const known = new Set(['7707083893', '7736207543']);
  const r = validatePurchases(await csv(
    'inn;year;intermediate_total;imported;source\n' +
    '7707083893;2024;100;150;отчёт\n' +
    '500100732259;2024;100;10;отчёт\n' +
    '7736207543;1812;100;10;отчёт\n' +
    '7736207543;2024;100;10;\n' +
    '7736207543;2023;100;10;отчёт\n' +
    '7736207543;2023;200;20;отчёт\n',
  ), { knownInns: (inn) => known.has(inn) });
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.field]), [[2, 'imported'], [3, 'inn'], [4, 'year'], [5, 'source'], [7, 'inn']]);
  assert.equal(r.errors[0]!.reasonRu, 'импорт 150 больше всех промежуточных закупок 100');
  assert.equal(r.errors[4]!.reasonEn, 'duplicate: purchases of 7736207543 for 2023 are already in row 6');
  assert.deepEqual(r.valid.map((v) => v.rowNumbers), [[6]]);
  const missing = validatePurchases(await csv('inn;year;imported;source\n7707083893;2024;1;x\n'));
  assert.deepEqual(missing.errors.map((e) => [e.rowNumber, e.field]), [[1, 'intermediate_total']]);
});

test('reference totals: country, region by name, municipality OKTMO, class, group and the total row', async () => {
  const r = validateReferenceTotals(await csv(
    'Территория;ОКВЭД;Год;Численность, чел.;Выручка, руб.;Источник\n' +
    'Россия;всего;2024;72 000 000;;Росстат\n' +
    '00;25;2024;612 400;2 140 000 000 000;Росстат\n' +
    'Калужская область;25.6;2024;3 100;;Калугастат\n' +
    '29701000;25;2024;2 000;;Калугастат\n' +
    '7;29;2023;;5 000 000;Росстат\n',
  ));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.valid.map((v) => v.input), [
    { territory: '00', level: 'total', industry: '', year: 2024, headcount: 72e6, revenue: null, source: 'Росстат' },
    { territory: '00', level: 'class', industry: '25', year: 2024, headcount: 612_400, revenue: 2.14e12, source: 'Росстат' },
    { territory: '40', level: 'group', industry: '25.6', year: 2024, headcount: 3100, revenue: null, source: 'Калугастат' },
    { territory: '29701000', level: 'class', industry: '25', year: 2024, headcount: 2000, revenue: null, source: 'Калугастат' },
    { territory: '07', level: 'class', industry: '29', year: 2023, headcount: null, revenue: 5e6, source: 'Росстат' },
  ]);
});

test('reference totals: each bad cell is named, and an industry above its territory total is refused', async () => {
  const r = validateReferenceTotals(await csv(
    'territory;okved;year;headcount;revenue;source\n' +
    '00;всего;2024;1000;;Росстат\n' +
    '00;25;2024;5000;;Росстат\n' +           // above the total: thousands typed as units somewhere
    '00;25.62;2024;10;;Росстат\n' +          // finer than a group
    '00;25.8;2024;10;;Росстат\n' +           // no such group
    'Атлантида;25;2024;10;;Росстат\n' +
    '02999999;25;2024;10;;Росстат\n' +       // OKATO 02 is no region
    '01599999;25;2024;10;;Росстат\n' +       // Altai Krai is shipped: not one of its municipalities
    '00;26;2024;;;Росстат\n' +               // neither measure
    '00;27;2024;-1;;Росстат\n' +
    '00;28;2024;10;;Росстат\n' +
    '00;28;2024;11;;Росстат\n',
  ));
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.field]), [
    [3, 'headcount'], [4, 'okved'], [5, 'okved'], [6, 'territory'], [7, 'territory'], [8, 'territory'], [9, 'headcount'], [10, 'headcount'], [12, 'okved'],
  ]);
  assert.equal(r.errors[0]!.reasonRu, 'численность по ОКВЭД 25 больше итога «всего» территории 00 из строки 2');
  assert.equal(r.errors[1]!.reasonEn, 'OKVED "25.62": totals are taken by class (NN) or group (NN.N), or "total"');
  assert.equal(r.errors[5]!.reasonRu, 'ОКТМО 01599999 не найден среди муниципальных образований региона 22');
  assert.deepEqual(r.valid.map((v) => v.rowNumbers[0]), [2, 11]);
  const noMeasure = validateReferenceTotals(await csv('territory;okved;year;source\n00;25;2024;x\n'));
  assert.deepEqual(noMeasure.errors.map((e) => [e.rowNumber, e.field, e.reasonEn]), [[1, 'headcount', 'neither a "headcount" nor a "revenue" column: at least one is needed']]);
});
