import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { ClusterInput, OrganisationInput } from '@klaster/core';
import { describeOnDatabases } from './testing/test-databases.ts';
import { upsertOrganisations, softDeleteOrganisation } from './organisation.repository.ts';
import { getOrganisation, listOrganisations } from './organisation.queries.ts';
import { upsertLinks, listLinks } from './link.repository.ts';
import { upsertCluster, UnknownOrganisationError } from './cluster.repository.ts';
import { getCluster, listClusters } from './cluster.queries.ts';
import { listHistory } from './history.queries.ts';

const sber: OrganisationInput = {
  inn: '7707083893', ogrn: '1027700132195', kpp: '773601001', name: 'ПАО «Тестовый банк»', kind: 'finance', okvedMain: '64',
  regionCode: '77', years: [{ year: 2024, headcount: 10, revenue: 100_000_000 }],
};
const yandex: OrganisationInput = {
  inn: '7736207543', name: 'ООО «Ёлка» <b>"тест"</b>', kind: 'industrial', okvedMain: '26.2', okvedExtra: ['27.1', '28'],
  regionCode: '77', years: [{ year: 2023, headcount: 120, revenue: 900_000_000 }, { year: 2024, headcount: 300, revenue: 3e9 }],
  products: [{ okpd2: '26.20.11', name: 'Ноутбуки' }],
};

