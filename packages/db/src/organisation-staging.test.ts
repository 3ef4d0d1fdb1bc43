import { describe, test } from 'node:test';
import pg from 'pg';
import assert from 'node:assert/strict';
import { completeInn10, type OrganisationInput } from '@klaster/core';
import { createScratchDatabase, describeOnDatabases, serverUrl } from './testing/test-databases.ts';
import { openDatabase } from './open.ts';
import { STAGE_FROM, softDeleteOrganisation, upsertOrganisations } from './organisation.repository.ts';
import { getOrganisation } from './organisation.queries.ts';
import { copyField, copyLine } from './copy-text.ts';

/** Text that COPY and array literals must escape: tab, newline, CR, backslash, quotes, braces, commas, the word NULL. */
const AWKWARD = 'ООО "Кавычки" \\ слэш\tтаб\nстрока\r{скобки}, NULL, \\N';

function organisations(count: number, prefix: string): OrganisationInput[] {
  return Array.from({ length: count }, (_, i) => ({
    inn: completeInn10(`${prefix}${String(i).padStart(9 - prefix.length, '0')}`),
    name: i === 0 ? AWKWARD : `АО «Завод-${i}»`,
    kind: 'industrial',
    okvedMain: '25.11',
    regionCode: '77',
    ...(i % 2 === 0
      ? {
          ogrn: '1027700132195', kpp: '773601001', shortName: i === 0 ? AWKWARD : `Завод-${i}`, address: i === 0 ? AWKWARD : 'Москва',
          okvedExtra: i === 0 ? ['28.1', 'a,b', '{x}', '"q"', 'NULL', '\\'] : ['28.1'], oktmo: '45397000', lat: 55.7033 + i / 1e4, lon: 0.1 + 0.2,
          years: [{ year: 2024, headcount: i, revenue: 1234.567 }, { year: 2023, headcount: null, revenue: null }],
          products: [{ okpd2: '25.11.23', name: i === 0 ? AWKWARD : null }, { okpd2: '25.62' }],
        }
      : {}),
  }));
}

