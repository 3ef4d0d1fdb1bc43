import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases, getCluster, purchasesByInn, upsertPurchases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { loadDemoData } from '../services/demo.service.ts';

const AS_OF = '2026-06-01';
type Named = { measure: { id: string }; missing?: { condition: string }[]; unknown?: { condition: string }[] };
const ids = (items: Named[]) => items.map((i) => i.measure.id);
const missing = (items: Named[]) => Object.fromEntries(items.map((i) => [i.measure.id, i.missing!.map((m) => m.condition)]));

// Kaluga pharma (compliant on AS_OF): A supplies, B and C buy; D is a Kaluga enterprise outside the cluster.
const A = '4005646067';
const B = '4009340344';
const C = '4017316659';
const D = '4001386876';

describeOnDatabases('support measures and the pp41 subsidy on the demo data', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  let orgId: (inn: string) => Promise<number>;
  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin', { login: 'tester' });
    orgId = async (inn) => (await db().query<{ id: number }>('SELECT id FROM organisations WHERE inn = $1', [inn]))[0]!.id;
  });

  test('the catalogue lists every measure with level, kind, legal basis and the example flag', async () => {
    const items = (await admin.inject('/api/measures')).json().items;
    assert.equal(items.length, 10);
    const rent = items.find((m: { id: string }) => m.id === 'example-22-biysk-rent');
    assert.deepEqual([rent.level, rent.kind, rent.example], ['municipal', 'rent', true]);
    assert.equal(items.find((m: { id: string }) => m.id === 'pp41-2023').legalBasis, 'ПП РФ от 28.01.2016 № 41 (ред. с 01.01.2023)');
  });

  test('a small Biysk enterprise gets the SME land-tax relief that a large one does not', async () => {
    // Both are industrial participants of the Altai biopharma cluster in Biysk (OKTMO 01705000, OKVED section C);
    // the cluster fails functional dependence, so the 2023 subsidy does not fit either of them.
    const small = (await admin.inject(`/api/organisations/${await orgId('2201792455')}/measures?asOf=${AS_OF}`)).json();
    assert.deepEqual(small.organisation, { id: await orgId('2201792455'), inn: '2201792455', name: small.organisation.name, smeCategory: 'small', sme: true });
    assert.deepEqual(small.clusters.map((c: { compliant: boolean }) => c.compliant), [false]);
    assert.deepEqual(ids(small.fits), ['example-22-biysk-rent', 'example-22-biysk-land-tax']);
    assert.deepEqual(small.fits[1].reasons.map((r: { ru: string }) => r.ru)[0], 'только МСП (категория заявителя: small)');
    assert.deepEqual(ids(small.undetermined), ['insurance-7-6-spic']);
    assert.deepEqual(missing(small.nonFits), {
      'pp41-2016': ['validTo'], 'pp41-2021': ['validTo'], 'pp41-2023': ['clusterCompliant'],
      'example-40-kaluga-property-tax': ['regions'], 'example-30-astrakhan-fund-loan': ['regions'],
      'example-54-novosibirsk-consulting': ['regions'], 'example-11-komi-subsidy': ['clusterCompliant', 'regions'],
    });
    const large = (await admin.inject(`/api/organisations/${await orgId('2221303350')}/measures?asOf=${AS_OF}`)).json();
    assert.equal(large.organisation.sme, false);
    assert.deepEqual(ids(large.fits), ['example-22-biysk-rent']);
    assert.deepEqual(missing(large.nonFits)['example-22-biysk-land-tax'], ['smeOnly']);
    assert.deepEqual(missing(large.nonFits)['example-54-novosibirsk-consulting'], ['smeOnly', 'regions']);
  });

  test('cluster measures: the 2023 subsidy fits every Kaluga pharma participant, the property-tax relief only the industrial ones', async () => {
    const id = (await getCluster(db(), 'kaluga-pharma'))!.id;
    const res = (await admin.inject(`/api/clusters/${id}/measures?asOf=${AS_OF}`)).json();
    assert.equal(res.cluster.compliant, true);
    const byId = Object.fromEntries(res.measures.map((m: { measure: { id: string }; fits: unknown[]; nonFits: { inn: string; conditions: { condition: string }[] }[] }) => [m.measure.id, m]));
    assert.equal(byId['pp41-2023'].fits.length, 17);
    assert.equal(byId['example-40-kaluga-property-tax'].fits.length, 14);
    assert.deepEqual(byId['example-40-kaluga-property-tax'].nonFits.map((n: { inn: string; conditions: { condition: string }[] }) => [n.inn, n.conditions.map((c) => c.condition)]), [
      ['4011614803', ['okvedSections']], ['4014497936', ['okvedSections']], ['4017816732', ['okvedSections']],
    ]);
  });

  test('pp41@2023: a non-participant supplier, a cost before 2023 and the part over the cap are excluded, each with its reason', async () => {
    const clusterId = (await getCluster(db(), 'kaluga-pharma'))!.id;
    const costs = [
      { date: '2024-03-01', supplierInn: A, buyerInn: B, amount: 10_000_000, item: 'starting-batch', stage: 'серийное производство' },
      { date: '2024-04-01', supplierInn: D, buyerInn: B, amount: 2_000_000, item: 'starting-batch' },
      { date: '2022-12-15', supplierInn: A, buyerInn: B, amount: 1_000_000, item: 'starting-batch' },
      { date: '2024-05-01', supplierInn: A, buyerInn: C, amount: 350_000_000, item: 'starting-batch' },
      { date: '2024-06-01', supplierInn: A, buyerInn: B, amount: 500_000, item: 'equipment' },
    ];
    const res = await admin.inject({ method: 'POST', url: '/api/subsidy/calculate', payload: { ruleset: 'pp41@2023', clusterId, asOf: AS_OF, costs } });
    assert.equal(res.statusCode, 200);
    const r = res.json();
    assert.deepEqual([r.ruleset, r.sharePercent, r.capRub, r.capPer], ['pp41@2023', 50, 150_000_000, 'applicant']);
    assert.deepEqual(r.cluster, { id: clusterId, name: r.cluster.name, participants: 17, compliant: true, check: 'pp779@2021-11-16' });
    // 10 000 000 + (the 300 000 000 that exhausts C's cap of 150 000 000 at 50%)
    assert.equal(r.eligibleCosts, 310_000_000);
    assert.equal(r.amount, 155_000_000);
    assert.deepEqual(r.byApplicant, [{ inn: B, eligibleCosts: 10_000_000, amount: 5_000_000 }, { inn: C, eligibleCosts: 300_000_000, amount: 150_000_000 }]);
    assert.deepEqual(r.excluded.map((e: { index: number; reason: string; excludedAmount: number }) => [e.index, e.reason, e.excludedAmount]), [
      [1, 'supplier-not-participant', 2_000_000], [2, 'before-effective-date', 1_000_000], [3, 'over-cap', 50_000_000], [4, 'cost-item-not-eligible', 500_000],
    ]);
  });

  test('pp41@2023 for a cluster that does not comply reimburses nothing; an unknown version is refused', async () => {
    const clusterId = (await getCluster(db(), 'altai-biopharma'))!.id;
    const costs = [{ date: '2024-03-01', supplierInn: '2201389567', buyerInn: '2211092822', amount: 4_000_000, item: 'starting-batch' }];
    const r = (await admin.inject({ method: 'POST', url: '/api/subsidy/calculate', payload: { ruleset: 'pp41@2023', clusterId, asOf: AS_OF, costs } })).json();
    assert.deepEqual([r.amount, r.eligibleCosts, r.excluded[0].reason], [0, 0, 'cluster-not-compliant']);
    const bad = await admin.inject({ method: 'POST', url: '/api/subsidy/calculate', payload: { ruleset: 'pp41@2099', clusterId, costs } });
    assert.equal(bad.statusCode, 404);
  });

  test('demo purchases are stored per organisation and year, and exceed what the enterprise buys inside the registry', async () => {
    const rows = await purchasesByInn(db(), ['4007986291']);
    assert.deepEqual(rows.map((p) => p.year), [2023, 2024, 2025]);
    const [bought] = await db().query<{ total: number }>(
      `SELECT coalesce(sum(l.volume), 0)::float8 AS total FROM links l JOIN organisations b ON b.id = l.buyer_id WHERE b.inn = '4007986291' AND l.year = 2025`,
    );
    assert.ok(rows[2]!.intermediateTotal >= bought!.total);
    assert.ok(rows[2]!.imported <= rows[2]!.intermediateTotal);
    // upsert replaces the row in place; an INN outside the registry is skipped
    const written = await db().transaction((tx) => upsertPurchases(tx, [
      { inn: '4007986291', year: 2025, intermediateTotal: 2_000_000_000, imported: 100_000_000, source: 'survey' },
      { inn: '7707083893', year: 2025, intermediateTotal: 1, imported: 0, source: 'survey' },
    ]));
    assert.equal(written, 1);
    const again = await purchasesByInn(db(), ['4007986291']);
    assert.deepEqual(again.map((p) => [p.year, p.intermediateTotal, p.imported, p.source]).slice(1), [
      [2024, rows[1]!.intermediateTotal, rows[1]!.imported, 'demo'], [2025, 2_000_000_000, 100_000_000, 'survey'],
    ]);
  });

  after(async () => {
    await app?.close();
  });
});
