import { test } from 'node:test';
import assert from 'node:assert/strict';
import { summariseBudget } from '@klaster/core/projects/index.ts';
import { budgetMatrix } from './budget-matrix.ts';

test('the budget summary of the server becomes an item × year table whose totals add up', () => {
  const A = '2221303350';
  const summary = summariseBudget([
    { inn: A, stage: 'serial', costItem: 'marketing', year: 2028, amount: 5_000_000 },
    { inn: A, stage: 'equipment', costItem: 'equipment', year: 2027, amount: 100_000_000.1 },
    { inn: A, stage: 'rnd', costItem: 'rnd', year: 2026, amount: 40_000_000 },
    { inn: A, stage: 'equipment', costItem: 'rnd', year: 2027, amount: 0.2 },
  ]);
  const m = budgetMatrix(summary);
  assert.deepEqual(m.years, [2026, 2027, 2028]);
  assert.deepEqual(m.rows.map((r) => [r.costItem, r.cells, r.total]), [
    ['rnd', [40_000_000, 0.2, null], 40_000_000.2],
    ['equipment', [null, 100_000_000.1, null], 100_000_000.1],
    ['marketing', [null, null, 5_000_000], 5_000_000],
  ]);
  assert.deepEqual(m.yearTotals, [40_000_000, 100_000_000.3, 5_000_000]);
  assert.equal(m.total, 145_000_000.3);
});
