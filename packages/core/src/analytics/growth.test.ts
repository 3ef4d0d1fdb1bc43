import { test } from 'node:test';
import assert from 'node:assert/strict';
import { growthOpportunities } from './growth.ts';

// A and D are the region's strengths; B and C are not. φ is symmetric and given by hand.
const phi: Record<string, number> = { 'A|B': 0.8, 'B|C': 0.6, 'B|D': 0.1, 'A|C': 0.5, 'C|D': 0.9, 'A|D': 0.2 };
const relatedness = (a: string, b: string): number => phi[a < b ? `${a}|${b}` : `${b}|${a}`] ?? 0;
const flows: Record<string, number> = { 'A>C': 10, 'C>D': 5 };

test('density orders the opportunities and names regional partners with their role', () => {
  const result = growthOpportunities({
    region: '77',
    regionLq: new Map([['A', 1.5], ['B', 0.5], ['C', 0.2], ['D', 2]]),
    industries: ['A', 'B', 'C', 'D'],
    relatedness,
    flow: (a, b) => flows[`${a}>${b}`] ?? 0,
    organisations: [
      { id: 'p1', okved: 'A', region: '77', headcount: 100 },
      { id: 'p2', okved: 'D', region: '77', headcount: 300 },
      { id: 'p3', okved: 'A', region: '50', headcount: 900 },
    ],
  });
  // C: related A (0.5, strong), B (0.6), D (0.9, strong) → 1.4 / 2.0 = 0.7.
  // B: related A (0.8, strong), C (0.6) → 0.8 / 1.4.
  assert.deepEqual(result.map((o) => o.industry), ['C', 'B']);
  assert.ok(Math.abs(result[0].density - 0.7) < 1e-12);
  assert.ok(Math.abs(result[1].density - 0.8 / 1.4) < 1e-12);
  assert.deepEqual(result[0].relatedStrengths, ['A', 'D']);
  assert.equal(result[0].lq, 0.2);
  assert.deepEqual(result[0].partners, [
    { id: 'p2', industry: 'D', headcount: 300, role: 'buyer' },
    { id: 'p1', industry: 'A', headcount: 100, role: 'supplier' },
  ]);
});
