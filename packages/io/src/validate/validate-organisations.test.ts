import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readTable } from '../table/read-table.ts';
import { loadReferenceIndex } from './reference-index.ts';
import { startOrganisationValidation, validateOrganisations } from './validate-organisations.ts';

const refs = loadReferenceIndex();
const RU_HEADER = 'ИНН;Наименование;Вид организации;ОКВЭД основной;Регион;ОКТМО;Год;Численность;Выручка;ОГРН/ОГРНИП;КПП';

async function validate(csv: string) {
  return validateOrganisations(await readTable(Buffer.from(csv), 'orgs.csv'), refs);
}

test('Russian headers, merged years, region by name, decimal comma and NBSP thousands', async () => {
  const r = await validate(`${RU_HEADER}
7707083893;Сбербанк;Промышленное предприятие;21.20.1;Калужская область;29502000;2023;1\u00A0200;1 000,5;1027700132195;773601001
7707083893;Сбербанк;industrial;21.20.1;40;;2024;1300;2000;;
`);
  assert.deepEqual(r.errors, []);
  assert.equal(r.valid.length, 1);
  assert.deepEqual(r.valid[0]!.rowNumbers, [2, 3]);
  assert.deepEqual(r.valid[0]!.input, {
    inn: '7707083893', ogrn: '1027700132195', kpp: '773601001', name: 'Сбербанк', shortName: null, kind: 'industrial',
    okvedMain: '21.20.1', okvedExtra: [], regionCode: '40', oktmo: '29502000', address: null, lat: null, lon: null,
    years: [{ year: 2023, headcount: 1200, revenue: 1000.5 }, { year: 2024, headcount: 1300, revenue: 2000 }], products: [],
  });
});

test('English headers with okved list, products and coordinates', async () => {
  const r = await validate(`inn,name,kind,okved_main,okved_extra,region,lat,lon,products,ogrn
500100732259,IP Ivanov,other,25.11,25.62; 28.41 28.1,77,55.75,37.61,"25.11.23, 28.41.1",304500116000157
`);
  assert.deepEqual(r.errors, []);
  const input = r.valid[0]!.input;
  assert.deepEqual(input.okvedExtra, ['25.62', '28.41', '28.1']);
  assert.deepEqual(input.products, [{ okpd2: '25.11.23' }, { okpd2: '28.41.1' }]);
  assert.equal(input.lat, 55.75);
  assert.equal(input.ogrn, '304500116000157');
});

test('every bad cell is reported with row, column, value and reasons, in the order of the column spec', async () => {
  const r = await validate(`${RU_HEADER}
7707083894;Х;завод;34.10;99;123;1980;-5;абв;1027700132196;77
`);
  const got = r.errors.map((e) => [e.rowNumber, e.column, e.value, e.reasonRu]);
  assert.deepEqual(got, [
    [2, 'ИНН', '7707083894', 'ИНН 7707083894: не сходится контрольная сумма (10-я цифра)'],
    [2, 'ОГРН/ОГРНИП', '1027700132196', 'ОГРН 1027700132196: не сходится контрольная сумма (13-я цифра)'],
    [2, 'КПП', '77', 'КПП 77: должен содержать 9 знаков, а не 2'],
    [2, 'ОКВЭД основной', '34.10', 'ОКВЭД 34.10: такого кода нет в классификаторе ОКВЭД 2'],
    [2, 'Регион', '99', 'код региона 99 не найден в справочнике субъектов РФ'],
    [2, 'ОКТМО', '123', 'ОКТМО «123»: нужно 8 или 11 цифр'],
    [2, 'Год', '1980', 'год 1980 вне диапазона 1990–2100'],
    [2, 'Численность', '-5', '-5: число не может быть отрицательным'],
    [2, 'Выручка', 'абв', '«абв» не является числом'],
  ]);
  assert.equal(r.errors[0]!.reasonEn, 'INN 7707083894: checksum (digit 10) does not match');
  assert.deepEqual(r.valid, []);
});

test('duplicate INN and year names the first row; conflicting name is refused', async () => {
  const r = await validate(`${RU_HEADER}
7707083893;Сбербанк;industrial;25.11;77;;2024;;;;
7736207543;Яндекс;industrial;25.11;77;;2024;;;;
7707083893;Сбербанк;industrial;25.11;77;;2024;;;;
7707083893;Другое имя;industrial;25.11;77;;2025;;;;
`);
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.field, e.reasonRu]), [
    [4, 'inn', 'дубликат: ИНН 7707083893 за 2024 год уже есть в строке 2'],
    [5, 'name', 'ИНН 7707083893: значение расходится со строкой 2 («Сбербанк»)'],
  ]);
  assert.deepEqual(r.valid.map((v) => v.input.inn), ['7707083893', '7736207543']);
});

test('missing required column is one error on the header row', async () => {
  const r = await validate('ИНН;Наименование\n7707083893;Сбер\n');
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.column]), [[1, 'kind'], [1, 'okved_main'], [1, 'region']]);
});

test('OKTMO outside a seed region, OGRNIP for a legal entity, KPP for an entrepreneur', async () => {
  const r = await validate(`${RU_HEADER}
7707083893;A;industrial;25.11;40;01512000;;;;304500116000157;
500100732259;B;industrial;25.11;40;;;;;;773601001
7736207543;C;industrial;25.11;77;45397000;;;;;
`);
  assert.deepEqual(r.errors.map((e) => [e.rowNumber, e.field]), [[2, 'ogrn'], [2, 'oktmo'], [3, 'kpp']]);
  assert.equal(r.errors[1]!.reasonRu, 'ОКТМО 01512000 не найден среди муниципальных образований региона 40');
});

test('Excel-dropped leading zero of an INN is restored when the checksum then passes', async () => {
  const r = await validate(`inn;name;kind;okved_main;region\n274062111;Bashkir;industrial;25.11;02\n`);
  assert.equal(r.valid[0]!.input.inn, '0274062111');
});

test('slice by slice: an organisation is handed over once, after its last row, and the whole equals one pass', async () => {
  const csv = `${RU_HEADER}
7707083893;Сбербанк;industrial;21.20.1;40;;2023;1200;1000;;
500100732259;ИП Иванов;other;25.11;77;;2024;3;10;;
7707083893;Сбербанк;industrial;21.20.1;40;;2024;1300;2000;;
1234567890;Плохая контрольная сумма;industrial;25.11;77;;2024;1;1;;
7707083893;Сбербанк;industrial;21.20.1;40;;2024;1;1;;
 7707083893 ;Сбербанк;industrial;21.20.1;40;;2025;1;1;;
`;
  const table = await readTable(Buffer.from(csv), 'orgs.csv');
  const validation = startOrganisationValidation(table, refs);
  const slices: string[][] = [];
  while (!validation.done) slices.push(validation.next(2).map((v) => v.input.inn));
  // rows 2-3: only the entrepreneur is complete; rows 4-5: nothing; row 6-7: the bank, after its last row (7)
  assert.deepEqual(slices, [['500100732259'], [], ['7707083893']]);
  const whole = validateOrganisations(table, refs);
  assert.deepEqual(validation.errors(), whole.errors);
  assert.deepEqual(whole.errors.map((e) => [e.rowNumber, e.field]), [[5, 'inn'], [6, 'inn']]);
  assert.deepEqual(whole.valid.map((v) => [v.input.inn, v.rowNumbers]), [['7707083893', [2, 4, 7]], ['500100732259', [3]]]);
});
