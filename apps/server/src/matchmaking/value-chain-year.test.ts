import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { describeOnDatabases, upsertLinks } from '@klaster/db';
import { valueChainGaps } from './value-chain.service.ts';
import { loadDemoData } from '../services/demo.service.ts';

describeOnDatabases('value-chain gaps after an accepted contact request', (db) => {
  before(async () => {
    await loadDemoData(db());
  });

  test('one declared link dated this year does not move the analysis to this year', async () => {
    const [cluster] = await db().query<{ id: number }>(`SELECT id FROM clusters WHERE code = 'astrakhan-shipbuilding'`);
    const before = await valueChainGaps(db(), Number(cluster!.id));
    assert.ok(before.gaps.length > 3, `only ${before.gaps.length} gaps on the demo`);
    const [pair] = await db().query<{ supplier: string; buyer: string }>(
      `SELECT s.inn AS supplier, b.inn AS buyer FROM cluster_participants p JOIN organisations b ON b.id = p.organisation_id
       CROSS JOIN LATERAL (SELECT inn FROM organisations WHERE region_code = '30' AND id <> b.id ORDER BY id LIMIT 1) s
       WHERE p.cluster_id = $1 LIMIT 1`,
      [cluster!.id],
    );
    await db().transaction((tx) => upsertLinks(tx, [{ supplierInn: pair!.supplier, buyerInn: pair!.buyer, okpd2: '25.11', product: 'Металлоконструкции', year: new Date().getUTCFullYear() + 1, volume: 1000, source: 'declared' }], 'tester'));
    const after = await valueChainGaps(db(), Number(cluster!.id));
    assert.equal(after.gaps.length, before.gaps.length);
    assert.deepEqual(after.gaps.map((g) => g.year), before.gaps.map((g) => g.year));
  });
});
