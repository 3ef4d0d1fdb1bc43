import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Prng } from './prng.ts';

test('mulberry32: the published first outputs for seed 1 (checked against an independent Python port)', () => {
  const rng = new Prng(1);
  assert.equal(rng.next(), 0.6270739405881613);
  assert.equal(rng.next(), 0.002735721180215478);
  assert.equal(rng.next(), 0.5274470399599522);
});

test('digits and int map the uniform draws as documented', () => {
  // Seed 1 draws 0.627…, 0.0027…, 0.527… → digits 6, 0, 5.
  assert.equal(new Prng(1).digits(3), '605');
  // int(10, 19) of 0.627… = 10 + floor(6.27…) = 16.
  assert.equal(new Prng(1).int(10, 19), 16);
});

test('pickWeighted never picks a zero weight; shuffle is a permutation', () => {
  const rng = new Prng(7);
  for (let i = 0; i < 200; i++) assert.notEqual(rng.pickWeighted(['a', 'b', 'c'], [1, 0, 1]), 'b');
  const items = [1, 2, 3, 4, 5, 6, 7, 8];
  const shuffled = rng.shuffle(items);
  assert.deepEqual([...shuffled].sort((x, y) => x - y), items);
  assert.deepEqual(items, [1, 2, 3, 4, 5, 6, 7, 8], 'input untouched');
});

test('logNormal stays within its clamp', () => {
  const rng = new Prng(3);
  for (let i = 0; i < 500; i++) {
    const v = rng.logNormal(4_000_000, 1.1, 1_000_000, 500_000_000);
    assert.ok(v >= 1_000_000 && v <= 500_000_000);
  }
});
