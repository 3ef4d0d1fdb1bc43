import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterInput, OrganisationInput } from '@klaster/core';
import { describeOnDatabases } from './testing/test-databases.ts';
import { upsertOrganisations } from './organisation.repository.ts';
import { lockClusterByCode, softDeleteCluster, upsertCluster } from './cluster.repository.ts';

const orgs: OrganisationInput[] = [
  { inn: '7707083893', name: 'ПАО «Тест»', kind: 'finance', okvedMain: '64', regionCode: '77' },
  { inn: '7736207543', name: 'ООО «Ёлка»', kind: 'industrial', okvedMain: '26.2', regionCode: '77' },
];

const cluster: ClusterInput = {
  code: 'same-again', name: 'Кластер', kind: 'local', specialization: 'электроника', status: 'initiative', regions: ['77'],
  specializedOrgInn: '7707083893',
  // not in INN order, optional fields left out: the comparison must normalise as the database does
  participants: [{ inn: '7736207543', role: 'anchor', joinedOn: '2024-01-15' }, { inn: '7707083893', role: 'specialized_org' }],
  agreements: [
    { title: 'Соглашение о сотрудничестве', signedOn: '2024-02-01', parties: [{ inn: '7736207543' }, { name: 'Администрация города' }] },
    { title: 'Соглашение о присоединении', kind: 'accession', parties: [{ inn: '7707083893' }] },
  ],
  preferences: [
    { inn: '7736207543', kind: 'rent', description: 'Аренда 50%', grantedBy: 'Администрация города' },
    { kind: 'local_tax', description: 'Земельный налог 0,5%', grantedBy: 'Городская дума', validFrom: '2024-01-01', validTo: '2026-12-31' },
  ],
};

describeOnDatabases('cluster aggregate upsert', (db) => {
  /** Everything a write would touch: row versions (xmin) and the ids of the rebuilt children. */
  async function footprint(id: number) {
    const q = (sql: string) => db().query(sql, [id]);
    return {
      cluster: await q(`SELECT xmin::text AS x, version, updated_at::text AS u FROM clusters WHERE id = $1`),
      participants: await q(`SELECT xmin::text AS x FROM cluster_participants WHERE cluster_id = $1 ORDER BY organisation_id`),
      agreements: await q(`SELECT id FROM agreements WHERE cluster_id = $1 ORDER BY id`),
      parties: await q(`SELECT ap.xmin::text AS x FROM agreement_parties ap JOIN agreements a ON a.id = ap.agreement_id WHERE a.cluster_id = $1 ORDER BY ap.agreement_id, ap.position`),
      preferences: await q(`SELECT id FROM preferences WHERE cluster_id = $1 ORDER BY id`),
      history: await q(`SELECT count(*)::int AS n FROM history WHERE entity = 'cluster' AND entity_id = $1`),
    };
  }

  test('the same aggregate again writes nothing: no row, no child, no history', async () => {
    await db().transaction((tx) => upsertOrganisations(tx, orgs, 't'));
    assert.equal(await db().transaction((tx) => upsertCluster(tx, cluster, 't')), 'create');
    const id = (await db().transaction((tx) => lockClusterByCode(tx, cluster.code)))!.id;
    const before = await footprint(id);
    const reordered: ClusterInput = { ...cluster, participants: [...cluster.participants].reverse(), municipalities: [] };
    assert.equal(await db().transaction((tx) => upsertCluster(tx, reordered, 'u')), 'unchanged');
    assert.deepEqual(await footprint(id), before);

    // one field of one preference is a change of the aggregate
    const changed = { ...cluster, preferences: [cluster.preferences![0]!, { ...cluster.preferences![1]!, validTo: '2027-12-31' }] };
    assert.equal(await db().transaction((tx) => upsertCluster(tx, changed, 'u')), 'update');
    const after = await footprint(id);
    assert.equal(Number(after.history[0]!.n), Number(before.history[0]!.n) + 1);
    assert.equal(Number(after.cluster[0]!.version), Number(before.cluster[0]!.version) + 1);
  });

  test('lockClusterByCode reports the status of live and deleted clusters; a deleted one given again is restored', async () => {
    assert.equal(await db().transaction((tx) => lockClusterByCode(tx, 'nothing-here')), null);
    const live = (await db().transaction((tx) => lockClusterByCode(tx, cluster.code)))!;
    assert.deepEqual({ status: live.status, deleted: live.deleted }, { status: 'initiative', deleted: false });
    assert.equal(await db().transaction((tx) => softDeleteCluster(tx, live.id, 't')), true);
    assert.equal((await db().transaction((tx) => lockClusterByCode(tx, cluster.code)))!.deleted, true);
    const current = { ...cluster, preferences: [cluster.preferences![0]!, { ...cluster.preferences![1]!, validTo: '2027-12-31' }] };
    assert.equal(await db().transaction((tx) => upsertCluster(tx, current, 't')), 'restore');
  });
});
