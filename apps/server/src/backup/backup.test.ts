import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync, gzipSync } from 'node:zlib';
import { createScratchDatabase, listMigrations, openDatabase, serverUrl, upsertOrganisations, type Database } from '@klaster/db';
import { completeInn10 } from '@klaster/core';
import { loadDemoData } from '../services/demo.service.ts';
import { finishImportRun, startImportRun } from '../services/import-run.ts';
import { BackupError, restoreBackup, tableChecksums, writeBackup, type BackupHeader } from './index.ts';

const dir = mkdtempSync(join(tmpdir(), 'klaster-backup-test-'));
after(() => rmSync(dir, { recursive: true, force: true }));

/** Demo registry plus a failed import run, a setting and a soft-deleted organisation: every kind of row. */
async function fillSource(db: Database): Promise<void> {
  await loadDemoData(db);
  const run = await startImportRun(db, { kind: 'organisations', fileName: 'орг.csv', mode: 'all', actor: 'tester' });
  await finishImportRun(db, run, null, 'тест');
  await db.query(`INSERT INTO settings (key, value) VALUES ('note', '{"текст": "ёлка", "n": 12345678901234567890.5}')`);
  await db.query(`UPDATE organisations SET deleted_at = '2026-01-02T03:04:05.123456Z' WHERE id = (SELECT min(id) FROM organisations)`);
}

const counts = (sums: { name: string; rows: number }[]) => Object.fromEntries(sums.map((s) => [s.name, s.rows]));

function rewriteBody(source: string, target: string, change: (lines: string[]) => void): void {
  const lines = gunzipSync(readFileSync(source)).toString('utf8').split('\n');
  change(lines);
  writeFileSync(target, gzipSync(lines.join('\n')));
}

/** Line number (0 = header) of a table's first row in the decompressed file. */
function firstLineOf(header: BackupHeader, table: string): number {
  const index = header.tables.findIndex((t) => t.name === table);
  return 1 + header.tables.slice(0, index).reduce((sum, t) => sum + t.rows, 0);
}

