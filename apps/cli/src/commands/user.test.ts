import { after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openDatabase } from '@klaster/db';
import { buildApp } from '@klaster/server';
import type { CliContext } from '../context.ts';
import { userCommand } from './user.ts';

const dir = mkdtempSync(join(tmpdir(), 'klaster-cli-user-'));
const dataDir = join(dir, 'db');
after(() => rmSync(dir, { recursive: true, force: true }));

function captured(env: NodeJS.ProcessEnv = {}): { ctx: CliContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { ctx: { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, env }, out: () => out, err: () => err };
}

test('klaster user add creates the first administrator of an installation, who signs in and must change the password', async () => {
  const add = captured({ KLASTER_PASSWORD: 'Pervy-admin-2026' });
  assert.equal(await userCommand(['add', 'chief', '--role', 'admin', '--name', 'Главный администратор', '--db', dataDir], add.ctx), 0, add.err());
  assert.match(add.out(), /Account chief \(admin\) created/);
  assert.equal(add.out().includes('Pervy-admin-2026'), false, 'a password given in the environment is not echoed');

  const db = await openDatabase({ dir: dataDir });
  try {
    const app = await buildApp({ db });
    const res = await app.inject({ method: 'POST', url: '/api/auth/login', payload: { login: 'chief', password: 'Pervy-admin-2026' } });
    assert.equal(res.statusCode, 200);
    assert.equal(res.json().user.mustChangePassword, true);
    await app.close();
  } finally {
    await db.close();
  }
});

test('klaster user: a generated password is printed once; bad role, unknown region or duplicate login are refused with the reason', async () => {
  const add = captured();
  assert.equal(await userCommand(['add', 'operator.komi', '--role', 'regional_operator', '--regions', '11', '--db', dataDir], add.ctx), 0, add.err());
  assert.match(add.out(), /password: \S{10,}/);
  const badRole = captured();
  assert.equal(await userCommand(['add', 'x.user', '--role', 'king', '--db', dataDir], badRole.ctx), 2);
  assert.match(badRole.err(), /--role must be one of/);
  const badRegion = captured();
  assert.equal(await userCommand(['add', 'y.user', '--role', 'regional_operator', '--regions', '98', '--db', dataDir], badRegion.ctx), 1);
  assert.match(badRegion.err(), /Unknown region codes: 98/);
  const duplicate = captured();
  assert.equal(await userCommand(['add', 'CHIEF', '--role', 'expert', '--db', dataDir], duplicate.ctx), 1);
  assert.match(duplicate.err(), /taken/);
  const list = captured();
  assert.equal(await userCommand(['list', '--db', dataDir], list.ctx), 0);
  assert.match(list.out(), /chief\tadmin/);
  assert.match(list.out(), /operator\.komi\tregional_operator\tregions 11/);
  const reset = captured();
  assert.equal(await userCommand(['reset-password', 'operator.komi', '--db', dataDir], reset.ctx), 0);
  assert.match(reset.out(), /Password of operator\.komi reset: \S+/);
  const disable = captured();
  assert.equal(await userCommand(['disable', 'operator.komi', '--db', dataDir], disable.ctx), 0);
  const unknown = captured();
  assert.equal(await userCommand(['disable', 'nobody', '--db', dataDir], unknown.ctx), 1);
});
