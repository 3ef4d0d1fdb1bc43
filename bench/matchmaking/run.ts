// Matchmaking benchmark (issue 6): one need against 300 000 suppliers (one capability each), top 20 with
// every score component, on PGlite (in memory) and on PostgreSQL (scratch database). Goal: under 50 ms.
// Run: node --import tsx bench/matchmaking/run.ts [--suppliers 300000] [--runs 30] [--engines pglite,postgres]
//      (PostgreSQL: DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { capabilityCandidates, createScratchDatabase, getNeed, openDatabase, relationsOf, type Database } from '@klaster/db';
import { okpd2Prefixes, rankMatches } from '@klaster/core/matching/index.ts';
import { isSme, type SmeCategory } from '@klaster/core';
import { buildApp } from '../../apps/server/src/app.ts';
import { rankSuppliersForNeed, type RankingOptions } from '../../apps/server/src/matchmaking/ranking.service.ts';
import { populateBuyer, populateSuppliers } from './populate.ts';

const { values } = parseArgs({ options: { suppliers: { type: 'string', default: '300000' }, runs: { type: 'string', default: '30' }, engines: { type: 'string', default: 'pglite,postgres' } } });
const SUPPLIERS = Number(values.suppliers);
const RUNS = Number(values.runs);

const CASES: { name: string; opts: RankingOptions }[] = [
  { name: 'top 20, no filter', opts: { limit: 20 } },
  { name: 'top 20, radius 500 km', opts: { limit: 20, radiusKm: 500 } },
  { name: 'top 20, SME only', opts: { limit: 20, smeOnly: true } },
];

function summary(ms: number[]): { median: number; p95: number; max: number } {
  const s = [...ms].sort((a, b) => a - b);
  const at = (q: number) => s[Math.min(s.length - 1, Math.floor(q * s.length))]!;
  return { median: Number(at(0.5).toFixed(1)), p95: Number(at(0.95).toFixed(1)), max: Number(s[s.length - 1]!.toFixed(1)) };
}

async function time(fn: () => Promise<unknown>): Promise<number[]> {
  for (let i = 0; i < 3; i++) await fn();
  const ms: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const t = performance.now();
    await fn();
    ms.push(performance.now() - t);
  }
  return ms;
}

/** The reference answer: every capability of the need's class scored, no tiers, no pruning. */
async function fullScan(db: Database, needId: number, opts: RankingOptions): Promise<string[]> {
  const need = (await getNeed(db, needId))!;
  const relations = await relationsOf(db, need.buyerId, 'buyer');
  const all = await capabilityCandidates(db, { prefixes: okpd2Prefixes(need.okpd2).filter((p) => p.length === 2), excludeOrganisationId: need.buyerId, smeOnly: opts.smeOnly });
  const pairs = all.map((c) => ({
    need: { okpd2: need.okpd2, volume: need.volume, lat: need.lat, lon: need.lon },
    offer: { okpd2: c.okpd2, capacity: c.capacity, lat: c.lat, lon: c.lon, isSme: isSme(c.smeCategory as SmeCategory | null) },
    relation: { sameCluster: relations.clusterMates.has(c.supplierId), pastLinkYears: relations.pastLinkYears.get(c.supplierId) ?? 0 },
    regionCode: c.regionCode, id: c.id, item: c,
  }));
  return rankMatches(pairs, opts, opts.limit ?? 20).map((r) => `${r.item.id}:${r.score.total}`);
}

async function benchEngine(engine: string, db: Database): Promise<void> {
  const t0 = performance.now();
  await populateSuppliers(db, SUPPLIERS);
  const needId = await populateBuyer(db);
  console.log(`${engine}: ${SUPPLIERS} suppliers populated in ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  for (const c of CASES) {
    const result = await rankSuppliersForNeed(db, needId, c.opts);
    const ms = await time(() => rankSuppliersForNeed(db, needId, c.opts));
    const same = (await fullScan(db, needId, c.opts)).join() === result.items.map((i) => `${i.item.id}:${i.score.total}`).join();
    console.log(`${engine} | service | ${c.name} | read ${result.stats.candidatesScored}, top ${result.items[0]?.score.total}, 20th ${result.items.at(-1)?.score.total}, same as full scan: ${same} | ${JSON.stringify(summary(ms))}`);
  }
  const app = await buildApp({ db });
  const ms = await time(async () => {
    const res = await app.inject(`/api/needs/${needId}/suppliers?limit=20`);
    if (res.statusCode !== 200) throw new Error(res.body);
  });
  console.log(`${engine} | HTTP (inject) | top 20, no filter | ${JSON.stringify(summary(ms))}`);
  await app.close();
}

for (const engine of values.engines!.split(',')) {
  if (engine === 'pglite') {
    const db = await openDatabase({});
    await benchEngine('PGlite', db);
    await db.close();
  } else {
    const scratch = await createScratchDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
    const db = await openDatabase({ url: scratch.url });
    try {
      await benchEngine('PostgreSQL', db);
    } finally {
      await db.close();
      await scratch.drop();
    }
  }
}
