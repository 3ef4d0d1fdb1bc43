import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeInn10, type OrganisationInput } from '@klaster/core';
import { openDatabase, upsertLinks, upsertOrganisations } from '@klaster/db';
import type { CliContext } from '../context.ts';
import { discoverDatabase, parseDiscoverDatabaseArgs } from './discover-database.ts';

const dir = mkdtempSync(join(tmpdir(), 'klaster-discover-'));

function captured(): { ctx: CliContext; out: () => string; err: () => string } {
  let out = '';
  let err = '';
  return { ctx: { stdout: (t) => (out += t), stderr: (t) => (err += t), cwd: dir, env: {} }, out: () => out, err: () => err };
}

/** Two rings of six industrial firms in two towns of Altai Krai (Biysk, Barnaul), joined by one weak link. */
async function seed(dataDir: string): Promise<void> {
  const org = (n: number, okved: string, oktmo: string, lat: number): OrganisationInput => ({
    inn: completeInn10(`22040${String(n).padStart(4, '0')}`), name: `Завод ${n}`, kind: 'industrial', okvedMain: okved, regionCode: '22', oktmo, lat, lon: 85,
    years: [{ year: 2024, headcount: 100, revenue: 1e8 }],
  });
  const groups = [0, 1].map((g) => [0, 1, 2, 3, 4, 5].map((i) => org(g * 10 + i, g ? '20.16' : '21.20', g ? '01701000' : '01705000', 52.5 + g + i * 0.01)));
  const links = groups.flatMap((group) => group.map((o, i) => ({ supplierInn: o.inn, buyerInn: group[(i + 1) % 6]!.inn, year: 2024, volume: 5e6, source: 'declared' as const })));
  const db = await openDatabase({ dir: dataDir });
  await db.transaction(async (tx) => {
    await upsertOrganisations(tx, groups.flat(), 'tester');
    await upsertLinks(tx, [...links, { supplierInn: groups[0]![0]!.inn, buyerInn: groups[1]![0]!.inn, year: 2024, volume: 1e5, source: 'declared' }], 'tester');
  });
  await db.close();
}

test('flags: repeated and comma-separated regions, numbers checked, Russian messages', () => {
  assert.deepEqual(parseDiscoverDatabaseArgs(['--region', '22,54', '--region=30', '--resolution', '0.5', '--seed', '3', '--json']), {
    regions: ['22', '54', '30'], resolution: 0.5, seed: 3, quality: undefined, k: undefined, radiusKm: undefined, alpha: undefined,
    dataAsOf: undefined, asOf: undefined, json: true, db: undefined, 'database-url': undefined,
  });
  assert.equal(parseDiscoverDatabaseArgs(['--region', '2']), '--region: код региона — две цифры, получено «2»');
  assert.equal(parseDiscoverDatabaseArgs(['--resolution=-1']), '--resolution должно быть положительным числом');
  assert.equal(parseDiscoverDatabaseArgs(['--seed', '1.5']), '--seed должно быть неотрицательным целым числом');
});

test('missing-link, objective and date flags: parsed, and each bad value named with its range', () => {
  const today = '2026-11-23';
  const parsed = parseDiscoverDatabaseArgs(['--k', '3', '--radius=12.5', '--alpha', '0', '--objective', 'cpm', '--as-of', '2025-06-01', '--rules-as-of', '2025-09-01'], today);
  assert.ok(typeof parsed === 'object');
  assert.deepEqual([parsed.k, parsed.radiusKm, parsed.alpha, parsed.quality, parsed.dataAsOf, parsed.asOf], [3, 12.5, 0, 'cpm', '2025-06-01', '2025-09-01']);
  const errors: [string[], string][] = [
    [['--k', '2.5'], '--k: нужно целое число от 0 до 100, получено «2.5»'],
    [['--k', '101'], '--k: нужно целое число от 0 до 100, получено «101»'],
    [['--radius', '0'], '--radius: нужно число больше 0 и не больше 2000, получено «0»'],
    [['--radius', 'далеко'], '--radius: нужно число больше 0 и не больше 2000, получено «далеко»'],
    [['--alpha', '1.5'], '--alpha: нужно число от 0 до 1, получено «1.5»'],
    [['--alpha', ''], '--alpha: нужно число от 0 до 1, получено «»'],
    [['--objective', 'louvain'], '--objective: modularity или cpm, получено «louvain»'],
    [['--as-of', '2025-02-30'], '--as-of: нужна дата ГГГГ-ММ-ДД, получено «2025-02-30»'],
    [['--as-of', '01.06.2025'], '--as-of: нужна дата ГГГГ-ММ-ДД, получено «01.06.2025»'],
    [['--as-of', '2026-11-24'], '--as-of: дата 2026-11-24 ещё не наступила (сегодня 2026-11-23)'],
    [['--rules-as-of', '2025-13-01'], '--rules-as-of: нужна дата ГГГГ-ММ-ДД, получено «2025-13-01»'],
  ];
  for (const [args, message] of errors) assert.equal(parseDiscoverDatabaseArgs(args, today), message, args.join(' '));
});

test('klaster discover over a database: a table of two local candidates, then the same run as JSON', async () => {
  const dataDir = join(dir, 'db');
  await seed(dataDir);
  const table = captured();
  assert.equal(await discoverDatabase(['--region', '22', '--seed', '7', '--db', dataDir], table.ctx), 0, table.err());
  const lines = table.out().split('\n');
  assert.equal(lines[0], 'Расчёт №1: регионы 22; γ=0.8, зерно 7, k=5, R=30 км, α=0.3');
  assert.equal(lines[1], 'Данные: организаций 12, связей 13; сообществ 2, кандидатов 2');
  const rows = lines.filter((l) => /^ {0,1}\d+ +6 +6 +локальный/.test(l));
  assert.equal(rows.length, 2, table.out());
  assert.ok(table.out().includes('6 промышленных предприятий, требуется не менее 10: добавьте ещё 4'));

  const json = captured();
  assert.equal(await discoverDatabase(['--region=22', '--seed=7', '--json', `--db=${dataDir}`], json.ctx), 0, json.err());
  const result = JSON.parse(json.out());
  assert.equal(result.id, 2);
  assert.deepEqual(result.candidates.map((c: { members: unknown[]; territory: string }) => [c.members.length, c.territory]), [[6, 'local'], [6, 'local']]);
});

test('bad flags: exit 2 with the usage', async () => {
  const c = captured();
  assert.equal(await discoverDatabase(['--resolution', 'x'], c.ctx), 2);
  assert.match(c.err(), /Usage: klaster discover/);
});
