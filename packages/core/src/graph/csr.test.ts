import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEdges, strengths } from './csr.ts';

test('fromEdges builds both directions, sums duplicates and keeps self-loops apart', () => {
  // 0–1 twice (2 + 3), 1–2 once (4), a self-loop on 2 twice (1 + 1).
  const g = fromEdges(3, [0, 1, 1, 2, 2], [1, 0, 2, 2, 2], [2, 3, 4, 1, 1]);
  assert.deepEqual([...g.offsets], [0, 1, 3, 4]);
  assert.deepEqual([...g.targets], [1, 0, 2, 1]);
  assert.deepEqual([...g.weights], [5, 5, 4, 4]);
  assert.deepEqual([...g.selfLoops], [0, 0, 2]);
  assert.equal(g.totalWeight, 11);
  // Self-loop counts twice in the strength: 4 + 2·2 = 8.
  assert.deepEqual([...strengths(g)], [5, 9, 8]);
});

test('fromEdges defaults weights to 1 and accepts typed arrays', () => {
  const g = fromEdges(4, Int32Array.from([0, 2]), Int32Array.from([1, 3]));
  assert.deepEqual([...g.weights], [1, 1, 1, 1]);
  assert.equal(g.totalWeight, 2);
});

test('fromEdges rejects nodes out of range and negative weights', () => {
  assert.throws(() => fromEdges(2, [0], [2]), RangeError);
  assert.throws(() => fromEdges(2, [0], [1], [-1]), RangeError);
  assert.throws(() => fromEdges(2, [0, 1], [1]), RangeError);
});
