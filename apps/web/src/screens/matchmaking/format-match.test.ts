import { test } from 'node:test';
import assert from 'node:assert/strict';
import { codeDigits, filtersFromQuery, filtersToApi, formatAmount } from './format-match.ts';

test('ranking filters read from the URL: bad values fall back to none, the limit to one of the offered sizes', () => {
  assert.deepEqual(filtersFromQuery(new URLSearchParams('region=30,11,x&radius=150&sme=1&limit=50')), { regions: ['30', '11'], radiusKm: 150, smeOnly: true, clusterOnly: false, limit: 50 });
  assert.deepEqual(filtersFromQuery(new URLSearchParams('radius=-3&limit=7&cluster=1')), { regions: [], radiusKm: null, smeOnly: false, clusterOnly: true, limit: 20 });
});

test('filters go to the API as MatchQuery expects: only what is set, booleans as "true"', () => {
  assert.deepEqual(filtersToApi({ regions: ['30'], radiusKm: null, smeOnly: true, clusterOnly: false, limit: 20 }),
    { region: '30', radiusKm: undefined, smeOnly: 'true', clusterOnly: undefined, limit: 20 });
});

test('amounts: roubles scaled, other units as numbers; code depth in digits', () => {
  assert.equal(formatAmount(40e6, 'руб.', 'ru'), '40 млн ₽');
  assert.equal(formatAmount(1200, 'т', 'ru'), '1\u00a0200 т');
  assert.equal(formatAmount(null, 'руб.', 'ru'), '—');
  assert.equal(codeDigits('25.62.20'), 6);
  assert.equal(codeDigits('25'), 2);
});
