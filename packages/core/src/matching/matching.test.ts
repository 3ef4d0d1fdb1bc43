import { test } from 'node:test';
import assert from 'node:assert/strict';
import { bestOkpd2Match, formatOkpd2Prefix, okpd2Classes, okpd2Prefixes } from './okpd2-match.ts';
import { boundingBox, proximityScore } from './proximity.ts';
import { MATCH_WEIGHTS } from './weights.ts';
import { scoreMatch, type NeedSide, type OfferSide } from './score-match.ts';
import { rankMatches, type MatchPair } from './rank.ts';

test('OKPD2 match depth: full code 1, shared group 4/6, shared class 2/6, other class none', () => {
  assert.deepEqual(bestOkpd2Match(['25.11.23'], ['25.11.23']), { needCode: '25.11.23', offerCode: '25.11.23', commonPrefix: '25.11.23', sharedDigits: 6, score: 1 });
  const group = bestOkpd2Match(['25.11.23'], ['25.62.20', '25.11.10'])!;
  assert.equal(group.offerCode, '25.11.10');
  assert.equal(group.commonPrefix, '25.11');
  assert.equal(group.score, 4 / 6);
  assert.equal(bestOkpd2Match(['25.11.23'], ['25.62.20'])!.score, 2 / 6);
  assert.equal(bestOkpd2Match(['25.11.23'], ['26.11']), null);
  assert.equal(bestOkpd2Match([], ['25']), null);
  assert.equal(formatOkpd2Prefix('25112'), '25.11.2');
  assert.deepEqual(okpd2Classes(['28.11.11', '25.62.20', '25.11']), ['25', '28']);
  assert.deepEqual(okpd2Prefixes(['25.62.2', '25.1']), ['25', '251', '256', '2562', '25622']);
});

test('proximity halves every 150 km and is 0 when the place is unknown', () => {
  assert.equal(proximityScore(0), 1);
  assert.equal(proximityScore(150), 0.5);
  assert.equal(proximityScore(300), 0.25);
  assert.equal(proximityScore(null), 0);
  const box = boundingBox({ lat: 60, lon: 30 }, 6371.0088 * (Math.PI / 180));
  assert.ok(Math.abs(box.maxLat - 61) < 1e-9 && Math.abs(box.minLat - 59) < 1e-9);
  assert.ok(Math.abs(box.maxLon - 32) < 1e-9, 'at 60° a degree of longitude is half as long');
});

test('weights sum to 1', () => {
  assert.ok(Math.abs(Object.values(MATCH_WEIGHTS).reduce((a, b) => a + b, 0) - 1) < 1e-12);
});

const need: NeedSide = { okpd2: ['25.11.23'], volume: 100, lat: 46, lon: 48 };

test('a score carries every component: value, weight and points', () => {
  const offer: OfferSide = { okpd2: ['25.11.23'], capacity: 50, isSme: true, lat: 46, lon: 48 };
  const score = scoreMatch(need, offer, { sameCluster: false, pastLinkYears: 1 })!;
  assert.deepEqual(score.components.map((c) => [c.key, c.value, c.weight, c.points]), [
    ['product', 1, 0.4, 0.4], ['proximity', 1, 0.2, 0.2], ['capacity', 0.5, 0.15, 0.075],
    ['sme', 1, 0.1, 0.1], ['sameCluster', 0, 0.1, 0], ['pastLinks', 0.3333, 0.05, 0.0167],
  ]);
  assert.equal(score.total, 0.7917);
  assert.equal(score.distanceKm, 0);
  assert.equal(score.coverage, 0.5);
  assert.equal(scoreMatch(need, { ...offer, okpd2: ['26.11'] }, { sameCluster: true, pastLinkYears: 3 }), null);
});

type Item = string;
function pair(id: number, offer: Partial<OfferSide>, relation = { sameCluster: false, pastLinkYears: 0 }, regionCode = '30'): MatchPair<Item> {
  return { need, offer: { okpd2: ['25.11.23'], capacity: null, isSme: false, lat: 46, lon: 48, ...offer }, relation, regionCode, id, item: `#${id}` };
}
const pairs = [
  pair(1, {}), // 0.4 + 0.2 + 0.075 = 0.675
  pair(2, { okpd2: ['25.62.20'], isSme: true }, { sameCluster: true, pastLinkYears: 3 }, '11'), // 0.1333 + 0.2 + 0.075 + 0.1 + 0.1 + 0.05 = 0.6583
  pair(3, { okpd2: ['26.11'] }), // no match
  pair(4, { isSme: true, lat: null, lon: null }), // 0.4 + 0 + 0.075 + 0.1 = 0.575
];

test('ranking: best first, non-matches dropped, filters applied', () => {
  const ranked = rankMatches(pairs);
  assert.deepEqual(ranked.map((r) => [r.rank, r.item, r.score.total]), [[1, '#1', 0.675], [2, '#2', 0.6583], [3, '#4', 0.575]]);
  assert.deepEqual(rankMatches(pairs, { smeOnly: true }).map((r) => r.item), ['#2', '#4']);
  assert.deepEqual(rankMatches(pairs, { clusterOnly: true }).map((r) => r.item), ['#2']);
  assert.deepEqual(rankMatches(pairs, { radiusKm: 10 }).map((r) => r.item), ['#1', '#2']);
  assert.deepEqual(rankMatches(pairs, { regions: ['11'] }).map((r) => r.item), ['#2']);
  const stats = { matched: 0 };
  assert.deepEqual(rankMatches(pairs, {}, 1, stats).map((r) => [r.rank, r.item]), [[1, '#1']]);
  assert.equal(stats.matched, 3);
});

test('ties go to the nearer counterpart, then the lower id', () => {
  const tied = [pair(9, {}), pair(5, {}), pair(7, { lat: 46.01 })];
  // #7 is 1.1 km away: proximity 0.9949 → 0.199 points, so it loses on total, not on the tie-break
  assert.deepEqual(rankMatches(tied).map((r) => r.item), ['#5', '#9', '#7']);
});

test('match tiers: deepest prefix first, each excluding the deeper one, with the product bound', async () => {
  const { matchTiers, reachKm, totalBound } = await import('./tiers.ts');
  assert.deepEqual(matchTiers(['25.62.20']).map((t) => [t.depth, t.prefixes, t.deeperPrefixes, Number(t.productBound.toFixed(4))]), [
    [6, ['256220'], [], 1], [5, ['25622'], ['256220'], 0.8333], [4, ['2562'], ['25622'], 0.6667], [3, ['256'], ['2562'], 0.5], [2, ['25'], ['256'], 0.3333],
  ]);
  // a two-digit need code is matched in full by any offer of its class
  assert.deepEqual(matchTiers(['25', '25.62']).map((t) => [t.depth, t.prefixes, t.productBound]), [[4, ['2562'], 1], [3, ['256'], 1], [2, ['25'], 1]]);
  assert.equal(reachKm(1, 0.9), -1, '0.9 is out of reach of any unrelated offer: 0.4 + 0.2 + 0.15 + 0.1 = 0.85');
  assert.ok(Math.abs(reachKm(1, 0.75)! - 150) < 1e-9, 'needs proximity 0.5');
  assert.equal(reachKm(0.5, 0.3), null, 'beats 0.3 at any distance');
  assert.equal(totalBound(1, 150), 0.75);
});
