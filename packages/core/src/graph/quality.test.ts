import { test } from 'node:test';
import assert from 'node:assert/strict';
import { fromEdges } from './csr.ts';
import { cpmQuality, modularity } from './quality.ts';
import { nmi } from './nmi.ts';

// Two triangles {0,1,2} and {3,4,5} joined by the edge 2–3: m = 7.
const twoTriangles = fromEdges(6, [0, 0, 1, 3, 3, 4, 2], [1, 2, 2, 4, 5, 5, 3]);

test('modularity of two triangles matches the hand figure', () => {
  // Each side: L = 3, K = 2+2+3 = 7. Q = 2·(3/7 − (7/14)²) = 6/7 − 1/2 = 5/14.
  assert.ok(Math.abs(modularity(twoTriangles, [0, 0, 0, 1, 1, 1]) - 5 / 14) < 1e-12);
  // One community: 7/7 − 1 = 0.
  assert.ok(Math.abs(modularity(twoTriangles, [0, 0, 0, 0, 0, 0])) < 1e-12);
  // γ = 2: 6/7 − 2·(1/2) = −1/7.
  assert.ok(Math.abs(modularity(twoTriangles, [0, 0, 0, 1, 1, 1], 2) - -1 / 7) < 1e-12);
});

test('modularity counts a self-loop once inside and twice in the strength', () => {
  // Edge 0–1 (1) and a self-loop on 1 (weight 2): m = 3, strengths 1 and 5.
  const g = fromEdges(2, [0, 1], [1, 1], [1, 2]);
  // Separate: L = (0, 2), K = (1, 5): 2/3 − (1/6)² − (5/6)² = 2/3 − 26/36 = −1/18.
  assert.ok(Math.abs(modularity(g, [0, 1]) - -1 / 18) < 1e-12);
});

test('CPM value of two triangles', () => {
  // Each side: L = 3, n = 3: 3 − γ·3; with γ = 0.5 total = 2·1.5 = 3.
  assert.equal(cpmQuality(twoTriangles, [0, 0, 0, 1, 1, 1], 0.5), 3);
});

test('NMI: identical partitions (any labels) give 1, independent ones 0', () => {
  assert.ok(Math.abs(nmi([0, 0, 1, 1], [5, 5, 2, 2]) - 1) < 1e-12);
  assert.ok(Math.abs(nmi([0, 0, 1, 1], [0, 1, 0, 1])) < 1e-12);
  // a = {0,0,0,1}, b = {0,0,1,1}: joint counts (0,0)=2, (0,1)=1, (1,1)=1; I = Σ p ln(p / (pa·pb)).
  const i = 0.5 * Math.log(4 / 3) + 0.25 * Math.log(2 / 3) + 0.25 * Math.log(2);
  const ha = -(0.75 * Math.log(0.75) + 0.25 * Math.log(0.25));
  const hb = Math.log(2);
  assert.ok(Math.abs(nmi([0, 0, 0, 1], [0, 0, 1, 1]) - (2 * i) / (ha + hb)) < 1e-12);
});
