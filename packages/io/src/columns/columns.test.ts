import { test } from 'node:test';
import assert from 'node:assert/strict';
import { loadReferenceIndex } from '../validate/reference-index.ts';
import { mapColumns, unknownHeaders } from './field-spec.ts';
import { normaliseName } from './normalise.ts';
import { ORGANISATION_COLUMNS } from './organisation-columns.ts';
import { CLUSTER_COLUMNS } from './cluster-columns.ts';
import { LINK_COLUMNS } from './link-columns.ts';
import { AGREEMENT_COLUMNS } from './agreement-columns.ts';
import { PREFERENCE_COLUMNS } from './preference-columns.ts';
import { CLUSTER_WIDE_COLUMNS } from './cluster-sections.ts';
import { okvedKnown, parseRegion } from './parse-reference.ts';
import { parseDate, parseNumber, parseBoolean } from './parse-values.ts';

const refs = loadReferenceIndex();

test('header matching ignores case, ё/е, punctuation and underscores', () => {
  assert.equal(normaliseName('  ОГРН/ОГРНИП '), 'огрн огрнип');
  assert.equal(normaliseName('Объём, руб.'), 'объем руб');
  const map = mapColumns(ORGANISATION_COLUMNS, ['инн организации', 'ОКВЭД  основной', 'Short-Name', 'НАИМЕНОВАНИЕ', 'Примечание', 'ИНН']);
  assert.deepEqual(map, { inn: 0, okved_main: 1, short_name: 2, name: 3 });
  assert.deepEqual(unknownHeaders(ORGANISATION_COLUMNS, ['ИНН', 'Примечание', '', 'ИНН']), ['Примечание', 'ИНН']);
  assert.deepEqual(mapColumns(LINK_COLUMNS, ['Объем руб', 'Поставщик', 'Покупатель']), { volume: 0, supplier_inn: 1, buyer_inn: 2 });
});

test('no two fields of one spec share a header or alias (the cluster parts side by side included)', () => {
  for (const spec of [ORGANISATION_COLUMNS, LINK_COLUMNS, CLUSTER_COLUMNS, AGREEMENT_COLUMNS, PREFERENCE_COLUMNS, CLUSTER_WIDE_COLUMNS]) {
    const seen = new Map<string, string>();
    for (const [key, f] of Object.entries(spec)) {
      for (const name of new Set([key, f.header, f.headerRu, ...f.aliasesRu].map(normaliseName))) {
        assert.equal(seen.get(name), undefined, `${name}: ${seen.get(name)} and ${key}`);
        seen.set(name, key);
      }
    }
  }
});

test('numbers: spaces, NBSP, decimal comma, exponent; ambiguity refused', () => {
  assert.deepEqual(parseNumber('1 234 567,89'), { ok: true, value: 1234567.89 });
  assert.deepEqual(parseNumber('1\u00A0000'), { ok: true, value: 1000 });
  assert.deepEqual(parseNumber('1,5E+09'), { ok: true, value: 1.5e9 });
  assert.equal(parseNumber('1,234.5').ok, false);
  assert.equal(parseNumber('12abc').ok, false);
});

test('dates: ISO and DD.MM.YYYY, impossible dates refused', () => {
  assert.deepEqual(parseDate('9.1.2018'), { ok: true, value: '2018-01-09' });
  assert.deepEqual(parseDate('2024-02-29'), { ok: true, value: '2024-02-29' });
  assert.equal(parseDate('2023-02-29').ok, false);
  assert.equal(parseDate('01/02/2020').ok, false);
});

test('OKVED accepted through its prefixes down to the class; unknown class refused', () => {
  assert.equal(okvedKnown('21.20.1', refs), true);
  assert.equal(okvedKnown('25.11', refs), true);
  assert.equal(okvedKnown('34.10', refs), false);
  assert.equal(okvedKnown('04', refs), false);
});

test('regions by code, single digit, Russian name without the bracketed part, ISO code', () => {
  const code = (raw: string) => { const r = parseRegion(raw, refs); return r.ok ? r.value : null; };
  assert.deepEqual(['40', '2', 'Калужская область', 'республика адыгея', 'Республика Адыгея (Адыгея)', 'RU-KLU', '00'].map(code), ['40', '02', '40', '01', '01', '40', null]);
});

test('yes/no in Russian and English', () => {
  assert.deepEqual(['Да', 'нет', 'TRUE', '0'].map((s) => { const r = parseBoolean(s); return r.ok ? r.value : null; }), [true, false, true, false]);
  assert.equal(parseBoolean('может быть').ok, false);
});
