import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readIdChecksumVectors } from '@klaster/data';
import { checkInn, checkKpp, checkOgrn, checkOgrnip, completeInn10, completeInn12, completeOgrn, completeOgrnip } from './checksums.ts';

const checkers: Record<string, (v: string) => unknown> = {
  INN10: checkInn,
  INN12: checkInn,
  OGRN: checkOgrn,
  OGRNIP: checkOgrnip,
  KPP: checkKpp,
};

test('every reference test vector gets the expected answer', () => {
  const vectors = readIdChecksumVectors();
  assert.ok(vectors.length >= 16);
  for (const v of vectors) {
    const check = checkers[v.type];
    assert.ok(check, `no checker for ${v.type}`);
    assert.equal(check(v.value) === null, v.expectedValid, `${v.type} ${v.value} (${v.note})`);
  }
});

test('lengths and characters are reported with the figure found', () => {
  assert.match(checkInn('12345')!.en, /10 or 12 digits, not 5/);
  assert.match(checkInn('77070838a3')!.ru, /только из цифр/);
  assert.match(checkOgrn('102770013219')!.en, /13 digits, not 12/);
  assert.match(checkOgrnip('30450011600015')!.en, /15 digits, not 14/);
  assert.match(checkKpp('7707010O1')!.en, /4 digits, 2 digits or capital Latin letters, 3 digits/);
});

test('generated identifiers pass their own checks', () => {
  for (let i = 0; i < 200; i++) {
    const body = String(1_000_000_00 + i * 7919).padStart(9, '0');
    assert.equal(checkInn(completeInn10(body)), null);
    assert.equal(checkInn(completeInn12(body + '7')), null);
    assert.equal(checkOgrn(completeOgrn('102' + body)), null);
    assert.equal(checkOgrnip(completeOgrnip('30450' + body)), null);
  }
});