describe('backup and restore on PGlite', () => {
  let source: Database;
  let header: BackupHeader;
  const file = join(dir, 'pglite.klaster-backup.gz');
  before(async () => {
    source = await openDatabase({});
    await fillSource(source);
    header = await writeBackup(source, file);
  });
  after(() => source.close());

  test('the header lists every table with its rows, parents before children', async () => {
    const names = header.tables.map((t) => t.name);
    const inSchema = await source.query<{ name: string }>(
      `SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
       AND table_name <> 'schema_migrations' ORDER BY table_name`,
    );
    assert.deepEqual([...names].sort(), inSchema.map((t) => t.name).sort());
    for (const required of ['history', 'import_runs', 'settings', 'agreement_parties', 'preferences', 'regions']) assert.ok(names.includes(required), required);
    assert.ok(names.indexOf('regions') < names.indexOf('organisations'));
    assert.ok(names.indexOf('organisations') < names.indexOf('links'));
    assert.ok(names.indexOf('clusters') < names.indexOf('cluster_participants'));
    const rows = Object.fromEntries(header.tables.map((t) => [t.name, t.rows]));
    assert.equal(rows.organisations, 507);
    assert.equal(rows.links, 3756);
    assert.equal(rows.clusters, 6);
    assert.equal(rows.import_runs, 1);
    assert.deepEqual(header.schemaMigrations, listMigrations().map((m) => m.version));
  });

  test('restore into an empty PGlite gives equal per-table checksums, and ids continue after the restored ones', async () => {
    const target = await openDatabase({});
    try {
      await restoreBackup(target, file);
      assert.deepEqual(await tableChecksums(target), await tableChecksums(source));
      const [max] = await target.query<{ id: number }>('SELECT max(id)::int AS id FROM organisations');
      await target.transaction((tx) => upsertOrganisations(tx, [{ inn: completeInn10('770000001'), name: 'Новая', kind: 'industrial', okvedMain: '25.11', regionCode: '77' }], 't'));
      const [added] = await target.query<{ id: number }>(`SELECT id::int AS id FROM organisations WHERE name = 'Новая'`);
      assert.equal(added!.id, max!.id + 1);
    } finally {
      await target.close();
    }
  });

  test('a non-empty database is refused without --force and replaced with it', async () => {
    const target = await openDatabase({});
    try {
      await target.transaction((tx) => upsertOrganisations(tx, [{ inn: completeInn10('500000001'), name: 'Своя', kind: 'industrial', okvedMain: '25.11', regionCode: '50' }], 't'));
      await assert.rejects(restoreBackup(target, file), (e: BackupError) => e instanceof BackupError && /не пуста.*organisations/.test(e.messageRu));
      await restoreBackup(target, file, { force: true });
      assert.deepEqual(await tableChecksums(target), await tableChecksums(source));
    } finally {
      await target.close();
    }
  });

  test('a changed row, a cut file and broken gzip are refused with a clear message and nothing is written', async () => {
    const target = await openDatabase({});
    try {
      const before = await tableChecksums(target);
      const edited = join(dir, 'edited.gz');
      rewriteBody(file, edited, (lines) => {
        const i = firstLineOf(header, 'organisations') + 10;
        lines[i] = lines[i]!.replace(/"inn": "(\d)/, '"inn": "9');
      });
      await assert.rejects(restoreBackup(target, edited), (e: BackupError) => /контрольная сумма таблицы organisations не совпадает/.test(e.messageRu));
      const cut = join(dir, 'cut.gz');
      rewriteBody(file, cut, (lines) => lines.splice(lines.length - 3));
      await assert.rejects(restoreBackup(target, cut), (e: BackupError) => /обрывается/.test(e.messageRu));
      const broken = join(dir, 'broken.gz');
      const bytes = readFileSync(file);
      writeFileSync(broken, bytes.subarray(0, Math.floor(bytes.length / 2)));
      await assert.rejects(restoreBackup(target, broken), (e: BackupError) => /повреждена/.test(e.messageRu));
      await assert.rejects(restoreBackup(target, join(dir, 'missing.gz')), (e: BackupError) => /не найден/.test(e.messageRu));
      assert.deepEqual(counts(await tableChecksums(target)), counts(before));
      assert.deepEqual(await tableChecksums(target), before);
    } finally {
      await target.close();
    }
  });
});

const url = serverUrl();
describe('backup round trip across engines', { skip: url ? false : 'set DATABASE_URL=postgres://… to run the PostgreSQL round trip' }, () => {
  let pglite: Database;
  let postgres: Database;
  let drop: () => Promise<void> = async () => undefined;
  before(async () => {
    const scratch = await createScratchDatabase(url!);
    drop = scratch.drop;
    postgres = await openDatabase({ url: scratch.url });
    pglite = await openDatabase({});
  });
  after(async () => {
    await pglite?.close();
    await postgres?.close();
    await drop();
  });

  test('PGlite → file → PostgreSQL → file → PGlite: every table checksum equal at each step', async () => {
    await fillSource(pglite);
    const first = join(dir, 'from-pglite.gz');
    await writeBackup(pglite, first);
    await restoreBackup(postgres, first);
    const expected = await tableChecksums(pglite);
    assert.deepEqual(await tableChecksums(postgres), expected);
    // Back the other way, into a PGlite that held other data (force).
    await postgres.query(`INSERT INTO settings (key, value) VALUES ('only_on_server', 'true')`);
    const second = join(dir, 'from-postgres.gz');
    await writeBackup(postgres, second);
    await restoreBackup(pglite, second, { force: true });
    assert.deepEqual(await tableChecksums(pglite), await tableChecksums(postgres));
    const [setting] = await pglite.query<{ value: boolean }>(`SELECT value FROM settings WHERE key = 'only_on_server'`);
    assert.equal(setting!.value, true);
  });
});
