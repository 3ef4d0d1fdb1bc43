// Crash test (issue 8): SIGKILL the process in the middle of an import, start again, and show that the database
// holds all of the import or none of it, and that the run is marked failed.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { createScratchDatabase, serverUrl, type Database } from '@klaster/db';
import { generateBenchFiles } from '../../../../bench/import/generate.ts';
import { startServer } from '../serve.ts';
import { killHard, spawnImport, waitUntil, walBytes } from './crash-harness.ts';

const ROWS = 100_000;
const dir = mkdtempSync(join(tmpdir(), 'klaster-crash-'));
let csv: string;
before(async () => {
  csv = (await generateBenchFiles(ROWS, dir, 8)).csv;
});
after(() => rmSync(dir, { recursive: true, force: true }));

interface AfterRestart {
  organisations: number;
  organisationHistory: number;
  runs: { status: string; message: string }[];
}

/** What a restarted server sees: it marks interrupted runs failed on start, as in production. */
async function restartAndInspect(config: { dataDir: string; databaseUrl?: string }): Promise<AfterRestart> {
  const server = await startServer({ ...config, host: '127.0.0.1', port: 0, demoOnFirstStart: false }, () => undefined);
  try {
    return await inspect(server.db);
  } finally {
    await server.close();
  }
}

async function inspect(db: Database): Promise<AfterRestart> {
  const [counts] = await db.query<{ organisations: number; history: number }>(
    `SELECT (SELECT count(*)::int FROM organisations) AS organisations,
            (SELECT count(*)::int FROM history WHERE entity = 'organisation') AS history`,
  );
  const runs = await db.query<{ status: string; message: string }>('SELECT status, message FROM import_runs ORDER BY id');
  return { organisations: counts!.organisations, organisationHistory: counts!.history, runs };
}

function assertAllOrNothing(seen: AfterRestart): void {
  assert.ok([0, ROWS].includes(seen.organisations), `organisations after the crash: ${seen.organisations}, expected 0 or ${ROWS}`);
  assert.equal(seen.organisationHistory, seen.organisations, 'every written organisation has its history row, and no other');
  assert.deepEqual(seen.runs.map((r) => r.status), ['failed']);
  assert.match(seen.runs[0]!.message, /Загрузка прервана/);
}

describe('SIGKILL during an import', () => {
  test('PGlite: killed while the import transaction writes; the directory opens again, nothing of the import is kept, the run is failed', async () => {
    const dataDir = join(dir, 'pgdata');
    const child = spawnImport(csv, ['--db', dataDir]);
    // PGlite is single-process: the test cannot query it while the child holds it. The write-ahead log on disk shows
    // the moment the import's transaction starts writing rows: a 16 MiB segment after migrations, more once rows go in.
    let baseline = 0;
    await waitUntil(child, 'the import transaction writing rows', () => {
      const bytes = walBytes(dataDir);
      if (!baseline) baseline = bytes;
      return baseline > 0 && bytes >= baseline + 32 * 1024 * 1024;
    });
    await killHard(child);
    const seen = await restartAndInspect({ dataDir });
    assertAllOrNothing(seen);
    assert.equal(seen.organisations, 0, 'killed mid-transaction: nothing may be committed');
  });

  const url = serverUrl();
  test('PostgreSQL: killed while its transaction is open with rows written; the server never shows a partial import', { skip: url ? false : 'set DATABASE_URL=postgres://… to run it on PostgreSQL' }, async () => {
    const scratch = await createScratchDatabase(url!);
    const observer = new pg.Client({ connectionString: scratch.url });
    try {
      const child = spawnImport(csv, ['--database-url', scratch.url]);
      await observer.connect();
      // Mid-import: the run is recorded as running (committed before validation) and the child's session holds a
      // transaction id, which PostgreSQL assigns at the first row written. (pg_stat_activity.query is cut at 1 KiB,
      // before the upsert's INSERT, so the statement text is not matched.)
      await waitUntil(child, 'a writing import transaction', async () => {
        const r = await observer.query(
          `SELECT 1 FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid() AND backend_xid IS NOT NULL
             AND EXISTS (SELECT 1 FROM import_runs WHERE status = 'running')`,
        ).catch(() => ({ rowCount: 0 }));
        return (r.rowCount ?? 0) > 0;
      });
      const during = await observer.query<{ n: number; status: string }>(
        `SELECT (SELECT count(*)::int FROM organisations) AS n, (SELECT status FROM import_runs ORDER BY id DESC LIMIT 1) AS status`,
      );
      assert.deepEqual(during.rows[0], { n: 0, status: 'running' }, 'uncommitted rows are invisible, the run shows running');
      await killHard(child);
      const seen = await restartAndInspect({ dataDir: join(dir, 'unused'), databaseUrl: scratch.url });
      assertAllOrNothing(seen);
    } finally {
      await observer.end().catch(() => undefined);
      await scratch.drop();
    }
  });
});
