// `klaster discover` spawned as an operator runs it: the missing-link flags, the objective and the data snapshot date
// reach the stored run, and bad flags exit 2 with a Russian message naming the flag, before any database is opened.
import { before, after, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { completeInn10, type OrganisationInput } from '@klaster/core';
import { openDatabase, softDeleteOrganisation, upsertLinks, upsertOrganisations } from '@klaster/db';
import { runCli } from '../testing/spawn-cli.ts';

const dir = mkdtempSync(join(tmpdir(), 'klaster-discover-spawned-'));
const dataDir = join(dir, 'db');
after(() => rmSync(dir, { recursive: true, force: true }));

const org = (n: number, okved: string, oktmo: string, lat: number): OrganisationInput => ({
  inn: completeInn10(`22050${String(n).padStart(4, '0')}`), name: `Завод ${n}`, kind: 'industrial', okvedMain: okved, regionCode: '22', oktmo, lat, lon: 85,
  years: [{ year: 2024, headcount: 100, revenue: 1e8 }],
});
const ring = (group: OrganisationInput[]) => group.map((o, i) => ({ supplierInn: o.inn, buyerInn: group[(i + 1) % 6]!.inn, year: 2024, volume: 5e6, source: 'declared' as const }));

/**
 * Two rings of six firms registered "in 2025" (their history is dated 2025-01-01), then, today, a third ring and the
 * deletion of one firm of the first. The registry as of 2025-06-01 is the first twelve firms, deleted one included.
 */
before(async () => {
  const early = [0, 1].map((g) => [0, 1, 2, 3, 4, 5].map((i) => org(g * 10 + i, g ? '20.16' : '21.20', g ? '01701000' : '01705000', 52.5 + g + i * 0.01)));
  const late = [0, 1, 2, 3, 4, 5].map((i) => org(20 + i, '25.62', '01701000', 53.5 + i * 0.01));
  const db = await openDatabase({ dir: dataDir });
  try {
    await db.transaction(async (tx) => {
      await upsertOrganisations(tx, early.flat(), 'tester');
      await upsertLinks(tx, [...ring(early[0]!), ...ring(early[1]!)], 'tester');
    });
    await db.query(`UPDATE history SET at = '2025-01-01T09:00:00Z'`);
    await db.transaction(async (tx) => {
      await upsertOrganisations(tx, late, 'tester');
      await upsertLinks(tx, ring(late), 'tester');
      const [gone] = await tx.query<{ id: number }>('SELECT id FROM organisations WHERE inn = $1', [early[0]![0]!.inn]);
      await softDeleteOrganisation(tx, Number(gone!.id), 'tester');
    });
  } finally {
    await db.close();
  }
});

const discover = (...args: string[]) => runCli(['discover', '--region', '22', '--seed', '7', ...args, '--db', dataDir], dir);

test('--k, --radius, --alpha and --as-of reach the run; the snapshot is the registry of that day', async () => {
  const run = await discover('--k', '2', '--radius', '15', '--alpha', '0.4', '--as-of', '2025-06-01', '--json');
  assert.equal(run.code, 0, run.stderr);
  const result = JSON.parse(run.stdout);
  assert.deepEqual(
    [result.params.k, result.params.radiusKm, result.params.alpha, result.params.quality, result.params.dataAsOf, result.params.asOf],
    [2, 15, 0.4, 'modularity', '2025-06-01', '2025-06-01'],
  );
  assert.deepEqual([result.snapshot.organisations, result.snapshot.links], [12, 12]);
  assert.deepEqual(result.candidates.map((c: { members: unknown[] }) => c.members.length), [6, 6]);
});

test('without --as-of the data now: the late ring is in, the deleted firm out; --objective cpm is stored and shown', async () => {
  const run = await discover('--objective', 'cpm', '--resolution', '0.05');
  assert.equal(run.code, 0, run.stderr);
  const header = run.stdout.split('\n').slice(0, 2);
  assert.equal(header[0], 'Расчёт №2: регионы 22; γ=0.05 (CPM), зерно 7, k=5, R=30 км, α=0.3');
  assert.equal(header[1], 'Данные: организаций 17, связей 16; сообществ 3, кандидатов 3');
});

test('bad flags exit 2 with the flag, the value and what is allowed', async () => {
  for (const [args, message] of [
    [['--alpha', '1.5'], '--alpha: нужно число от 0 до 1, получено «1.5»'],
    [['--as-of', '2025-02-30'], '--as-of: нужна дата ГГГГ-ММ-ДД, получено «2025-02-30»'],
    [['--objective', 'louvain'], '--objective: modularity или cpm, получено «louvain»'],
  ] as const) {
    const run = await discover(...args);
    assert.equal(run.code, 2, args.join(' '));
    assert.ok(run.stderr.startsWith(`Ошибка: ${message}\n`), run.stderr);
    assert.match(run.stderr, /Usage: klaster discover/);
  }
});
