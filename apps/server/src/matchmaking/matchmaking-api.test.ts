import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { multipartFile } from '../testing/multipart.ts';
import { INN, loadMatchmakingFixture } from './test-fixture.ts';

interface Component { key: string; value: number; points: number }
interface Item { rank: number; capability: { supplierInn: string }; score: { total: number; components: Component[]; distanceKm: number | null; pastLinkYears: number; sameCluster: boolean } }

describeOnDatabases('Matchmaking API', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let clusterId = 0;
  let needId = 0;
  let needKomi = 0;
  const capabilityOf: Record<string, number> = {};
  const orgId: Record<string, number> = {};
  before(async () => {
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin', { login: 'tester' });
    ({ clusterId } = await loadMatchmakingFixture(db()));
    const needs = (await admin.inject('/api/needs')).json().items as { id: number; buyerInn: string; buyerId: number }[];
    needId = needs.find((n) => n.buyerInn === INN.buyer)!.id;
    needKomi = needs.find((n) => n.buyerInn === INN.komiBuyer)!.id;
    for (const n of needs) orgId[n.buyerInn] = n.buyerId;
    for (const c of (await admin.inject('/api/capabilities')).json().items as { id: number; supplierInn: string; supplierId: number }[]) {
      capabilityOf[c.supplierInn] = c.id;
      orgId[c.supplierInn] = c.supplierId;
    }
  });

  const ranking = async (query = '') => {
    const res = await admin.inject(`/api/needs/${needId}/suppliers${query}`);
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { items: Item[]; stats: { candidatesScored: number; matched: number } };
  };

  test('suppliers for a need: exact ranks, totals and every component', async () => {
    const r = await ranking();
    assert.deepEqual(r.items.map((i) => [i.rank, i.capability.supplierInn, i.score.total]), [[1, INN.s1, 0.775], [2, INN.s2, 0.65], [3, INN.s4, 0.5917]]);
    assert.deepEqual(r.stats, { candidatesScored: 3, matched: 3 });
    const s2 = r.items[1]!.score;
    assert.deepEqual(s2.components.map((c) => [c.key, c.value, c.points]), [
      ['product', 0.6667, 0.2667], ['proximity', 0.5, 0.1], ['capacity', 1, 0.15], ['sme', 0, 0], ['sameCluster', 1, 0.1], ['pastLinks', 0.6667, 0.0333],
    ]);
    assert.equal(s2.distanceKm, 150);
    assert.equal(s2.sameCluster, true);
    assert.equal(s2.pastLinkYears, 2);
    assert.equal(r.items[2]!.score.distanceKm, null);
  });

  test('filters: SME only, cluster only, radius, region, limit', async () => {
    const inns = async (q: string) => (await ranking(q)).items.map((i) => i.capability.supplierInn);
    assert.deepEqual(await inns('?smeOnly=true'), [INN.s1, INN.s4]);
    assert.deepEqual(await inns('?clusterOnly=true'), [INN.s2]);
    assert.deepEqual(await inns('?radiusKm=100'), [INN.s1]);
    assert.deepEqual(await inns('?radiusKm=151'), [INN.s1, INN.s2]);
    assert.deepEqual(await inns('?region=11'), [INN.s4]);
    assert.deepEqual(await inns('?limit=1'), [INN.s1]);
    assert.equal((await admin.inject('/api/needs/999999/suppliers')).statusCode, 404);
  });

  test('needs for a capability: the near need first, the far one scores only product, capacity and SME', async () => {
    const res = await admin.inject(`/api/capabilities/${capabilityOf[INN.s1]}/needs`);
    assert.equal(res.statusCode, 200, res.body);
    const items = res.json().items as { rank: number; need: { id: number }; score: { total: number } }[];
    assert.deepEqual(items.map((i) => [i.rank, i.need.id, i.score.total]), [[1, needId, 0.775], [2, needKomi, 0.65]]);
  });

  test('value-chain gaps: bought outside the cluster and import replacement, with local SMEs', async () => {
    const res = await admin.inject(`/api/clusters/${clusterId}/value-chain-gaps`);
    assert.equal(res.statusCode, 200, res.body);
    const body = res.json();
    assert.equal(body.gaps.length, 1, 'the 25.62 supplies come from a participant: no gap');
    const gap = body.gaps[0];
    assert.deepEqual(
      [gap.okpd2, gap.year, gap.boughtTotal, gap.boughtOutside, gap.boughtOutOfRegion, gap.outsideShare, gap.outsideSuppliers, gap.importReplacementVolume, gap.importReplacementNeeds],
      ['25.62.20', 2024, 9e6, 9e6, 9e6, 1, 1, 40e6, 1],
    );
    assert.deepEqual(gap.candidates.map((c: { inn: string }) => c.inn), [INN.s1], 'S3 makes another class, S4 is in another region');
    // S1 is 75 km from the participants' centre (half-way to S2): proximity 0.5^0.5; capacity 20 of 9 + 40 mln
    assert.deepEqual(gap.candidates[0].score.components.map((c: Component) => c.value), [1, 0.7071, 0.4082, 1, 0, 0]);
    assert.equal(gap.candidates[0].score.total, 0.7026);
  });

  test('investor chains of a region: input class into industry, outside share and open needs', async () => {
    const res = await admin.inject('/api/investor/chains?region=30');
    assert.equal(res.statusCode, 200, res.body);
    const [chain, ...rest] = res.json().items;
    assert.equal(rest.length, 0);
    assert.deepEqual(
      [chain.rank, chain.inputClass, chain.buyerIndustry, chain.year, chain.total, chain.fromOutside, chain.outsideShare, chain.buyers, chain.localSuppliers, chain.outsideSuppliers, chain.openNeeds, chain.openNeedsVolume, chain.importReplacingNeeds, chain.opportunity],
      [1, '25', '30', 2024, 15e6, 9e6, 0.6, 1, 1, 1, 1, 40e6, 1, 49e6],
    );
    assert.equal((await admin.inject('/api/investor/chains?region=3')).statusCode, 400);
  });

  test('a contact request is seen by both sides; accepting declares a link with history', async () => {
    const body = { needId, capabilityId: capabilityOf[INN.s1], fromOrganisationId: orgId[INN.s1], message: 'Готовы изготовить' };
    const created = await admin.inject({ method: 'POST', url: '/api/contact-requests', payload: body });
    assert.equal(created.statusCode, 200, created.body);
    const request = created.json();
    assert.equal(request.toOrganisationId, orgId[INN.buyer]);
    assert.equal((await admin.inject({ method: 'POST', url: '/api/contact-requests', payload: body })).statusCode, 409);
    for (const side of [INN.s1, INN.buyer]) {
      const seen = (await admin.inject(`/api/contact-requests?organisation=${orgId[side]}`)).json().items;
      assert.deepEqual(seen.map((r: { id: number }) => r.id), [request.id]);
    }
    const accepted = (await admin.inject({ method: 'POST', url: `/api/contact-requests/${request.id}/accept` })).json();
    assert.equal(accepted.status, 'accepted');
    assert.ok(accepted.linkId > 0);
    const links = (await admin.inject(`/api/links?organisation=${orgId[INN.s1]}`)).json().items;
    assert.deepEqual(links.map((l: { id: number; source: string; okpd2: string; volume: number; buyerInn: string; year: number }) => [l.id, l.source, l.okpd2, l.volume, l.buyerInn, l.year]),
      [[accepted.linkId, 'declared', '25.62.20', 40e6, INN.buyer, new Date().getUTCFullYear()]]);
    const history = await db().query<{ action: string; actor: string }>(`SELECT action, actor FROM history WHERE entity = 'link' AND entity_id = $1`, [accepted.linkId]);
    assert.deepEqual(history, [{ action: 'create', actor: 'tester' }]);
    assert.equal((await admin.inject({ method: 'POST', url: `/api/contact-requests/${request.id}/accept` })).statusCode, 409);
    // the declared link now counts as a past link: 1 year of 3 → 0.0167 more
    assert.equal((await ranking()).items[0]!.score.total, 0.7917);
  });

  test('decline, and requests from an organisation that is not a side are refused', async () => {
    const asBuyer = await admin.inject({ method: 'POST', url: '/api/contact-requests', payload: { needId, capabilityId: capabilityOf[INN.s4], fromOrganisationId: orgId[INN.buyer] } });
    assert.equal(asBuyer.statusCode, 200, asBuyer.body);
    const declined = (await admin.inject({ method: 'POST', url: `/api/contact-requests/${asBuyer.json().id}/decline` })).json();
    assert.equal(declined.status, 'declined');
    assert.equal(declined.linkId, null);
    const stranger = await admin.inject({ method: 'POST', url: '/api/contact-requests', payload: { needId, capabilityId: capabilityOf[INN.s4], fromOrganisationId: orgId[INN.komiBuyer] } });
    assert.equal(stranger.statusCode, 400);
    const otherClass = await admin.inject({ method: 'POST', url: '/api/contact-requests', payload: { needId, capabilityId: capabilityOf[INN.s3], fromOrganisationId: orgId[INN.buyer] } });
    assert.equal(otherClass.statusCode, 400);
    assert.equal((await admin.inject({ method: 'POST', url: '/api/contact-requests/999999/accept' })).statusCode, 404);
  });

  test('create a need and a capability through the API; unknown INN and region refused', async () => {
    const need = await admin.inject({ method: 'POST', url: '/api/needs', payload: { buyerInn: INN.komiBuyer, okpd2: ['28.92.12'], volume: 5e6, deliveryRegion: '11', deadline: '2026-12-31' } });
    assert.equal(need.statusCode, 200, need.body);
    assert.deepEqual([need.json().created, need.json().need.okpd2, need.json().need.deadline], [true, ['28.92.12'], '2026-12-31']);
    const again = await admin.inject({ method: 'POST', url: '/api/needs', payload: { buyerInn: INN.komiBuyer, okpd2: ['28.92.12'], volume: 5e6, deliveryRegion: '11', deadline: '2026-12-31' } });
    assert.deepEqual([again.json().created, again.json().need.id], [false, need.json().need.id]);
    const cap = await admin.inject({ method: 'POST', url: '/api/capabilities', payload: { supplierInn: INN.s3, okpd2: ['28.92'], capacity: 1e6 } });
    assert.equal(cap.statusCode, 200, cap.body);
    assert.equal(cap.json().capability.lat, 46.35, 'location copied from the organisation');
    assert.equal((await admin.inject({ method: 'POST', url: '/api/needs', payload: { buyerInn: '7707083893', okpd2: ['28.92'] } })).statusCode, 422);
    assert.equal((await admin.inject({ method: 'POST', url: '/api/needs', payload: { buyerInn: INN.buyer, okpd2: ['28.92'], deliveryRegion: '00' } })).statusCode, 422);
    assert.equal((await admin.inject({ method: 'POST', url: '/api/needs', payload: { buyerInn: INN.buyer, okpd2: ['abc'] } })).statusCode, 400);
    const filtered = (await admin.inject('/api/needs?okpd2=28.9&region=11')).json();
    assert.deepEqual(filtered.items.map((n: { id: number }) => n.id), [need.json().need.id]);
  });

  test('needs and capabilities import from CSV: written, repeated unchanged, a bad row refuses the file', async () => {
    const needs = `ИНН покупателя;ОКПД2;Описание;Объём в год;Срок;Импортозамещение\n${INN.buyer};27.11.10;Электродвигатели;18 000 000;30.06.2026;да\n`;
    const post = (kind: string, csv: string) => admin.inject({ method: 'POST', url: `/api/import/${kind}`, ...multipartFile(`${kind}.csv`, Buffer.from(csv)) });
    const first = (await post('needs', needs)).json();
    assert.deepEqual([first.kind, first.status, first.created, first.updated, first.unchanged], ['needs', 'written', 1, 0, 0]);
    const again = (await post('needs', needs)).json();
    assert.deepEqual([again.created, again.unchanged], [0, 1]);
    const caps = (await post('capabilities', `supplier_inn;okpd2;capacity\n${INN.s3};27.11.10;9000000\n${INN.s3};2x;1\n`)).json();
    assert.deepEqual([caps.kind, caps.status, caps.created, caps.errors.map((e: { rowNumber: number; field: string }) => [e.rowNumber, e.field])], ['capabilities', 'refused', 0, [[3, 'okpd2']]]);
    const listed = (await admin.inject('/api/needs?okpd2=27.11')).json().items;
    assert.deepEqual(listed.map((n: { buyerInn: string; deadline: string; replacesImport: boolean }) => [n.buyerInn, n.deadline, n.replacesImport]), [[INN.buyer, '2026-06-30', true]]);
  });
});
