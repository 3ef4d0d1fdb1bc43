import { test } from 'node:test';
import assert from 'node:assert/strict';
import { parseDossier, type Dossier } from '@klaster/core';
import { compliantDossier, innOf } from '@klaster/core/rules/test-fixtures.ts';
import { validateDossier } from './dossier-issues.ts';

/** zod's and the schema's English, which must not reach a Russian message. */
const ENGLISH = /Invalid input|Too (small|big)|Invalid (option|string)|Unrecognized key|received \w|expected [a-z]|duplicate|not a calendar|exceeds|programme ends|invalid INN/;

/** One dossier with a problem of every kind the schema words itself (but the repeated INN: see below), and some zod words. */
function brokenDossier(): Dossier {
  const d = JSON.parse(JSON.stringify(compliantDossier())) as Dossier;
  const loose = (row: object) => row as Record<string, unknown>;
  d.participants[3]!.inn = innOf(3).slice(0, 9) + String((Number(innOf(3)[9]) + 1) % 10);
  d.participants[0]!.joinedOn = '2023-02-30';
  d.participants[1]!.joinedOn = '01.02.2023';
  d.participants[2]!.region = '7';
  d.participants[2]!.okved = 'C21';
  delete loose(d.participants[6]!).name;
  loose(d.contracts[1]!).kind = 'loan';
  d.contracts[2]!.supplier = '12345';
  loose(d.contracts[3]!).amount = '12 500 000';
  d.purchases[0]!.imported = d.purchases[0]!.intermediateTotal + 1;
  delete loose(d.purchases[2]!).imported;
  d.cluster.developmentProgramme = { from: '2024-01-01', to: '2023-12-31' };
  d.cluster.specializedOrganization!.ogrn = '10-27';
  d.cluster.regions = [];
  return d;
}

test('a valid dossier comes back as core\'s parser reads it', () => {
  const value = JSON.parse(JSON.stringify(compliantDossier()));
  const result = validateDossier(value);
  const core = parseDossier(value);
  assert.ok(result.ok && core.ok);
  assert.deepEqual(result.dossier, core.dossier);
});

test('every problem is at core\'s dossier path, worded in Russian and in English', () => {
  const value = brokenDossier();
  const result = validateDossier(value);
  const core = parseDossier(value);
  assert.ok(!result.ok && !core.ok);
  assert.deepEqual(result.details.map((d) => d.path), core.issues.map((i) => i.path), 'the same problems at the same paths');
  for (const d of result.details) {
    assert.match(d.message, /[А-Яа-яЁё]/, `${d.path}: ${d.message}`);
    assert.doesNotMatch(d.message, ENGLISH, `${d.path}: ${d.message}`);
    assert.ok(d.messageEn && !/[А-Яа-яЁё]/.test(d.messageEn), `${d.path}: ${d.messageEn}`);
    // the generic wordings are for zod's own issues: each of the schema's messages has its Russian
    if (!/kind|name|amount|imported$|regions/.test(d.path)) assert.doesNotMatch(d.message, /^неверное значение|не соответствует шаблону/, `${d.path}: ${d.message}`);
  }
  // the first problem of each path (a date both misshapen and not in the calendar has two)
  const byPath = Object.fromEntries([...result.details].reverse().map((d) => [d.path, d]));
  assert.equal(byPath['participants[3].inn']!.message, `неверный ИНН: не сходится контрольная сумма ИНН (10-я цифра); получено: «${value.participants[3]!.inn}»`);
  assert.equal(byPath['participants[3].inn']!.messageEn, `invalid INN: INN checksum (digit 10) does not match; got: "${value.participants[3]!.inn}"`);
  assert.equal(byPath['participants[3].inn']!.value, value.participants[3]!.inn);
  assert.match(byPath['participants[0].joinedOn']!.message, /^такой даты нет в календаре; получено: «2023-02-30»/);
  assert.match(byPath['participants[1].joinedOn']!.message, /^ожидается дата ГГГГ-ММ-ДД/);
  assert.match(byPath['participants[2].region']!.message, /^ожидается код региона из двух цифр; получено: «7»/);
  assert.match(byPath['participants[6].name']!.message, /^обязательное поле: ожидается строка/);
  assert.match(byPath['contracts[1].kind']!.message, /^ожидается одно из: «supply», «joint-project», «works», «spic»; получено: «loan»/);
  assert.match(byPath['contracts[3].amount']!.message, /^ожидается число; получено: «12 500 000»/);
  assert.match(byPath['purchases[0].imported']!.message, /^импорт \(imported\) больше/);
  assert.match(byPath['purchases[2].imported']!.message, /^обязательное поле/);
  assert.match(byPath['cluster.developmentProgramme.to']!.message, /^программа заканчивается раньше, чем начинается/);
  assert.match(byPath['cluster.regions']!.message, /^список не может быть пустым/);
});

test('a repeated participant INN (checked once every field is right) names the first', () => {
  const value = JSON.parse(JSON.stringify(compliantDossier()));
  value.participants[5].inn = innOf(4);
  const result = validateDossier(value);
  assert.ok(!result.ok);
  assert.deepEqual(result.details.map((d) => [d.path, d.message, d.messageEn]), [
    ['participants[5].inn', `ИНН повторяется: он уже указан в participants[4].inn; получено: «${innOf(4)}»`, `duplicate INN, already at participants[4].inn; got: "${innOf(4)}"`],
  ]);
  // a workbook names its cells instead
  const inWorkbook = validateDossier(value, (path) => (path === 'participants[4].inn' ? 'participants!A7 (inn)' : path));
  assert.ok(!inWorkbook.ok);
  assert.equal(inWorkbook.details[0]!.message, `ИНН повторяется: он уже указан в participants!A7 (inn); получено: «${innOf(4)}»`);
  assert.equal(inWorkbook.details[0]!.messageEn, `duplicate INN, already at participants!A7 (inn); got: "${innOf(4)}"`);
});

test('a dossier that is not an object is refused at its root', () => {
  const result = validateDossier([1, 2]);
  assert.ok(!result.ok);
  assert.deepEqual(result.details.map((d) => [d.path, d.message]), [['(dossier)', 'ожидается объект; получено: список из 2 элементов']]);
});
