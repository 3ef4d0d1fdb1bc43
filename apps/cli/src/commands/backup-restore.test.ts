import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeInn10 } from '@klaster/core';
import { openDatabase, upsertOrganisations } from '@klaster/db';
import { tableChecksums, type TableChecksum } from '@klaster/server/backup/index.ts';
import type { CliContext } from '../context.ts';
import { backupCommand } from './backup.ts';
import { restoreCommand } from './restore.ts';

const dir = mkdtempSync(join(tmpdir(), 'klaster-cli-backup-'));
after(() => rmSync(dir, { recursive: true, force: true }));

function captured(): { ctx: CliContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { ctx: { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, env: {} }, out: () => out, err: () => err };
}

async function checksumsOf(dataDir: string): Promise<TableChecksum[]> {
  const db = await openDatabase({ dir: dataDir });
  try {
    return await tableChecksums(db);
  } finally {
    await db.close();
  }
}

let sourceSums: TableChecksum[];
before(async () => {
  const db = await openDatabase({ dir: join(dir, 'source') });
  await db.transaction((tx) =>
    upsertOrganisations(tx, [
      { inn: completeInn10('110000001'), name: 'АО «Печора»', kind: 'industrial', okvedMain: '25.11', regionCode: '11', years: [{ year: 2024, headcount: 120, revenue: 950000000.5 }] },
      { inn: completeInn10('110000002'), name: 'ООО «Ухта»', kind: 'research', okvedMain: '72.19', regionCode: '11' },
    ], 'cli-test'),
  );
  await db.close();
  sourceSums = await checksumsOf(join(dir, 'source'));
});

test('backup then restore into a new directory: same checksums for every table; exit 0 and a summary', async () => {
  const b = captured();
  assert.equal(await backupCommand(['copy.gz', '--db', join(dir, 'source')], b.ctx), 0);
  assert.match(b.out(), /Резервная копия записана в copy\.gz: таблиц \d+, строк \d+/);
  assert.match(b.out(), /\n {2}organisations: 2\n/);
  assert.match(b.out(), /\n {2}history: 2\n/);
  const r = captured();
  assert.equal(await restoreCommand(['copy.gz', '--db', join(dir, 'target')], r.ctx), 0, r.err());
  assert.match(r.out(), /^Восстановлено из copy\.gz .*контрольные суммы совпали\.\n$/);
  assert.deepEqual(await checksumsOf(join(dir, 'target')), sourceSums);
});

test('restore into a database with data: refused (exit 1) without --force, done with it', async () => {
  const r = captured();
  assert.equal(await restoreCommand(['copy.gz', '--db', join(dir, 'source'), '--lang', 'en'], r.ctx), 1);
  assert.equal(r.err(), 'copy.gz: The database is not empty (tables: history, organisations). Use --force to replace its contents with the backup.\n');
  const forced = captured();
  assert.equal(await restoreCommand(['copy.gz', '--db', join(dir, 'source'), '--force'], forced.ctx), 0, forced.err());
  assert.deepEqual(await checksumsOf(join(dir, 'source')), sourceSums);
});

test('a damaged file: exit 1, a message in Russian, the database untouched', async () => {
  const bytes = readFileSync(join(dir, 'copy.gz'));
  writeFileSync(join(dir, 'damaged.gz'), bytes.subarray(0, bytes.length - 20));
  const r = captured();
  assert.equal(await restoreCommand(['damaged.gz', '--db', join(dir, 'empty')], r.ctx), 1);
  assert.match(r.err(), /^damaged\.gz: Резервная копия повреждена/);
  const empty = await checksumsOf(join(dir, 'empty'));
  assert.equal(empty.find((t) => t.name === 'organisations')!.rows, 0);
});

test('no FILE: usage, exit 2', async () => {
  const c = captured();
  assert.equal(await backupCommand([], c.ctx), 2);
  assert.match(c.err(), /^Usage: klaster backup FILE/);
});
