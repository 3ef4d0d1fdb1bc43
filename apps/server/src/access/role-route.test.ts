import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import type { Role } from '@klaster/contract';
import { createUser, describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { signIn, type SignedInClient } from '../testing/auth.ts';
import { allows } from './access.ts';
import { DEMO_PASSWORD } from './demo-accounts.ts';
import { hashPassword } from './passwords.ts';
import { listDeclaredRoutes, type DeclaredRoute } from './session.ts';

/** Demo accounts (one per role); null is the public. */
const ACTORS: { login: string | null; role: Role | null }[] = [
  { login: null, role: null },
  { login: 'admin', role: 'admin' },
  { login: 'kaluga', role: 'regional_operator' },
  { login: 'biysk-so', role: 'specialised_org' },
  { login: 'shipyard', role: 'enterprise' },
  { login: 'expert1', role: 'expert' },
];

interface Ids {
  kalugaOrg: number;
  altaiOrg: number;
  kalugaCluster: number;
  altaiCluster: number;
  astrakhanCluster: number;
  kalugaLink: number;
  altaiLink: number;
}

describeOnDatabases('every route × every role', (db) => {
  let app: FastifyInstance;
  const clients = new Map<string | null, SignedInClient | null>();
  const ids = {} as Ids;

  before(async () => {
    await loadDemoData(db());
    app = await buildApp({ db: db() });
    for (const actor of ACTORS) clients.set(actor.login, actor.login ? await signIn(app, actor.login, DEMO_PASSWORD) : null);
    for (const login of ['altai', 'astrakhan']) clients.set(login, await signIn(app, login, DEMO_PASSWORD));
    const one = async (sql: string, params: unknown[] = []) => Number((await db().query<{ id: number }>(sql, params))[0]!.id);
    ids.kalugaOrg = await one(`SELECT id FROM organisations WHERE region_code = '40' ORDER BY id LIMIT 1`);
    ids.altaiOrg = await one(`SELECT id FROM organisations WHERE region_code = '22' ORDER BY id LIMIT 1`);
    ids.kalugaCluster = await one(`SELECT id FROM clusters WHERE '40' = ANY(regions) AND status = 'in_registry' ORDER BY id LIMIT 1`);
    ids.altaiCluster = await one(`SELECT id FROM clusters WHERE code = 'altai-biopharma'`);
    ids.astrakhanCluster = await one(`SELECT id FROM clusters WHERE code = 'astrakhan-shipbuilding'`);
    ids.kalugaLink = await one(`SELECT l.id FROM links l JOIN organisations s ON s.id = l.supplier_id JOIN organisations b ON b.id = l.buyer_id WHERE s.region_code = '40' AND b.region_code = '40' ORDER BY l.id LIMIT 1`);
    ids.altaiLink = await one(`SELECT l.id FROM links l JOIN organisations s ON s.id = l.supplier_id JOIN organisations b ON b.id = l.buyer_id WHERE s.region_code = '22' AND b.region_code = '22' ORDER BY l.id LIMIT 1`);
  });

  const call = (login: string | null, method: string, url: string, payload?: unknown) => {
    const client = clients.get(login);
    const options = { method: method as 'GET', url, ...(payload !== undefined ? { payload: payload as object } : {}) };
    return client ? client.inject(options) : app.inject(options);
  };

  /**
   * A concrete URL for a route pattern. Reads get ids that exist; writes get an id that does not, so that
   * walking every route changes nothing (an allowed write answers 400 or 404, a refused one 401 or 403).
   */
  function concrete(route: DeclaredRoute): string {
    const read = route.method === 'GET';
    return route.url
      .replace(':kind', 'organisations')
      .replace(/:(id|other)\b/g, () => (!read ? '999999' : route.url.startsWith('/api/organisations') ? String(ids.kalugaOrg) : route.url.startsWith('/api/clusters') ? String(ids.kalugaCluster) : '1'))
      .replace(':version', '2024-01-01')
      .replace(/:[a-zA-Z]+/g, '1');
  }

  test('every API route declares its access, and the gate answers as declared for every role', async () => {
    const routes = listDeclaredRoutes(app);
    assert.ok(routes.length >= 60, `only ${routes.length} routes declared`);
    const problems: string[] = [];
    for (const route of routes) {
      if (route.url === '/api/auth/login' || route.url === '/api/auth/logout') continue; // would change the sessions under test
      for (const actor of ACTORS) {
        const user = actor.login ? clients.get(actor.login)!.user : null;
        const unsafe = route.method !== 'GET';
        const res = await call(actor.login, route.method, concrete(route), unsafe ? {} : undefined);
        const allowed = allows(route.access, user);
        const who = actor.login ?? 'public';
        if (res.statusCode >= 500) problems.push(`${route.method} ${route.url} as ${who}: ${res.statusCode} ${res.body.slice(0, 200)}`);
        else if (!allowed && res.statusCode !== (user ? 403 : 401)) problems.push(`${route.method} ${route.url} as ${who}: expected ${user ? 403 : 401}, got ${res.statusCode}`);
        else if (allowed && res.statusCode === 401) problems.push(`${route.method} ${route.url} as ${who}: allowed but got 401`);
        if (res.statusCode >= 400 && res.headers['content-type']?.toString().includes('json')) {
          const body = res.json() as { error?: { code?: string } };
          if (!body.error?.code) problems.push(`${route.method} ${route.url} as ${who}: error without the one error shape`);
        }
      }
    }
    assert.deepEqual(problems, []);
  });

  test('an account that must change its given password: public routes answer as for the public, closed ones are held', async () => {
    // an Astrakhan operator, whose region holds an unpublished cluster the public cannot see
    await createUser(db(), {
      login: 'astrakhan.new', displayName: 'Новый оператор (Астрахань)', passwordHash: await hashPassword('Vremenny-2026', { N: 2 ** 12, r: 8, p: 1 }),
      role: 'regional_operator', regionCodes: ['30'], mustChangePassword: true,
    });
    const held = await signIn(app, 'astrakhan.new', 'Vremenny-2026');
    const problems: string[] = [];
    for (const route of listDeclaredRoutes(app)) {
      if (route.url.startsWith('/api/auth/')) continue; // the session and the password change stay open (auth.test.ts)
      const unsafe = route.method !== 'GET';
      const options = { method: route.method as 'GET', url: concrete(route), ...(unsafe ? { payload: {} } : {}) };
      const res = await held.inject(options);
      if (route.access !== 'public') {
        if (res.statusCode !== 403) problems.push(`${route.method} ${route.url}: expected 403, got ${res.statusCode}`);
        continue;
      }
      const asPublic = await app.inject(options);
      if (res.statusCode !== asPublic.statusCode) problems.push(`${route.method} ${route.url}: ${res.statusCode}, the public gets ${asPublic.statusCode}`);
    }
    assert.deepEqual(problems, []);
    assert.equal((await held.inject(`/api/clusters/${ids.astrakhanCluster}`)).statusCode, 404, 'the unpublished cluster of its region stays closed');
    const list = (await held.inject('/api/clusters?pageSize=100')).json();
    assert.deepEqual(list, (await call(null, 'GET', '/api/clusters?pageSize=100')).json());
    const stats = await held.inject('/api/stats');
    assert.equal(stats.statusCode, 200);
    assert.deepEqual(stats.json(), (await call(null, 'GET', '/api/stats')).json());
  });

  test('a regional operator guessing ids of another region: 404 where existence must not leak, 403 where the object is public', async () => {
    // an Altai organisation card is public, its links and history are not
    assert.equal((await call('kaluga', 'GET', `/api/organisations/${ids.altaiOrg}`)).json().topLinks, null);
    assert.ok(Array.isArray((await call('kaluga', 'GET', `/api/organisations/${ids.kalugaOrg}`)).json().topLinks));
    assert.equal((await call('kaluga', 'GET', `/api/history?entity=organisation&entityId=${ids.altaiOrg}`)).statusCode, 404);
    assert.equal((await call('kaluga', 'GET', `/api/history?entity=organisation&entityId=${ids.kalugaOrg}`)).statusCode, 200);
    assert.equal((await call('kaluga', 'GET', `/api/history?entity=link&entityId=${ids.altaiLink}`)).statusCode, 404);
    assert.equal((await call('kaluga', 'DELETE', `/api/links/${ids.altaiLink}`)).statusCode, 404);
    assert.equal((await call('kaluga', 'DELETE', `/api/organisations/${ids.altaiOrg}`)).statusCode, 403);
    const org = (await call('admin', 'GET', `/api/organisations/${ids.altaiOrg}`)).json();
    const edit = { inn: org.inn, name: org.name + ' (изм.)', kind: org.kind, okvedMain: org.okvedMain, regionCode: org.regionCode };
    assert.equal((await call('kaluga', 'PUT', `/api/organisations/${ids.altaiOrg}`, edit)).statusCode, 403);
    assert.equal((await call('altai', 'PUT', `/api/organisations/${ids.altaiOrg}`, edit)).statusCode, 200);
    // the Astrakhan group is not in the registry: unpublished, so invisible outside Astrakhan
    assert.equal((await call('kaluga', 'GET', `/api/clusters/${ids.astrakhanCluster}`)).statusCode, 404);
    assert.equal((await call(null, 'GET', `/api/clusters/${ids.astrakhanCluster}`)).statusCode, 404);
    assert.equal((await call('astrakhan', 'GET', `/api/clusters/${ids.astrakhanCluster}`)).statusCode, 200);
    const publicList = (await call(null, 'GET', '/api/clusters?pageSize=100')).json().items as { id: number; status: string }[];
    assert.ok(publicList.every((c) => c.status === 'in_registry' || c.status === 'excluded'));
    assert.ok(!publicList.some((c) => c.id === ids.astrakhanCluster));
    // links: only those touching Kaluga
    const links = (await call('kaluga', 'GET', '/api/links?pageSize=500')).json().items as { supplierId: number; buyerId: number }[];
    assert.ok(links.length > 0);
    const regions = new Map((await db().query<{ id: number; region_code: string }>(`SELECT id, region_code FROM organisations`)).map((r) => [Number(r.id), r.region_code]));
    assert.ok(links.every((l) => regions.get(l.supplierId) === '40' || regions.get(l.buyerId) === '40'));
  });

  test('a regional operator cannot import, export or run discovery outside their regions', async () => {
    const export40 = await call('kaluga', 'GET', '/api/export/organisations?format=json');
    assert.equal(export40.statusCode, 200);
    const exported = JSON.parse(export40.body) as { records: { regionCode: string }[] };
    assert.ok(exported.records.length > 0 && exported.records.every((r) => r.regionCode === '40'));
    const refused = await call('kaluga', 'POST', '/api/discovery/runs', { regions: ['22'] });
    assert.equal(refused.statusCode, 403);
    assert.match(refused.json().error.details[0].path, /regions/);
    const started = await call('kaluga', 'POST', '/api/discovery/runs', {});
    assert.equal(started.statusCode, 202);
    const run = (await call('kaluga', 'GET', `/api/discovery/runs/${started.json().id}`)).json();
    assert.deepEqual(run.regionCodes, ['40']);
    assert.equal((await call('altai', 'GET', `/api/discovery/runs/${started.json().id}`)).statusCode, 404);
  });

  test('a specialised organisation manages its own cluster only; an enterprise sees its own links only', async () => {
    assert.equal((await call('biysk-so', 'GET', `/api/clusters/${ids.altaiCluster}/value-chain-gaps`)).statusCode, 200);
    assert.equal((await call('biysk-so', 'GET', `/api/clusters/${ids.kalugaCluster}/value-chain-gaps`)).statusCode, 403);
    assert.equal((await call('biysk-so', 'DELETE', `/api/clusters/${ids.altaiCluster}`)).statusCode, 403);
    const shipyard = clients.get('shipyard')!.user.organisationId!;
    const own = (await call('shipyard', 'GET', '/api/links?pageSize=500')).json().items as { supplierId: number; buyerId: number }[];
    assert.ok(own.length > 0 && own.every((l) => l.supplierId === shipyard || l.buyerId === shipyard));
    assert.equal((await call('shipyard', 'GET', `/api/contact-requests?organisation=${ids.kalugaOrg}`)).statusCode, 403);
    assert.equal((await call('expert1', 'GET', '/api/links')).statusCode, 403);
  });
});