describeOnDatabases('organisations written through the COPY staging table', (db) => {
  test('the staged and the parameter paths store the same values: a re-import through the other path changes nothing', async () => {
    const count = STAGE_FROM + 50;
    const viaParameters = organisations(count, '77');
    for (let start = 0; start < count; start += STAGE_FROM - 1) {
      await db().transaction((tx) => upsertOrganisations(tx, viaParameters.slice(start, start + STAGE_FROM - 1), 'params'));
    }
    const again = await db().transaction((tx) => upsertOrganisations(tx, viaParameters, 'staged'));
    assert.deepEqual(again, { created: 0, updated: 0, restored: 0, unchanged: count });

    const viaStaging = organisations(count, '50');
    assert.deepEqual(await db().transaction((tx) => upsertOrganisations(tx, viaStaging, 'staged')), { created: count, updated: 0, restored: 0, unchanged: 0 });
    const back = await db().transaction((tx) => upsertOrganisations(tx, viaStaging.slice(0, STAGE_FROM - 1), 'params'));
    assert.deepEqual(back, { created: 0, updated: 0, restored: 0, unchanged: STAGE_FROM - 1 });

    // the values themselves, not only their agreement
    const awkward = (await getOrganisation(db(), viaStaging[0]!.inn))!;
    assert.equal(awkward.name, AWKWARD);
    assert.equal(awkward.shortName, AWKWARD);
    assert.equal(awkward.address, AWKWARD);
    assert.deepEqual(awkward.okvedExtra, ['28.1', 'a,b', '{x}', '"q"', 'NULL', '\\']);
    assert.deepEqual(awkward.products, [{ okpd2: '25.11.23', name: AWKWARD }, { okpd2: '25.62', name: null }]);
    assert.deepEqual(awkward.years, [{ year: 2023, headcount: null, revenue: null }, { year: 2024, headcount: 0, revenue: 1234.567 }]);
    assert.equal(awkward.revenue, 1234.57);
    assert.equal(awkward.dataYear, 2024);
    assert.equal(awkward.lon, 0.1 + 0.2);
    const bare = (await getOrganisation(db(), viaStaging[1]!.inn))!;
    assert.deepEqual([bare.ogrn, bare.kpp, bare.shortName, bare.address, bare.oktmo, bare.lat, bare.lon, bare.revenue, bare.smeCategory], [null, null, null, null, null, null, null, null, null]);
    assert.deepEqual([bare.okvedExtra, bare.years, bare.products, bare.isDemo], [[], [], [], false]);

    const [history] = await db().query<{ n: number; actors: string[] }>(
      `SELECT count(*)::int AS n, array_agg(DISTINCT actor) AS actors FROM history WHERE entity = 'organisation' AND actor = 'staged'`,
    );
    assert.deepEqual(history, { n: count, actors: ['staged'] });
  });

  test('staged updates, restores and duplicates: history before/after for each change, the last row of an INN counts', async () => {
    const base = organisations(STAGE_FROM + 10, '66');
    await db().transaction((tx) => upsertOrganisations(tx, base, 'create'));
    const deleted = (await getOrganisation(db(), base[3]!.inn))!;
    await db().transaction((tx) => softDeleteOrganisation(tx, deleted.id, 'remover'));
    const changed = base.map((o, i) => (i === 1 ? { ...o, name: 'Новое имя' } : i === 2 ? { ...o, years: [{ year: 2025, headcount: 5, revenue: 10 }] } : o));
    // a later duplicate of an INN wins over the earlier row
    changed.push({ ...base[4]!, address: 'Последняя строка' });
    const counts = await db().transaction((tx) => upsertOrganisations(tx, changed, 'editor'));
    assert.deepEqual(counts, { created: 0, updated: 3, restored: 1, unchanged: base.length - 4 });

    const rows = await db().query<{ inn: string; action: string; before: Record<string, unknown>; after: Record<string, unknown> }>(
      `SELECT o.inn, h.action, h.before, h.after FROM history h JOIN organisations o ON o.id = h.entity_id
       WHERE h.entity = 'organisation' AND h.actor = 'editor' ORDER BY o.inn`,
    );
    const byInn = new Map(rows.map((r) => [r.inn, r]));
    assert.equal(rows.length, 4);
    assert.deepEqual([byInn.get(base[1]!.inn)!.before.name, byInn.get(base[1]!.inn)!.after.name], [base[1]!.name, 'Новое имя']);
    assert.deepEqual([byInn.get(base[2]!.inn)!.before.data_year, byInn.get(base[2]!.inn)!.after.data_year], [2024, 2025]);
    assert.equal(byInn.get(base[3]!.inn)!.action, 'restore');
    assert.equal(byInn.get(base[3]!.inn)!.after.deleted_at, null);
    assert.equal(byInn.get(base[4]!.inn)!.after.address, 'Последняя строка');
    assert.equal(byInn.get(base[4]!.inn)!.after.version, 2);
  });

  test('a staged write inside a failed transaction leaves nothing, and the next staged write works', async () => {
    const batch = organisations(STAGE_FROM, '55');
    await assert.rejects(
      db().transaction(async (tx) => {
        await upsertOrganisations(tx, batch, 'failed');
        throw new Error('interrupted');
      }),
      /interrupted/,
    );
    assert.equal(await getOrganisation(db(), batch[0]!.inn), null);
    const [{ n }] = (await db().query<{ n: number }>(`SELECT count(*)::int AS n FROM history WHERE actor = 'failed'`)) as [{ n: number }];
    assert.equal(n, 0);
    assert.equal((await db().transaction((tx) => upsertOrganisations(tx, batch, 'retried'))).created, STAGE_FROM);
  });
});

describeOnDatabases('the bulk writer: new organisations by COPY, existing ones by the upsert', (db) => {
  test('one call with new, changed, unchanged and deleted organisations: each takes its path, history as before', async () => {
    const base = organisations(STAGE_FROM + 100, '44');
    await db().transaction((tx) => upsertOrganisations(tx, base, 'first'));
    const deleted = (await getOrganisation(db(), base[7]!.inn))!;
    await db().transaction((tx) => softDeleteOrganisation(tx, deleted.id, 'remover'));
    const fresh = organisations(STAGE_FROM + 200, '43');
    const mixed = [...base.map((o, i) => (i < 5 ? { ...o, name: `Переименовано ${i}` } : o)), ...fresh];
    const counts = await db().transaction((tx) => upsertOrganisations(tx, mixed, 'mixed'));
    assert.deepEqual(counts, { created: fresh.length, updated: 5, restored: 1, unchanged: base.length - 6 });

    // every created organisation has one 'create' row whose snapshot, as history_snapshots shows it, is the row as stored
    const createdRows = `FROM history_snapshots h JOIN organisations o ON o.id = h.entity_id WHERE h.entity = 'organisation' AND h.actor = 'mixed' AND h.action = 'create'`;
    const [created] = await db().query<{ n: number; same: number }>(
      `SELECT count(*)::int AS n, count(*) FILTER (WHERE h.after = to_jsonb(o) AND h.before IS NULL)::int AS same ${createdRows}`,
    );
    assert.deepEqual(created, { n: fresh.length, same: fresh.length });
    // stored by reference (not copied), and still right after a later change: the creation shows the state it made
    const [{ stored }] = (await db().query<{ stored: number }>(
      `SELECT count(*)::int AS stored FROM history WHERE actor = 'mixed' AND action = 'create' AND after IS NOT NULL`,
    )) as [{ stored: number }];
    assert.equal(stored, 0);
    const renamed = { ...fresh[1]!, name: 'Позже переименовано' };
    await db().transaction((tx) => upsertOrganisations(tx, [renamed], 'later'));
    const shown = await db().query<{ action: string; name: string }>(
      `SELECT h.action, h.after->>'name' AS name FROM history_snapshots h JOIN organisations o ON o.id = h.entity_id
       WHERE h.entity = 'organisation' AND o.inn = $1 ORDER BY h.id`, [renamed.inn],
    );
    assert.deepEqual(shown, [{ action: 'create', name: fresh[1]!.name }, { action: 'update', name: 'Позже переименовано' }]);
    const actions = await db().query<{ action: string; n: number }>(
      `SELECT action, count(*)::int AS n FROM history WHERE entity = 'organisation' AND actor = 'mixed' AND action <> 'create' GROUP BY action ORDER BY action`,
    );
    assert.deepEqual(actions, [{ action: 'restore', n: 1 }, { action: 'update', n: 5 }]);
    assert.equal((await getOrganisation(db(), fresh[0]!.inn))!.name, AWKWARD);
  });
});

