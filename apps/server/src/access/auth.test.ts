import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import { Writable } from 'node:stream';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, signIn, TEST_PASSWORD, type SignedInClient } from '../testing/auth.ts';
import { hashPassword, verifyPassword } from './passwords.ts';
import { CSRF_HEADER, SESSION_COOKIE } from './session.ts';

const cookieOf = (res: { headers: Record<string, unknown> }) =>
  [res.headers['set-cookie']].flat().map(String).find((c) => c.startsWith(SESSION_COOKIE + '='))?.split(';')[0];

test('passwords: scrypt hashes verify, carry their parameters, and differ for the same password', async () => {
  const a = await hashPassword('Пароль-123456', { N: 2 ** 12, r: 8, p: 1 });
  const b = await hashPassword('Пароль-123456', { N: 2 ** 12, r: 8, p: 1 });
  assert.notEqual(a, b);
  assert.match(a, /^scrypt\$4096\$8\$1\$/);
  assert.equal(await verifyPassword('Пароль-123456', a), true);
  assert.equal(await verifyPassword('Пароль-123457', a), false);
  assert.equal(await verifyPassword('anything', 'garbage'), false);
});

describeOnDatabases('accounts, sessions and audit', (db) => {
  let app: FastifyInstance;
  let admin: SignedInClient;
  const logLines: string[] = [];
  before(async () => {
    const stream = new Writable({ write(chunk, _enc, done) { logLines.push(String(chunk)); done(); } });
    app = await buildApp({ db: db() }, { logger: true, logStream: stream });
    admin = await signedInAs(app, db(), 'admin', { login: 'chief' });
  });

  test('sign-in sets an httpOnly SameSite=Strict cookie; a wrong password is 401 with the same message as an unknown login', async () => {
    const ok = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'CHIEF', password: TEST_PASSWORD } });
    assert.equal(ok.statusCode, 200);
    const setCookie = String([ok.headers['set-cookie']].flat()[0]);
    assert.match(setCookie, /HttpOnly/);
    assert.match(setCookie, /SameSite=Strict/);
    assert.equal(ok.json().user.role, 'admin');
    const wrong = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'chief', password: 'not-the-password-1' } });
    const unknown = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'nobody-here', password: 'not-the-password-1' } });
    assert.equal(wrong.statusCode, 401);
    assert.equal(unknown.statusCode, 401);
    assert.equal(wrong.json().error.message, unknown.json().error.message);
  });

  test('session fixation: a cookie planted before sign-in is never accepted, and every sign-in gets a new token', async () => {
    const planted = `${SESSION_COOKIE}=attacker-chosen-token`;
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'chief', password: TEST_PASSWORD }, headers: { cookie: planted } });
    const issued = cookieOf(res);
    assert.ok(issued && issued !== planted);
    assert.equal((await app.inject({ url: '/api/auth/session', headers: { cookie: planted } })).json().user, null);
    const again = await signIn(app, 'chief', TEST_PASSWORD);
    assert.notEqual(again.cookie, issued);
  });

  test('CSRF: an unsafe request with the session cookie but without the token is refused and changes nothing', async () => {
    const payload = { inn: '7707083893', name: 'ПАО «Без токена»', kind: 'industrial', okvedMain: '21.20', regionCode: '77' };
    const noToken = await app.inject({ method: 'POST', url: '/api/organisations', payload, headers: { cookie: admin.cookie } });
    assert.equal(noToken.statusCode, 403);
    assert.equal(noToken.json().error.details[0].path, 'headers.x-csrf-token');
    const wrongToken = await app.inject({ method: 'POST', url: '/api/organisations', payload, headers: { cookie: admin.cookie, [CSRF_HEADER]: 'x'.repeat(admin.csrfToken.length) } });
    assert.equal(wrongToken.statusCode, 403);
    assert.equal((await admin.inject('/api/organisations?q=Без токена')).json().total, 0);
    assert.equal((await admin.inject({ method: 'POST', url: '/api/organisations', payload })).statusCode, 200);
  });

  test('after five wrong passwords the login is locked for 15 minutes, even with the right one', async () => {
    await signedInAs(app, db(), 'expert', { login: 'locked.expert' });
    for (let i = 0; i < 5; i++)
      assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'locked.expert', password: `wrong-${i}-password` } })).statusCode, 401);
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'locked.expert', password: TEST_PASSWORD } });
    assert.equal(res.statusCode, 429);
    assert.equal(res.json().error.code, 'rate_limited');
    // Retry-After: when the oldest counted failure leaves the 15-minute window, in seconds; the message says it too
    const retryAfter = Number(res.headers['retry-after']);
    assert.ok(retryAfter > 15 * 60 - 30 && retryAfter <= 15 * 60, `Retry-After ${res.headers['retry-after']}`);
    assert.equal(res.json().error.message, 'Слишком много неудачных попыток входа. Повторите через 15 мин');
    assert.equal(res.json().error.messageEn, 'Too many failed sign-in attempts. Try again in 15 min');
  });

  test('the wait is counted from the oldest failure in the window: seven minutes ago leaves eight; past the window the login opens', async () => {
    await signedInAs(app, db(), 'expert', { login: 'waiting.expert' });
    for (let i = 0; i < 5; i++) await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'waiting.expert', password: `wrong-${i}-password` } });
    // the failures happened 7, 6, 5, 4 and 3 minutes ago
    await db().query(
      `UPDATE login_failures f SET at = now() - make_interval(mins => 8 - n.rn::int)
       FROM (SELECT id, row_number() OVER (ORDER BY id) AS rn FROM login_failures WHERE login = 'waiting.expert') n WHERE f.id = n.id`);
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'waiting.expert', password: TEST_PASSWORD } });
    assert.equal(res.statusCode, 429);
    const retryAfter = Number(res.headers['retry-after']);
    assert.ok(Math.abs(retryAfter - 8 * 60) <= 2, `the oldest failure (7 min ago) leaves in 8 min: Retry-After ${retryAfter}`);
    assert.match(res.json().error.message, /Повторите через 8 мин$/);
    // one failure leaves the window: four remain, and the right password works again
    await db().query(`UPDATE login_failures SET at = now() - interval '16 minutes' WHERE login = 'waiting.expert' AND at < now() - interval '6 minutes 30 seconds'`);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'waiting.expert', password: TEST_PASSWORD } })).statusCode, 200);
  });

  test('twenty failures from one address lock it for every login, with the wait of that address', async () => {
    await signedInAs(app, db(), 'expert', { login: 'address.expert' });
    // the earlier tests' failures came from the same address (app.inject): only these twenty count here
    const earlier = await db().query<{ id: number; login: string; ip: string; at: Date }>(`DELETE FROM login_failures WHERE ip = '127.0.0.1' RETURNING id, login, ip, at`);
    try {
      await db().query(`INSERT INTO login_failures (login, ip, at) SELECT 'guess-' || g, '127.0.0.1', now() - interval '10 minutes' + make_interval(secs => g) FROM generate_series(1, 20) g`);
      const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'address.expert', password: TEST_PASSWORD } });
      assert.equal(res.statusCode, 429);
      const retryAfter = Number(res.headers['retry-after']);
      assert.ok(Math.abs(retryAfter - (5 * 60 + 1)) <= 3, `the oldest of the twenty (10 min ago) leaves in 5 min: Retry-After ${retryAfter}`);
      assert.match(res.json().error.message, /Повторите через 6 мин$/);
    } finally {
      await db().query(`DELETE FROM login_failures WHERE ip = '127.0.0.1'`);
      for (const f of earlier) await db().query(`INSERT INTO login_failures (login, ip, at) VALUES ($1, $2, $3)`, [f.login, f.ip, f.at]);
    }
  });

  test('sign-out ends the session on the server: the old cookie no longer works', async () => {
    const client = await signIn(app, 'chief', TEST_PASSWORD);
    assert.equal((await client.inject('/api/auth/me')).statusCode, 200);
    assert.equal((await client.inject({ method: 'POST', url: '/api/auth/logout' })).json().signedOut, true);
    assert.equal((await client.inject('/api/auth/me')).statusCode, 401);
  });

  test('an administrator creates an account; the user must change the given password first; reset and disable end sessions', async () => {
    const created = await admin.inject({ method: 'POST', url: '/api/users', payload: { login: 'operator.tula', displayName: 'Оператор «Тула» <ТО>', role: 'regional_operator', regionCodes: ['71'], password: 'Vremenny-2026' } });
    assert.equal(created.statusCode, 200, created.body);
    const id = created.json().id;
    assert.equal(created.json().mustChangePassword, true);
    assert.equal(JSON.stringify(created.json()).includes('scrypt'), false);
    const badScope = await admin.inject({ method: 'POST', url: '/api/users', payload: { login: 'operator.x', displayName: 'X', role: 'regional_operator', regionCodes: ['99'], password: 'Vremenny-2026' } });
    assert.equal(badScope.statusCode, 400);
    assert.equal(badScope.json().error.details[0].path, 'body.regionCodes');
    const duplicate = await admin.inject({ method: 'POST', url: '/api/users', payload: { login: 'OPERATOR.TULA', displayName: 'X', role: 'expert', password: 'Vremenny-2026' } });
    assert.equal(duplicate.statusCode, 409);

    const user = await signIn(app, 'operator.tula', 'Vremenny-2026');
    const blocked = await user.inject('/api/links');
    assert.equal(blocked.statusCode, 403);
    assert.match(blocked.json().error.message, /Смените пароль/);
    const weak = await user.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'Vremenny-2026', newPassword: 'onlyletterslong' } });
    assert.equal(weak.statusCode, 400);
    assert.equal((await user.inject({ method: 'POST', url: '/api/auth/password', payload: { currentPassword: 'Vremenny-2026', newPassword: 'Svoy-parol-2026' } })).statusCode, 200);
    assert.equal((await user.inject('/api/links')).statusCode, 200);

    assert.equal((await admin.inject({ method: 'POST', url: `/api/users/${id}/password`, payload: { password: 'Novy-vremenny-1' } })).statusCode, 200);
    assert.equal((await user.inject('/api/auth/me')).statusCode, 401, 'a reset ends the open sessions');
    const again = await signIn(app, 'operator.tula', 'Novy-vremenny-1');
    assert.equal((await again.inject('/api/auth/me')).json().mustChangePassword, true);
    assert.equal((await admin.inject({ method: 'PUT', url: `/api/users/${id}`, payload: { disabled: true } })).statusCode, 200);
    assert.equal((await again.inject('/api/auth/me')).statusCode, 401);
    assert.equal((await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'operator.tula', password: 'Novy-vremenny-1' } })).statusCode, 401);
  });

  test('the audit log records changes, reads of closed data, refusals and sign-ins, and exports to CSV', async () => {
    const operator = await signedInAs(app, db(), 'regional_operator', { login: 'audit.operator', regionCodes: ['77'] });
    await operator.inject('/api/links?pageSize=1');
    await operator.inject('/api/users');
    await app.inject('/api/organisations'); // public read: not logged
    await new Promise((resolve) => setTimeout(resolve, 50)); // onResponse hooks run after the reply
    const log = (await admin.inject('/api/audit?pageSize=500')).json();
    const mine = log.items.filter((e: { login: string }) => e.login === 'audit.operator');
    const actions = new Set(mine.map((e: { action: string }) => e.action));
    for (const action of ['sign_in', 'read', 'denied']) assert.ok(actions.has(action), `no ${action} in ${[...actions]}`);
    assert.ok(mine.some((e: { action: string; route: string; status: number }) => e.action === 'denied' && e.route === '/api/users' && e.status === 403));
    assert.ok(log.items.some((e: { action: string; route: string }) => e.action === 'change' && e.route === '/api/organisations'));
    assert.ok(log.items.some((e: { action: string; login: string }) => e.action === 'sign_in_failed' && e.login === 'nobody-here'));
    assert.ok(!log.items.some((e: { route: string; login: string | null }) => e.route === '/api/organisations' && e.login === null));
    const csv = await admin.inject('/api/audit/export');
    assert.equal(csv.statusCode, 200);
    assert.match(csv.body, /audit\.operator;regional_operator;denied;GET;\/api\/users/);
    assert.equal((await operator.inject('/api/audit')).statusCode, 403);
  });

  test('secrets never reach the log: no password, session token or CSRF token', async () => {
    const all = logLines.join('\n');
    assert.ok(all.length > 0, 'the logger wrote nothing');
    assert.equal(all.includes(TEST_PASSWORD), false);
    assert.equal(all.includes('Vremenny-2026'), false);
    assert.equal(all.includes(admin.cookie.split('=')[1]!), false);
    assert.equal(all.includes(admin.csrfToken), false);
  });
});
