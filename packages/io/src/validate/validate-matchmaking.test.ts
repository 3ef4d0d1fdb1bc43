import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTable } from '../table/read-table.ts';
import { validateNeeds } from './validate-needs.ts';
import { validateCapabilities } from './validate-capabilities.ts';

test('needs in Russian headers: code lists, Russian dates and yes/no, region by name', async () => {
  const csv = 'ИНН покупателя;ОКПД2;Описание;Объём в год;Регион поставки;Срок;Импортозамещение;Статус\n' +
    '7707083893;25.62.20, 25.61.11;Детали;40 000 000;Астраханская область;30.06.2026;да;\n' +
    '7736207543;28.11.11;;;;;нет;закрыта\n';
  const r = validateNeeds(await readTable(Buffer.from(csv), 'n.csv'));
  assert.deepEqual(r.errors, []);
  assert.deepEqual(r.valid.map((v) => v.input), [
    { buyerInn: '7707083893', okpd2: ['25.62.20', '25.61.11'], description: 'Детали', volume: 40e6, unit: null, deliveryRegion: '30', deadline: '2026-06-30', replacesImport: true, status: 'open' },
    { buyerInn: '7736207543', okpd2: ['28.11.11'], description: null, volume: null, unit: null, deliveryRegion: null, deadline: null, replacesImport: false, status: 'closed' },
  ]);
});

test('needs: missing column, bad code, bad date, unknown buyer and duplicate are each named', async () => {
  assert.deepEqual(validateNeeds(await readTable(Buffer.from('buyer_inn;description\n7707083893;x\n'), 'n.csv')).errors.map((e) => [e.rowNumber, e.field]), [[1, 'okpd2']]);
  const csv = 'buyer_inn;okpd2;deadline;description\n7707083893;25.6x;;a\n7707083893;25.62;31.02.2026;b\n500100732259;25.62;;c\n7707083893;25.62;;d\n7707083893;25.62;;d\n';
  const known = new Set(['7707083893']);
  const r = validateNeeds(await readTable(Buffer.from(csv), 'n.csv'), { knownInns: (inn) => known.has(inn) });
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.field]), [[2, 'okpd2'], [3, 'deadline'], [4, 'buyer_inn'], [6, 'buyer_inn']]);
  assert.equal(r.errors[3]!.reasonRu, 'дубликат: та же потребность покупателя 7707083893 уже есть в строке 5');
  assert.deepEqual(r.valid.map((v) => v.rowNumbers), [[5]]);
});

test('capabilities: coordinates in pairs and in range, region code, capacity', async () => {
  const csv = 'ИНН поставщика;ОКПД2;Мощность в год;Регион;Широта;Долгота\n' +
    '7707083893;25.62.20;150 000 000;30;46.35;48.04\n' +
    '7736207543;25.62;;;46.35;\n' +
    '7736207543;25.61;-5;99;91;10\n';
  const r = validateCapabilities(await readTable(Buffer.from(csv), 'c.csv'));
  assert.deepEqual(r.valid.map((v) => v.input), [
    { supplierInn: '7707083893', okpd2: ['25.62.20'], description: null, capacity: 150e6, unit: null, regionCode: '30', lat: 46.35, lon: 48.04 },
  ]);
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.field]), [[3, 'lon'], [4, 'capacity'], [4, 'region'], [4, 'lat']]);
});
