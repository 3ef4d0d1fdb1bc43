import { before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { FastifyInstance } from 'fastify';
import { describeOnDatabases, type Database } from '@klaster/db';
import { buildApp } from '../app.ts';
import { signedInAs, type SignedInClient } from '../testing/auth.ts';
import { hashToken, SESSION_COOKIE, SESSION_IDLE_SECONDS, SESSION_TOUCH_SECONDS } from './session.ts';

/** The session row of a client: its row version (xmin changes with every write, even one that changes nothing), last seen and expiry. */
async function sessionRow(db: () => Database, client: SignedInClient) {
  const token = client.cookie.slice(SESSION_COOKIE.length + 1);
  const [row] = await db().query<{ xmin: string; last_seen_at: Date; expires_at: Date }>(
    `SELECT xmin::text AS xmin, last_seen_at, expires_at FROM sessions WHERE token_hash = $1`, [hashToken(token)]);
  assert.ok(row, 'the session row exists');
  return { ...row, tokenHash: hashToken(token) };
}

describeOnDatabases('sessions: written at most once a minute, expiring as before', (db) => {
  let app: FastifyInstance;
  before(async () => {
    app = await buildApp({ db: db() });
  });

  test('quick requests read the session without writing it', async () => {
    const client = await signedInAs(app, db(), 'admin', { login: 'session.quick' });
    const first = await sessionRow(db, client);
    for (let i = 0; i < 3; i++) assert.equal((await client.inject('/api/auth/me')).statusCode, 200);
    const after = await sessionRow(db, client);
    assert.equal(after.xmin, first.xmin, 'the row was not written again');
    assert.equal(after.last_seen_at.getTime(), first.last_seen_at.getTime());
    assert.equal(after.expires_at.getTime(), first.expires_at.getTime());
  });

  test('a request more than a minute after the last write moves last-seen and the expiry on, in the same request', async () => {
    const client = await signedInAs(app, db(), 'admin', { login: 'session.later' });
    const { tokenHash } = await sessionRow(db, client);
    await db().query(
      `UPDATE sessions SET last_seen_at = now() - make_interval(secs => $2), expires_at = now() + make_interval(secs => $3) WHERE token_hash = $1`,
      [tokenHash, SESSION_TOUCH_SECONDS + 5, SESSION_IDLE_SECONDS - SESSION_TOUCH_SECONDS - 5]);
    const stale = await sessionRow(db, client);
    const before = Date.now();
    assert.equal((await client.inject('/api/auth/me')).statusCode, 200);
    const touched = await sessionRow(db, client);
    assert.notEqual(touched.xmin, stale.xmin);
    assert.ok(touched.last_seen_at.getTime() >= before - 5_000, 'last seen is now');
    const expected = touched.last_seen_at.getTime() + SESSION_IDLE_SECONDS * 1000;
    assert.equal(touched.expires_at.getTime(), expected, 'the expiry is again the idle time after last seen');
  });

  test('an expired session is refused, however recently it was seen, and is not revived', async () => {
    const client = await signedInAs(app, db(), 'admin', { login: 'session.expired' });
    const { tokenHash } = await sessionRow(db, client);
    await db().query(`UPDATE sessions SET expires_at = now() - interval '1 second' WHERE token_hash = $1`, [tokenHash]);
    assert.equal((await client.inject('/api/auth/me')).statusCode, 401);
    assert.equal((await client.inject('/api/auth/session')).json().user, null);
    await db().query(`UPDATE sessions SET last_seen_at = now() - interval '1 hour' WHERE token_hash = $1`, [tokenHash]);
    assert.equal((await client.inject('/api/auth/me')).statusCode, 401, 'a stale last-seen does not bring an expired session back');
    const [row] = await db().query<{ live: boolean }>(`SELECT expires_at > now() AS live FROM sessions WHERE token_hash = $1`, [tokenHash]);
    assert.equal(row!.live, false);
  });

  test('a disabled account\'s session is refused at once', async () => {
    const client = await signedInAs(app, db(), 'admin', { login: 'session.disabled' });
    assert.equal((await client.inject('/api/auth/me')).statusCode, 200);
    await db().query(`UPDATE users SET disabled = true WHERE login = 'session.disabled'`);
    assert.equal((await client.inject('/api/auth/me')).statusCode, 401);
  });
});