const url = serverUrl();
describe('the bulk writer on PostgreSQL: an INN inserted by another session meanwhile', {
  skip: !url && process.env.CI !== 'true' ? 'PostgreSQL server tests skipped: set DATABASE_URL=postgres://… to run them' : false,
}, () => {
  test('the COPY gives way inside its savepoint and the batch goes through the upsert: nothing lost, no error', async () => {
    if (!url) throw new Error('CI=true but no PostgreSQL URL: this test is mandatory in CI');
    const scratch = await createScratchDatabase(url);
    const db = await openDatabase({ url: scratch.url });
    const other = new pg.Client({ connectionString: scratch.url });
    try {
      await other.connect();
      const batch = organisations(STAGE_FROM + 10, '42');
      const contested = batch[3]!;
      // the other session holds an uncommitted row with one of the INNs: our COPY waits on the unique index,
      // then fails with a unique violation once that session commits
      await other.query('BEGIN');
      await other.query(`INSERT INTO organisations (inn, name, kind, okved_main, region_code) VALUES ($1, 'Вставлено другим сеансом', 'industrial', '25.11', '77')`, [contested.inn]);
      const writing = db.transaction((tx) => upsertOrganisations(tx, batch, 'bulk'));
      // wait until our COPY is blocked on that row, so the commit below really makes it fail
      for (let waited = 0; ; waited += 50) {
        const [{ n }] = (await db.query<{ n: number }>(
          `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND wait_event_type = 'Lock' AND query LIKE 'COPY organisations %'`,
        )) as [{ n: number }];
        if (n > 0) break;
        if (waited > 30_000) throw new Error('the COPY never waited for the other session');
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      await other.query('COMMIT');
      const counts = await writing;
      assert.deepEqual(counts, { created: batch.length - 1, updated: 1, restored: 0, unchanged: 0 });
      assert.equal((await getOrganisation(db, contested.inn))!.name, contested.name);
      const [{ n }] = (await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM history WHERE actor = 'bulk'`)) as [{ n: number }];
      assert.equal(n, batch.length);
    } finally {
      await other.end();
      await db.close();
      await scratch.drop();
    }
  });
});

test('COPY text: escapes, nulls, arrays and numbers as PostgreSQL reads them', () => {
  assert.equal(copyField('text', 'a\\b\tc\nd\re'), 'a\\\\b\\tc\\nd\\re');
  assert.equal(copyField('text', null), '\\N');
  assert.equal(copyField('text', '\\N'), '\\\\N');
  assert.equal(copyField('text[]', ['a', 'b,"c"', 'd\\e']), '{"a","b,\\\\"c\\\\"","d\\\\\\\\e"}');
  assert.equal(copyField('text[]', []), '{}');
  assert.equal(copyField('jsonb', [{ name: 'x\ty' }]), '[{"name":"x\\\\ty"}]');
  assert.equal(copyField('bool', false), 'f');
  assert.equal(copyField('float8', 0.1 + 0.2), '0.30000000000000004');
  assert.throws(() => copyField('int', Number.NaN), /not a finite number/);
  assert.equal(copyLine(['text', 'int', 'bool'], ['a', null, true]), 'a\t\\N\tt');
});
