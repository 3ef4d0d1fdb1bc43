import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { INN, loadMatchmakingFixture } from './test-fixture.ts';

/** The sort of the needs and capabilities lists (the web's sortable columns), on the hand-made fixture. */
describeOnDatabases('Matchmaking lists: sorting', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  /** Capability id by supplier INN: ties are broken by id, newest first. */
  const idOf: Record<string, number> = {};
  const newestFirst = (...inns: string[]) => [...inns].sort((a, b) => idOf[b]! - idOf[a]!);
  before(async () => {
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin');
    await loadMatchmakingFixture(db());
    for (const c of (await admin.inject('/api/capabilities')).json().items as { id: number; supplierInn: string }[]) idOf[c.supplierInn] = c.id;
  });

  const inns = async (path: string, key: 'supplierInn' | 'buyerInn') => {
    const res = await admin.inject(path);
    assert.equal(res.statusCode, 200, res.body);
    return (res.json().items as Record<string, string>[]).map((i) => i[key]);
  };

  test('capabilities by supplier name (Russian collation), capacity with unknown last, region name; ties newest first', async () => {
    assert.deepEqual(await inns('/api/capabilities?sort=name', 'supplierInn'), [INN.s2, INN.s1, INN.s4, INN.s3]);
    assert.deepEqual(await inns('/api/capabilities?sort=-name', 'supplierInn'), [INN.s3, INN.s4, INN.s1, INN.s2]);
    assert.deepEqual(await inns('/api/capabilities?sort=capacity', 'supplierInn'), [INN.s3, INN.s1, INN.s2, INN.s4]);
    assert.deepEqual(await inns('/api/capabilities?sort=-capacity', 'supplierInn'), [INN.s2, INN.s1, INN.s3, INN.s4]);
    // Астраханская область before Республика Коми; within a region the newest record first.
    assert.deepEqual(await inns('/api/capabilities?sort=region', 'supplierInn'), [...newestFirst(INN.s1, INN.s2, INN.s3), INN.s4]);
    assert.deepEqual(await inns('/api/capabilities?sort=-region', 'supplierInn'), [INN.s4, ...newestFirst(INN.s1, INN.s2, INN.s3)]);
    assert.deepEqual(await inns('/api/capabilities', 'supplierInn'), newestFirst(INN.s1, INN.s2, INN.s3, INN.s4), 'default: newest first');
  });

  test('sorting and paging together: page 2 continues page 1 without overlap', async () => {
    const first = await inns('/api/capabilities?sort=capacity&pageSize=2&page=1', 'supplierInn');
    const second = await inns('/api/capabilities?sort=capacity&pageSize=2&page=2', 'supplierInn');
    assert.deepEqual([...first, ...second], [INN.s3, INN.s1, INN.s2, INN.s4]);
  });

  test('needs by buyer name, volume and delivery region', async () => {
    assert.deepEqual(await inns('/api/needs?sort=name', 'buyerInn'), [INN.buyer, INN.komiBuyer]);
    assert.deepEqual(await inns('/api/needs?sort=volume', 'buyerInn'), [INN.komiBuyer, INN.buyer]);
    assert.deepEqual(await inns('/api/needs?sort=-volume', 'buyerInn'), [INN.buyer, INN.komiBuyer]);
    assert.deepEqual(await inns('/api/needs?sort=-region', 'buyerInn'), [INN.komiBuyer, INN.buyer]);
  });

  test('a sort key the list does not have is refused, naming the parameter', async () => {
    const res = await admin.inject('/api/capabilities?sort=deadline');
    assert.equal(res.statusCode, 400);
    assert.equal(res.json().error.details[0].path, 'query.sort');
  });
});
