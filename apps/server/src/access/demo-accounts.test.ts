import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { loadDemoData } from '../services/demo.service.ts';
import { DEMO_EXPERTS, DEMO_KOMI_SO } from '../expert/demo-expert-story.ts';
import { signedInAs, signIn } from '../testing/auth.ts';
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from './demo-accounts.ts';
import { hashPassword } from './passwords.ts';

interface Listed { login: string; role: string; displayName: string; scope: string; scopeEn: string }

describeOnDatabases('GET /api/demo/accounts: the demo accounts this installation holds', (db) => {
  let app: FastifyInstance;
  const list = async () => {
    const res = await app.inject('/api/demo/accounts');
    assert.equal(res.statusCode, 200, res.body);
    return res.json() as { password: string | null; accounts: Listed[] };
  };
  before(async () => {
    app = await buildApp({ db: db() });
  });

  test('an installation without demo accounts lists none and publishes no password', async () => {
    await signedInAs(app, db(), 'admin', { login: 'own.admin' }); // an account of the installation's own
    assert.deepEqual(await list(), { password: null, accounts: [] });
  });

  test('with the demo loaded: every demo account, whichever module created it, with its role, name and scope in words', async () => {
    await loadDemoData(db());
    const { password, accounts } = await list();
    assert.equal(password, DEMO_PASSWORD);
    const expected = [...DEMO_ACCOUNTS.map((a) => a.login), ...DEMO_EXPERTS.filter((e) => e.create).map((e) => e.login), DEMO_KOMI_SO.login];
    assert.deepEqual(accounts.map((a) => a.login).sort(), [...expected].sort());
    for (const login of ['expert3', 'expert4', 'komi-so']) assert.ok(accounts.some((a) => a.login === login), `${login} is listed`);
    assert.ok(!accounts.some((a) => a.login === 'own.admin'));
    assert.deepEqual(accounts.map((a) => a.role), [...accounts.map((a) => a.role)].sort((x, y) => ROLE_ORDER.indexOf(x) - ROLE_ORDER.indexOf(y)), 'ordered by role');
    const by = new Map(accounts.map((a) => [a.login, a]));
    assert.deepEqual(by.get('kaluga'), { login: 'kaluga', role: 'regional_operator', displayName: 'Агентство развития Калужской области (демо)', scope: 'Калужская область (40)', scopeEn: 'Kaluga Oblast (40)' });
    const [cluster] = await db().query<{ name: string }>(`SELECT name FROM clusters WHERE code = 'komi-woodworking'`);
    assert.equal(by.get('komi-so')!.scope, cluster!.name);
    assert.equal(by.get('komi-so')!.role, 'specialised_org');
    const [shipyard] = await db().query<{ name: string }>(`SELECT coalesce(o.short_name, o.name) AS name FROM organisations o JOIN users u ON u.organisation_id = o.id WHERE u.login = 'shipyard'`);
    assert.equal(by.get('shipyard')!.scope, shipyard!.name);
    assert.equal(by.get('expert3')!.displayName, 'Эксперт Кузнецова М. Ю. (демо)');
    assert.match(by.get('admin')!.scope, /все регионы/);
    assert.doesNotMatch(JSON.stringify(accounts), /scrypt|password_hash|"id"/);
    // what the panel offers works: each listed login signs in with the listed password
    for (const login of ['komi-so', 'expert4', 'shipyard']) assert.equal((await signIn(app, login, password!)).user.login, login);
  });

  test('an account the demo password no longer opens leaves the list: disabled, reset by an administrator, or its password changed', async () => {
    await db().query(`UPDATE users SET disabled = true WHERE login = 'expert2'`);
    await db().query(`UPDATE users SET must_change_password = true WHERE login = 'altai'`);
    await db().query(`UPDATE users SET password_hash = $1 WHERE login = 'novosibirsk'`, [await hashPassword('Svoy-parol-2026', { N: 2 ** 12, r: 8, p: 1 })]);
    const logins = (await list()).accounts.map((a) => a.login);
    for (const gone of ['expert2', 'altai', 'novosibirsk']) assert.ok(!logins.includes(gone), `${gone} is not listed`);
    assert.ok(logins.includes('kaluga') && logins.includes('expert1'));
  });

  test('the route is public and needs no session', async () => {
    const res = await app.inject({ url: '/api/demo/accounts', headers: { cookie: 'klaster_session=unknown' } });
    assert.equal(res.statusCode, 200);
  });
});

const ROLE_ORDER = ['admin', 'regional_operator', 'specialised_org', 'enterprise', 'expert'];
