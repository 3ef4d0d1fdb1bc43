import { test } from 'node:test';
import assert from 'node:assert/strict';
import { deriveSmeCategory, type SmeCategory } from '@klaster/core';
import { enterpriseYears } from './economics.ts';
import { Prng } from './prng.ts';

test('every year of an enterprise stays in the category it was made for', () => {
  const rng = new Prng(11);
  const sizes: SmeCategory[] = ['micro', 'small', 'medium', 'large'];
  for (const size of sizes) {
    for (let i = 0; i < 200; i++) {
      const years = enterpriseYears(rng, size);
      assert.deepEqual(years.map((y) => y.year), [2022, 2023, 2024, 2025]);
      for (const y of years) assert.equal(deriveSmeCategory({ headcount: y.headcount, revenue: y.revenue, okvedMain: '25.1' }), size);
    }
  }
});
