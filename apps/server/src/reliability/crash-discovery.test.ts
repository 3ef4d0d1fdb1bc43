// Crash test (issue 8): SIGKILL the server in the middle of a discovery run, start it again, and show that the run
// is marked failed with no candidates stored, and that repeating it completes.
import { after, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { createScratchDatabase, getDiscoveryRun, openDatabase, serverUrl, type Database, type DiscoveryRunRow } from '@klaster/db';
import { populateRegistry } from '../../../../bench/load/populate.ts';
import { startServer } from '../serve.ts';
import { INTERRUPTED_RUN_MESSAGE } from '../discovery/discovery.service.ts';
import { killHard, spawnServer, waitUntil } from './crash-harness.ts';
import { ensureAccount, signInOverHttp, type HttpSession } from './http-session.ts';

// 6 000 organisations: above the worker threshold (Leiden runs in a worker thread, which dies with the process),
// and a run of several seconds, so the kill lands mid-computation.
const SCALE = { organisations: 6_000, linksPerOrganisation: 8, clusters: 5, clusterSize: 20 };
const dir = mkdtempSync(join(tmpdir(), 'klaster-crash-discovery-'));
after(() => rmSync(dir, { recursive: true, force: true }));

async function populate(config: { dir?: string; url?: string }): Promise<void> {
  const db = await openDatabase(config);
  try {
    await populateRegistry(db, SCALE);
    await ensureAccount(db, 'crash-operator', 'admin');
  } finally {
    await db.close();
  }
}

async function getJson(baseUrl: string, session: HttpSession, path: string): Promise<Record<string, any>> {
  const res = await fetch(`${baseUrl}${path}`, { headers: session.read });
  assert.equal(res.status, 200, `${path}: ${res.status}`);
  return res.json() as Promise<Record<string, any>>;
}

/**
 * Starts a run in a server process and kills the process once the run has read its data and is computing
 * (progress at the graph stage or later: the snapshot is stored, the result is not).
 */
async function killMidRun(databaseArgs: string[]): Promise<{ runId: number; seenBeforeKill: Record<string, any> }> {
  const { child, baseUrl } = await spawnServer(databaseArgs);
  try {
    const session = await signInOverHttp(baseUrl, 'crash-operator');
    const res = await fetch(`${baseUrl}/api/discovery/runs`, {
      method: 'POST', headers: { ...session.write, 'content-type': 'application/json' }, body: JSON.stringify({ seed: 3, asOf: '2025-06-01' }),
    });
    assert.equal(res.status, 202, await res.clone().text());
    const runId = ((await res.json()) as { id: number }).id;
    let seen: Record<string, any> = {};
    await waitUntil(child, 'the run computing past its data load', async () => {
      seen = await getJson(baseUrl, session, `/api/discovery/runs/${runId}`);
      if (seen.status !== 'running') throw new Error(`the run ended (${seen.status}) before it could be interrupted`);
      return seen.progress >= 0.25;
    });
    await killHard(child);
    return { runId, seenBeforeKill: seen };
  } finally {
    if (child.exitCode === null && child.signalCode === null) await killHard(child);
  }
}

async function finished(db: Database, id: number, limitMs = 45_000): Promise<DiscoveryRunRow> {
  const deadline = Date.now() + limitMs;
  for (;;) {
    const run = (await getDiscoveryRun(db, id))!;
    if (run.status !== 'running') return run;
    if (Date.now() > deadline) throw new Error(`run ${id} still running after ${limitMs} ms (stage ${run.stage})`);
    await sleep(100);
  }
}

/** Restart on the same database, check the interrupted run, then repeat it through the API and let it finish. */
async function restartAndRepeat(config: { dataDir: string; databaseUrl?: string }, runId: number, seenBeforeKill: Record<string, any>): Promise<void> {
  const server = await startServer({ ...config, host: '127.0.0.1', port: 0, demoOnFirstStart: false }, () => undefined);
  try {
    const interrupted = (await getDiscoveryRun(server.db, runId))!;
    assert.equal(interrupted.status, 'failed', 'the restarted server marks the interrupted run failed');
    assert.equal(interrupted.stage, 'failed');
    assert.equal(interrupted.error, INTERRUPTED_RUN_MESSAGE);
    assert.ok(interrupted.finishedAt, 'the failure is dated');
    assert.equal(interrupted.result, null, 'no result, so no partial candidates');
    assert.equal(interrupted.candidateCount, null);
    assert.ok(interrupted.progress < 1, `progress stays where it stopped (${interrupted.progress})`);
    assert.deepEqual(interrupted.snapshot, seenBeforeKill.snapshot, 'the snapshot stored before the kill is kept as it was');
    const [others] = await server.db.query<{ running: number }>(`SELECT count(*)::int AS running FROM discovery_runs WHERE status = 'running'`);
    assert.equal(others!.running, 0);

    const session = await signInOverHttp(server.address, 'crash-operator');
    const res = await fetch(`${server.address}/api/discovery/runs/${runId}/repeat`, { method: 'POST', headers: session.write });
    assert.equal(res.status, 202, await res.clone().text());
    const repeat = await finished(server.db, ((await res.json()) as { id: number }).id);
    assert.equal(repeat.status, 'done', repeat.error ?? '');
    assert.equal(repeat.repeatOf, runId);
    assert.deepEqual(repeat.params, interrupted.params, 'the repeat uses the interrupted run\'s parameters and seed');
    assert.deepEqual(repeat.snapshot, interrupted.snapshot, 'on unchanged data the repeat reads the same snapshot');
    assert.ok((repeat.candidateCount ?? 0) > 0, 'the repeat finds candidates');
  } finally {
    await server.close();
  }
}

describe('SIGKILL during a discovery run', () => {
  test('PGlite: the server is killed while Leiden runs; after restart the run is failed without candidates and its repeat completes', async () => {
    const dataDir = join(dir, 'pgdata');
    await populate({ dir: dataDir });
    const { runId, seenBeforeKill } = await killMidRun(['--db', dataDir]);
    await restartAndRepeat({ dataDir }, runId, seenBeforeKill);
  });

  const url = serverUrl();
  test('PostgreSQL: the same on a scratch database', { skip: url ? false : 'set DATABASE_URL=postgres://… to run it on PostgreSQL' }, async () => {
    const scratch = await createScratchDatabase(url!);
    try {
      await populate({ url: scratch.url });
      const { runId, seenBeforeKill } = await killMidRun(['--database-url', scratch.url]);
      await restartAndRepeat({ dataDir: join(dir, 'unused'), databaseUrl: scratch.url }, runId, seenBeforeKill);
    } finally {
      await scratch.drop();
    }
  });
});
