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
