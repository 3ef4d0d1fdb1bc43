import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '@klaster/db';
import { generateDemoData } from '@klaster/data';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { loadDemoData } from '../services/demo.service.ts';

const demo = generateDemoData();
const potential = (key: string) => new Set(demo.potentialSuppliers.find((g) => g.key === key)!.inns);

interface Ranked { rank: number; capability: { id: number; supplierInn: string; supplierId: number }; score: { components: { key: string; value: number }[] } }

describeOnDatabases('Matchmaking on the demo data', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  before(async () => {
    app = await buildApp({ db: db() });
    admin = await signedInAs(app, db(), 'admin', { login: 'tester' });
    await loadDemoData(db());
  });

  const needsOf = async (region: string) =>
    (await admin.inject(`/api/needs?region=${region}&pageSize=100`)).json().items as { id: number; buyerId: number; buyerInn: string; okpd2: string[] }[];

  test('every Astrakhan shipyard need ranks a potential-supplier SME in the top 5, with components shown', async () => {
    const needs = await needsOf('30');
    assert.equal(needs.length, 5);
    const smes = potential('astrakhan-shipbuilding');
    for (const need of needs) {
      const items = (await admin.inject(`/api/needs/${need.id}/suppliers?limit=5`)).json().items as Ranked[];
      const hit = items.find((i) => smes.has(i.capability.supplierInn));
      assert.ok(hit, `need ${need.okpd2.join(',')}: no potential supplier in the top 5`);
      assert.deepEqual(hit.score.components.map((c) => c.key), ['product', 'proximity', 'capacity', 'sme', 'sameCluster', 'pastLinks']);
      assert.equal(hit.score.components.find((c) => c.key === 'sme')!.value, 1);
    }
  });

  test('the Komi oil-and-gas needs find the potential SMEs too', async () => {
    const smes = potential('komi-oilgas');
    const needs = await needsOf('11');
    assert.equal(needs.length, 4);
    let found = 0;
    for (const need of needs) {
      const items = (await admin.inject(`/api/needs/${need.id}/suppliers?limit=5`)).json().items as Ranked[];
      if (items.some((i) => smes.has(i.capability.supplierInn))) found++;
    }
    assert.equal(found, 4);
  });

  test('accepting a request from a shipyard to a potential supplier adds a declared link with history', async () => {
    const [need] = (await needsOf('30')).filter((n) => n.okpd2.includes('25.62.20'));
    const smes = potential('astrakhan-shipbuilding');
    const top = ((await admin.inject(`/api/needs/${need!.id}/suppliers?smeOnly=true`)).json().items as Ranked[]).find((i) => smes.has(i.capability.supplierInn))!;
    const request = (await admin.inject({ method: 'POST', url: '/api/contact-requests', payload: { needId: need!.id, capabilityId: top.capability.id, fromOrganisationId: need!.buyerId } })).json();
    const accepted = (await admin.inject({ method: 'POST', url: `/api/contact-requests/${request.id}/accept` })).json();
    assert.equal(accepted.status, 'accepted');
    const rows = await db().query<{ action: string }>(`SELECT action FROM history WHERE entity = 'link' AND entity_id = $1`, [accepted.linkId]);
    assert.deepEqual(rows.map((r) => r.action), ['create']);
  });

  test('value-chain gaps of the Astrakhan cluster and the Novosibirsk investor chains are not empty', async () => {
    const cluster = (await db().query<{ id: number }>(`SELECT id FROM clusters WHERE code = 'astrakhan-shipbuilding'`))[0]!;
    const gaps = (await admin.inject(`/api/clusters/${cluster.id}/value-chain-gaps`)).json();
    assert.ok(gaps.gaps.length > 0);
    assert.ok(gaps.gaps.some((g: { importReplacementNeeds: number }) => g.importReplacementNeeds > 0));
    const smes = potential('astrakhan-shipbuilding');
    assert.ok(gaps.gaps.some((g: { candidates: { inn: string }[] }) => g.candidates.some((c) => smes.has(c.inn))), 'a potential SME is offered for some gap');
    const chains = (await admin.inject('/api/investor/chains?region=54')).json();
    assert.ok(chains.items.length > 0);
    assert.ok(chains.items.every((c: { rank: number }, i: number) => c.rank === i + 1));
  });
});