describeOnDatabases('registry repositories', (db) => {
  test('organisations are created, re-imported without change, updated and soft-deleted with history', async () => {
    const first = await db().transaction((tx) => upsertOrganisations(tx, [sber, yandex], 'test'));
    assert.deepEqual(first, { created: 2, updated: 0, restored: 0, unchanged: 0 });
    const again = await db().transaction((tx) => upsertOrganisations(tx, [sber, yandex], 'test'));
    assert.deepEqual(again, { created: 0, updated: 0, restored: 0, unchanged: 2 });
    const changed = await db().transaction((tx) => upsertOrganisations(tx, [{ ...sber, name: 'ПАО «Другое имя»' }, yandex], 'alice'));
    assert.deepEqual(changed, { created: 0, updated: 1, restored: 0, unchanged: 1 });

    const y = (await getOrganisation(db(), '7736207543'))!;
    assert.equal(y.smeCategory, 'large');
    assert.equal(y.headcount, 300);
    assert.equal(y.dataYear, 2024);
    assert.deepEqual(y.okvedExtra, ['27.1', '28']);
    assert.equal(y.name, 'ООО «Ёлка» <b>"тест"</b>');
    const s = (await getOrganisation(db(), '7707083893'))!;
    assert.equal(s.smeCategory, 'micro');
    assert.equal(s.version, 2);

    const history = await listHistory(db(), { entity: 'organisation', entityId: s.id });
    assert.deepEqual(history.items.map((h) => [h.action, h.actor]), [['update', 'alice'], ['create', 'test']]);
    assert.deepEqual(history.items[0]!.changedFields, ['name']);
    assert.equal(history.items[0]!.before!.name, 'ПАО «Тестовый банк»');

    assert.equal(await db().transaction((tx) => softDeleteOrganisation(tx, s.id, 'bob')), true);
    assert.equal((await listOrganisations(db(), {})).total, 1);
    assert.equal((await listOrganisations(db(), { includeDeleted: true })).total, 2);
    const restored = await db().transaction((tx) => upsertOrganisations(tx, [{ ...sber, name: 'ПАО «Другое имя»' }], 'carol'));
    assert.equal(restored.restored, 1);
  });

  test('search finds by name fragment in any case and by INN prefix; filters combine', async () => {
    assert.deepEqual((await listOrganisations(db(), { q: 'ёлка' })).items.map((o) => o.inn), ['7736207543']);
    assert.deepEqual((await listOrganisations(db(), { q: '77070' })).items.map((o) => o.inn), ['7707083893']);
    assert.equal((await listOrganisations(db(), { q: '%' })).total, 0);
    assert.equal((await listOrganisations(db(), { okved: '27' })).total, 1);
    assert.equal((await listOrganisations(db(), { sme: ['micro'], region: ['77'] })).total, 1);
  });

  test('links upsert by key, history, and a transaction that fails writes nothing', async () => {
    const link = { supplierInn: '7736207543', buyerInn: '7707083893', okpd2: '26.20', year: 2024, volume: 1_500_000.5, source: 'contract' as const };
    assert.equal((await db().transaction((tx) => upsertLinks(tx, [link], 't'))).created, 1);
    assert.equal((await db().transaction((tx) => upsertLinks(tx, [link], 't'))).unchanged, 1);
    assert.equal((await db().transaction((tx) => upsertLinks(tx, [{ ...link, volume: 2e6 }], 't'))).updated, 1);
    const links = await listLinks(db(), {});
    assert.equal(links.total, 1);
    assert.equal(links.items[0]!.volume, 2_000_000);
    assert.equal(links.items[0]!.regionCode, '77');

    await assert.rejects(
      db().transaction(async (tx) => {
        await upsertOrganisations(tx, [{ ...sber, inn: '1234567894', name: 'Половина записи' }], 't');
        throw new Error('interrupted');
      }),
      /interrupted/,
    );
    assert.equal(await getOrganisation(db(), '1234567894'), null);
  });

  test('clusters are written as aggregates with participants, agreements with an authority party, and preferences', async () => {
    const cluster: ClusterInput = {
      code: 'test-cluster', name: 'Тестовый кластер', kind: 'local', specialization: 'электроника', status: 'initiative',
      regions: ['77'], specializedOrgInn: '7707083893',
      participants: [{ inn: '7736207543', role: 'anchor', joinedOn: '2024-01-15' }, { inn: '7707083893', role: 'specialized_org' }],
      agreements: [{ title: 'Соглашение о сотрудничестве', signedOn: '2024-02-01', parties: [{ inn: '7736207543' }, { name: 'Администрация города' }] }],
      preferences: [{ inn: '7736207543', kind: 'rent', description: 'Аренда 50%', grantedBy: 'Администрация города' }],
    };
    assert.equal(await db().transaction((tx) => upsertCluster(tx, cluster, 't')), 'create');
    assert.equal(await db().transaction((tx) => upsertCluster(tx, cluster, 't')), 'unchanged');
    assert.equal(await db().transaction((tx) => upsertCluster(tx, { ...cluster, status: 'agreement_signed' }, 'u')), 'update');
    const view = (await getCluster(db(), 'test-cluster'))!;
    assert.equal(view.participantsDetailed.length, 2);
    assert.equal(view.participantsDetailed[0]!.role, 'anchor');
    assert.equal(view.participants.find((p) => p.inn === '7736207543')!.joinedOn, '2024-01-15');
    assert.deepEqual(view.agreements[0]!.parties, [{ inn: '7736207543', name: null }, { inn: null, name: 'Администрация города' }]);
    assert.equal(view.preferences[0]!.kind, 'rent');
    assert.equal(view.specializedOrg!.inn, '7707083893');
    const list = await listClusters(db(), { region: ['77'] });
    assert.equal(list.items[0]!.participantCount, 2);
    assert.equal(list.items[0]!.industrialCount, 1);
    const history = await listHistory(db(), { entity: 'cluster', entityId: view.id });
    assert.deepEqual(history.items.map((h) => h.action), ['update', 'create']);
    assert.deepEqual(history.items[0]!.changedFields, ['status']);

    await assert.rejects(
      db().transaction((tx) => upsertCluster(tx, { ...cluster, code: 'x', participants: [{ inn: '500100732259', role: 'participant' }] }, 't')),
      (e: unknown) => e instanceof UnknownOrganisationError && e.inns.includes('500100732259'),
    );
  });
});
