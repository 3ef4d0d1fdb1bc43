import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkInn, checkOgrn, checkOgrnip } from '@klaster/core';
import { IdentifierFactory } from './identifiers.ts';
import { Prng } from './prng.ts';

test('legal entities: INN and OGRN carry the region, KPP repeats the tax office', () => {
  const ids = new IdentifierFactory(new Prng(5));
  for (let i = 0; i < 300; i++) {
    const { inn, ogrn, kpp } = ids.legalEntity('54');
    assert.equal(checkInn(inn), null);
    assert.equal(checkOgrn(ogrn), null);
    assert.equal(inn.length, 10);
    assert.equal(inn.slice(0, 2), '54');
    assert.equal(ogrn[0], '1');
    assert.equal(ogrn.slice(3, 5), '54');
    assert.equal(kpp, inn.slice(0, 4) + '01001');
  }
});

test('entrepreneurs: 12-digit INN and OGRNIP starting with 3', () => {
  const ids = new IdentifierFactory(new Prng(6));
  const { inn, ogrn } = ids.entrepreneur('11');
  assert.equal(inn.length, 12);
  assert.equal(inn.slice(0, 2), '11');
  assert.equal(checkInn(inn), null);
  assert.equal(ogrn.length, 15);
  assert.equal(ogrn[0], '3');
  assert.equal(checkOgrnip(ogrn), null);
});

/** Draws the same bodies again and again, as an unlucky generator would. */
class RepeatingPrng extends Prng {
  private calls = 0;
  override int(min: number): number {
    return min;
  }
  override digits(length: number): string {
    // The first three requests (INN, OGRN, then the next INN) get body 1; later ones count up from 2.
    this.calls++;
    return String(this.calls <= 3 ? 1 : this.calls - 2).padStart(length, '0');
  }
}

test('a repeated random body is drawn again instead of reusing an identifier', () => {
  const ids = new IdentifierFactory(new RepeatingPrng(0));
  const first = ids.legalEntity('22');
  const second = ids.legalEntity('22');
  // int(min) = 1 → tax office 01, year 02. First INN body 2201 00001, first OGRN body gets 00002.
  assert.equal(first.inn.slice(0, 9), '220100001');
  // The second INN body 220100001 is taken, so the factory draws again and gets 220100002.
  assert.equal(second.inn.slice(0, 9), '220100002');
  assert.notEqual(second.ogrn, first.ogrn);
  assert.equal(checkInn(second.inn), null);
});
