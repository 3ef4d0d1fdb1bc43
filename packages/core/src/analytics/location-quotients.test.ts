import { test } from 'node:test';
import assert from 'node:assert/strict';
import { locationQuotients } from './location-quotients.ts';

// R1: A 60 (split over two rows), B 40; R2: A 20, B 80. Totals A 80, B 120, all 200.
const rows = [
  { territory: 'R1', industry: 'A', value: 50 },
  { territory: 'R1', industry: 'A', value: 10 },
  { territory: 'R1', industry: 'B', value: 40 },
  { territory: 'R2', industry: 'A', value: 20 },
  { territory: 'R2', industry: 'B', value: 80 },
];

const close = (a: number | null, b: number): boolean => a !== null && Math.abs(a - b) < 1e-12;

test('LQ against all loaded data, with shares and ECO stars', () => {
  const result = locationQuotients({ rows });
  assert.equal(result.reference, 'all-loaded-data');
  assert.deepEqual(result.thresholds, { sizeTopShare: 0.1, specialisationLq: 2, notableLq: 1.25, focusTopShare: 0.1 });
  const [r1a, r1b, r2a, r2b] = result.quotients;
  assert.deepEqual([r1a.territory, r1a.industry, r1a.value, r1a.territoryTotal], ['R1', 'A', 60, 100]);
  assert.ok(close(r1a.lq, 1.5)); // (60/100) / (80/200)
  assert.ok(close(r1b.lq, 0.4 / 0.6));
  assert.ok(close(r2a.lq, 0.5));
  assert.ok(close(r2b.lq, 0.8 / 0.6));
  assert.deepEqual([r1a.specialisation, r1b.specialisation, r2b.specialisation], ['notable', 'none', 'notable']);
  assert.equal(r1a.referenceShare, 0.75);
  assert.equal(r1a.territoryShare, 0.6);
  // Two territories: the top 10 % is one slot, held by the larger share.
  assert.deepEqual(r1a.stars, { size: true, specialisation: false, focus: true, count: 2 });
  assert.deepEqual(r2a.stars, { size: false, specialisation: false, focus: false, count: 0 });
  assert.deepEqual(r2b.stars, { size: true, specialisation: false, focus: true, count: 2 });
});

test('LQ against an imported national reference', () => {
  const result = locationQuotients({ rows, reference: [{ industry: 'A', value: 100 }, { industry: 'B', value: 900 }] });
  assert.equal(result.reference, 'imported');
  const r1a = result.quotients[0];
  assert.ok(close(r1a.lq, 6)); // 0.6 / (100/1000)
  assert.equal(r1a.specialisation, 'strong');
  assert.equal(r1a.stars.specialisation, true);
  assert.equal(r1a.referenceShare, 0.6);
  // An industry missing from the reference has no LQ.
  const missing = locationQuotients({ rows, reference: [{ industry: 'A', value: 100 }] }).quotients[1];
  assert.equal(missing.lq, null);
});

test('imported totals: the published E(ref) and a territory\'s own cells and total replace the loaded ones', () => {
  // Reference: A 100, B 900 of a published 2 000 (other industries make up the rest).
  const reference = [{ industry: 'A', value: 100 }, { industry: 'B', value: 900 }];
  const result = locationQuotients({
    rows, reference, referenceTotal: 2000,
    // R1's statistics: A 30 of a published total 150; B is not published (a confidential cell) and keeps its loaded 40.
    territoryTotals: [{ territory: 'R1', industries: [{ industry: 'A', value: 30 }], total: 150 }],
  });
  assert.equal(result.base, 'reference');
  assert.equal(result.reference, 'imported');
  const [r1a, r1b, r2a] = result.quotients;
  assert.deepEqual([r1a.value, r1a.territoryTotal, r1a.source], [30, 150, 'reference']);
  assert.ok(close(r1a.lq, (30 / 150) / (100 / 2000))); // 4
  assert.equal(r1a.specialisation, 'strong');
  assert.deepEqual([r1b.value, r1b.territoryTotal, r1b.source], [40, 150, 'loaded']);
  assert.ok(close(r1b.lq, (40 / 150) / (900 / 2000)));
  // R2 has no statistics: loaded cells, loaded total, against the same national reference.
  assert.deepEqual([r2a.value, r2a.territoryTotal, r2a.source], [20, 100, 'loaded']);
  assert.ok(close(r2a.lq, (20 / 100) / (100 / 2000)));
});

test('a territory known only from its statistics appears, and without a published total E(r) is the sum of its cells', () => {
  const result = locationQuotients({ rows, territoryTotals: [{ territory: 'R3', industries: [{ industry: 'A', value: 10 }, { industry: 'B', value: 30 }] }] });
  assert.equal(result.base, 'loaded');
  const r3 = result.quotients.filter((q) => q.territory === 'R3');
  assert.deepEqual(r3.map((q) => [q.industry, q.value, q.territoryTotal, q.source]), [['A', 10, 40, 'reference'], ['B', 30, 40, 'reference']]);
  // The reference is still the loaded rows only (A 80 of 200): statistics of one territory do not stand for the country.
  assert.ok(close(r3[0]!.lq, (10 / 40) / (80 / 200)));
});
