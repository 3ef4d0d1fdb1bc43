import { test } from 'node:test';
import assert from 'node:assert/strict';
import { generateDemoData } from './generate.ts';
import { generateDemoPurchases } from './purchases.ts';

const demo = generateDemoData({});
const purchases = generateDemoPurchases(demo);

test('demo purchases are deterministic and cover every industrial enterprise for every link year', () => {
  assert.deepEqual(generateDemoPurchases(generateDemoData({})), purchases);
  const industrial = demo.organisations.filter((o) => o.kind === 'industrial').length;
  assert.equal(purchases.length, industrial * 3);
  assert.deepEqual([...new Set(purchases.map((p) => p.year))].sort(), [2023, 2024, 2025]);
});

test('each total covers what the enterprise is recorded buying, and imports stay within it', () => {
  const recorded = new Map<string, number>();
  for (const l of demo.links) if (l.supplierInn !== l.buyerInn) recorded.set(`${l.buyerInn}|${l.year}`, (recorded.get(`${l.buyerInn}|${l.year}`) ?? 0) + l.volume);
  for (const p of purchases) {
    // totals are rounded to thousands, so allow the half-thousand the rounding may take off
    assert.ok(p.intermediateTotal + 500 >= (recorded.get(`${p.inn}|${p.year}`) ?? 0), `${p.inn} ${p.year}`);
    assert.ok(p.imported <= p.intermediateTotal);
    assert.equal(p.intermediateTotal % 1000, 0);
  }
});

test('Kaluga pharma lands on its design: 26% dependence and 31% imports in 2025, to a tenth of a percent', () => {
  const cluster = demo.clusters.find((c) => c.code === 'kaluga-pharma')!;
  const members = new Set(cluster.participants.map((p) => p.inn));
  const rows = purchases.filter((p) => p.year === 2025 && members.has(p.inn));
  const total = rows.reduce((s, p) => s + p.intermediateTotal, 0);
  const imported = rows.reduce((s, p) => s + p.imported, 0);
  const supplies = demo.links.filter((l) => l.year === 2025 && l.supplierInn !== l.buyerInn && members.has(l.supplierInn) && members.has(l.buyerInn)).reduce((s, l) => s + l.volume, 0);
  assert.equal(Math.round((supplies / total) * 1000), 260);
  assert.equal(Math.round((imported / total) * 1000), 310);
});
