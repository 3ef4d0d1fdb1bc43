import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { createScratchDatabase, describeOnDatabases, openDatabase, serverUrl, upsertCluster, upsertOrganisations, type Database } from '@klaster/db';
import { generateDemoData } from '@klaster/data';
import { readXlsxSheets } from '@klaster/io';
import { exportFile, type ExportFormat } from './export.service.ts';
import { importFile } from './import.service.ts';

const demo = generateDemoData();
const FORMATS: ExportFormat[] = ['csv', 'xlsx', 'json'];

/** The content of an export: bytes for CSV and JSON; for XLSX every sheet's cells (the zip carries a creation time). */
async function content(format: ExportFormat, data: Buffer): Promise<unknown> {
  if (format !== 'xlsx') return data.toString('utf8');
  return (await readXlsxSheets(data, 'x.xlsx')).map((s) => [s.sheet, s.table.headers, s.table.rows]);
}

describeOnDatabases('clusters: export, import into an empty registry, export again — the same; import again — nothing written', (db) => {
  const targets: { db: Database; drop: () => Promise<void> }[] = [];
  /** An empty registry on the same engine as the suite's. */
  async function emptyRegistry(): Promise<Database> {
    const url = db().engine === 'postgres' ? serverUrl() : undefined;
    const scratch = url ? await createScratchDatabase(url) : null;
    const target = await openDatabase(scratch ? { url: scratch.url } : {});
    targets.push({ db: target, drop: scratch?.drop ?? (async () => undefined) });
    await target.transaction((tx) => upsertOrganisations(tx, demo.organisations, 'fixture'));
    return target;
  }
  before(async () => {
    await db().transaction(async (tx) => {
      await upsertOrganisations(tx, demo.organisations, 'demo');
      for (const cluster of demo.clusters) await upsertCluster(tx, cluster, 'demo');
    });
  });
  after(async () => {
    for (const t of targets) {
      await t.db.close();
      await t.drop();
    }
  });

  for (const format of FORMATS) {
    test(`${format}: every demo cluster with its participants, agreements and preferences survives the round trip`, async () => {
      const first = await exportFile(db(), 'clusters', format);
      const target = await emptyRegistry();
      const file = `clusters.${format}`;
      const loaded = await importFile(target, { kind: 'clusters', data: first, fileName: file, mode: 'all', actor: 'importer' });
      assert.deepEqual(loaded.errors, []);
      assert.deepEqual([loaded.status, loaded.created, loaded.format], ['written', demo.clusters.length, format]);
      assert.deepEqual(await content(format, await exportFile(target, 'clusters', format)), await content(format, first));

      const totals = async () => (await target.query(`SELECT (SELECT count(*) FROM agreements)::int AS a, (SELECT count(*) FROM agreement_parties)::int AS p, (SELECT count(*) FROM preferences)::int AS pr`))[0];
      const expected = { a: demo.clusters.reduce((n, c) => n + (c.agreements?.length ?? 0), 0), pr: demo.clusters.reduce((n, c) => n + (c.preferences?.length ?? 0), 0) };
      const got = (await totals())!;
      assert.deepEqual([got.a, got.pr], [expected.a, expected.pr]);
      assert.ok(expected.a > 0 && expected.pr > 0, 'the demo has agreements and preferences to lose');

      // the status came from the file: recorded as a life-cycle step of the import, and in history by the same account
      const [step] = await target.query(`SELECT e.from_status, e.to_status, e.actor, e.note, c.status FROM cluster_events e JOIN clusters c ON c.id = e.cluster_id WHERE c.code = 'altai-biopharma'`);
      assert.deepEqual(step, { from_status: null, to_status: step!.status, actor: 'importer', note: `Статус загружен из файла «${file}» (загрузка № ${loaded.runId})`, status: step!.status });
      const [created] = await target.query(`SELECT h.actor FROM history h JOIN clusters c ON c.id = h.entity_id AND h.entity = 'cluster' WHERE c.code = 'altai-biopharma'`);
      assert.equal(created!.actor, 'importer');

      const footprint = async () => ({
        rows: await target.query(`SELECT code, xmin::text AS x, version FROM clusters ORDER BY code`),
        agreements: await target.query(`SELECT id FROM agreements ORDER BY id`),
        history: await target.query(`SELECT count(*)::int AS n FROM history`),
        events: await target.query(`SELECT count(*)::int AS n FROM cluster_events`),
      });
      const before = await footprint();
      const again = await importFile(target, { kind: 'clusters', data: first, fileName: file, mode: 'all', actor: 'importer' });
      assert.deepEqual([again.status, again.created, again.updated, again.restored, again.unchanged], ['written', 0, 0, 0, demo.clusters.length]);
      assert.deepEqual(await footprint(), before);
    });
  }

  test('a file without the agreement and preference parts keeps them; a status change from a file is a step of the import', async () => {
    const target = await emptyRegistry();
    await importFile(target, { kind: 'clusters', data: await exportFile(db(), 'clusters', 'json'), fileName: 'all.json', mode: 'all', actor: 'importer' });
    const [cluster] = await target.query(`SELECT id, status FROM clusters WHERE code = 'altai-biopharma'`);
    const json = JSON.parse((await exportFile(target, 'clusters', 'json')).toString('utf8')) as { records: Record<string, unknown>[] };
    const record = json.records.find((r) => r.code === 'altai-biopharma')!;
    const { agreements: _a, preferences: _p, ...withoutParts } = record;
    const next = cluster!.status === 'excluded' ? 'in_registry' : 'excluded';
    const data = Buffer.from(JSON.stringify({ kind: 'clusters', records: [{ ...withoutParts, status: next }] }));
    const report = await importFile(target, { kind: 'clusters', data, fileName: 'status.json', mode: 'all', actor: 'ministry-load' });
    assert.deepEqual([report.updated, report.errors], [1, []]);
    const after = JSON.parse((await exportFile(target, 'clusters', 'json')).toString('utf8')) as { records: Record<string, unknown>[] };
    const changed = after.records.find((r) => r.code === 'altai-biopharma')!;
    assert.deepEqual([changed.status, changed.agreements, changed.preferences], [next, record.agreements, record.preferences]);
    const events = await target.query(`SELECT from_status, to_status, actor FROM cluster_events WHERE cluster_id = $1 ORDER BY id`, [cluster!.id]);
    assert.deepEqual(events.at(-1), { from_status: cluster!.status, to_status: next, actor: 'ministry-load' });
  });
});
