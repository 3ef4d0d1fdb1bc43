import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTable } from '../table/read-table.ts';
import { validateLinks } from './validate-links.ts';

const HEADER = 'ИНН поставщика;ИНН покупателя;ОКПД2;Продукция;Год;Объём, руб.;Источник';

test('valid links in Russian headers with Russian source labels', async () => {
  const t = await readTable(Buffer.from(`${HEADER}\n7707083893;7736207543;25.11.23;Металл;2024;12 500 000,50;договор\n7736207543;7707083893;;;2023;0;survey\n`), 'l.csv');
  const r = validateLinks(t);
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.valid, [
    { rowNumbers: [2], input: { supplierInn: '7707083893', buyerInn: '7736207543', okpd2: '25.11.23', product: 'Металл', year: 2024, volume: 12500000.5, source: 'contract' } },
    { rowNumbers: [3], input: { supplierInn: '7736207543', buyerInn: '7707083893', okpd2: null, product: null, year: 2023, volume: 0, source: 'survey' } },
  ]);
});

test('duplicate link names the first row; unknown endpoint and self-link are refused', async () => {
  const known = new Set(['7707083893', '7736207543']);
  const t = await readTable(Buffer.from(`supplier_inn,buyer_inn,okpd2,year,volume,source
7707083893,7736207543,25.11,2024,10,declared
7707083893,7736207543,25.11,2024,20,contract
7707083893,500100732259,,2024,5,declared
7707083893,7707083893,,2024,5,declared
7707083893,7736207543,25.11,2024,-1,фантазия
`), 'l.csv');
  const r = validateLinks(t, { knownInns: (inn) => known.has(inn) });
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.column, e.reasonRu]), [
    [3, 'supplier_inn', 'дубликат: связь 7707083893 → 7736207543 за 2024 год (ОКПД2 25.11) уже есть в строке 2'],
    [4, 'buyer_inn', 'организация с ИНН 500100732259 не найдена ни в реестре, ни в файле организаций'],
    [5, 'buyer_inn', 'поставщик и покупатель совпадают (ИНН 7707083893)'],
    [6, 'volume', '-1: число не может быть отрицательным'],
    [6, 'source', 'источник «фантазия» неизвестен; допустимо: declared, contract, survey'],
  ]);
  assert.deepEqual(r.valid.map((v) => v.rowNumbers[0]), [2]);
});
