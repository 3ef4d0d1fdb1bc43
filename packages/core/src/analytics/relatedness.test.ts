import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildRelatedness, hierarchySimilarity, okvedSection } from './relatedness.ts';
import type { AnalyticsOrganisation } from './types.ts';

const org = (id: string, okved: string): AnalyticsOrganisation => ({ id, okved, region: '77' });

test('hierarchy: same code > same group > same class > same section > none', () => {
  assert.equal(hierarchySimilarity('25.62', '25.62'), 1);
  assert.equal(hierarchySimilarity('25.62.1', '25.62.2'), 0.75);
  assert.equal(hierarchySimilarity('25.61', '25.62'), 0.5);
  assert.equal(hierarchySimilarity('25.62', '28.41'), 0.25);
  assert.equal(hierarchySimilarity('25.62', '01.11'), 0);
  assert.deepEqual(['01.11', '10.11', '35.11', '62.01', '99.00'].map(okvedSection), ['A', 'C', 'D', 'J', 'U']);
});

test('observed/expected trade blended with the hierarchy', () => {
  // X = 25.62, Y = 28.41, Z = 10.11. X→Y 30, Y→X 10, Z→Z 20: T(X,Y) = 40, T(Z,Z) = 20,
  // touching X = Y = Z = 40, total (both ends) 120. R(X,Y) = 40·120/1600 = 3, R(Z,Z) = 2·20·120/1600 = 3.
  const organisations = [org('x', '25.62'), org('y', '28.41'), org('z1', '10.11'), org('z2', '10.11')];
  const links = [
    { supplier: 'x', buyer: 'y', volume: 30 },
    { supplier: 'y', buyer: 'x', volume: 10 },
    { supplier: 'z1', buyer: 'z2', volume: 20 },
  ];
  const r = buildRelatedness({ organisations, links });
  assert.equal(r.observedRatio('25.62', '28.41'), 3);
  assert.equal(r.observedRatio('10.11', '10.11'), 3);
  assert.equal(r.observedRatio('25.62', '10.11'), 0);
  assert.equal(r.observedRatio('25.62', '25.61'), null);
  assert.equal(r.get('25.62', '28.41'), 0.5 * 0.75 + 0.5 * 0.25);
  assert.equal(r.get('28.41', '25.62'), r.get('25.62', '28.41'));
  assert.equal(r.get('25.62', '10.11'), 0.5 * 0.25);
  assert.equal(r.get('25.62', '25.61'), 0.5); // no trade data for 25.61: hierarchy alone
  assert.equal(r.flow('25.62', '28.41'), 30);
  assert.equal(buildRelatedness({ organisations, links, blend: 1 }).get('25.62', '28.41'), 0.75);
});
