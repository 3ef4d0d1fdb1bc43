// Load bench (issue 8): autocannon against a `klaster serve` process on the national-scale registry (300 000
// organisations, 3 000 000 links, 1 000 clusters), per scenario requests/s, p50/p99 latency and errors; then
// optionally a soak with the server's memory (RSS, heap) sampled every 10 s.
// Run: node --import tsx bench/load/run.ts --engine pglite|postgres [--duration 20] [--connections 10]
//        [--soak 600] [--only "map data,write mix"] [--where DIR|URL]
//      (PostgreSQL: DATABASE_URL or postgres://postgres@127.0.0.1:5432/test; the bench database is klaster_bench_load)
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import autocannon, { type Result } from 'autocannon';
import { killHard, spawnServer, type ServerProcess } from '../../apps/server/src/reliability/crash-harness.ts';
import { signInOverHttp } from '../../apps/server/src/reliability/http-session.ts';
import { BENCH_LOGIN, defaultLocation, prepareDatabase, type Engine } from './database.ts';
import { NATIONAL_SCALE } from './populate.ts';
import { autocannonRequests, organisationMaker, scenarios, type Scenario, type ScenarioContext } from './scenarios.ts';

const { values } = parseArgs({
  options: {
    engine: { type: 'string' }, where: { type: 'string' }, duration: { type: 'string', default: '20' }, connections: { type: 'string', default: '10' },
    soak: { type: 'string', default: '0' }, 'soak-scenario': { type: 'string', default: 'write mix' }, only: { type: 'string' },
    out: { type: 'string', default: '/tmp/klaster-bench-load' },
  },
});
if (values.engine !== 'pglite' && values.engine !== 'postgres') throw new Error('--engine pglite|postgres is required');
const engine: Engine = values.engine;
const DURATION = Number(values.duration);
const CONNECTIONS = Number(values.connections);
const SOAK = Number(values.soak);
const outDir = values.out!;
mkdirSync(outDir, { recursive: true });
const log = (line: string) => console.log(`[${new Date().toISOString().slice(11, 19)}] ${line}`);

interface Row {
  scenario: string;
  requests: number;
  rps: number;
  p50: number;
  p99: number;
  max: number;
  errors: number;
  statusCodes: Record<string, number>;
}

async function get<T>(server: ServerProcess, path: string): Promise<T> {
  const res = await fetch(`${server.baseUrl}${path}`);
  if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
  return res.json() as Promise<T>;
}

/** Cluster ids and region codes to aim at, and the valid organisations the write mix links (created through the API). */
async function context(server: ServerProcess): Promise<ScenarioContext> {
  const clusterIds: number[] = [];
  for (let page = 1; ; page++) {
    const { items } = await get<{ items: { id: number; code: string }[] }>(server, `/api/clusters?pageSize=500&page=${page}`);
    clusterIds.push(...items.filter((c) => c.code.startsWith('load-')).map((c) => c.id));
    if (items.length < 500) break;
  }
  const regionCodes = (await get<{ items: { code: string }[] }>(server, '/api/regions')).items.map((r) => r.code);
  const session = await signInOverHttp(server.baseUrl, BENCH_LOGIN);
  const make = organisationMaker(9_000_000);
  const writerInns: string[] = [];
  for (let i = 0; i < 200; i++) {
    const body = make();
    const res = await fetch(`${server.baseUrl}/api/organisations`, { method: 'POST', headers: { ...session.write, 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (res.status !== 200) throw new Error(`creating the write mix's organisations: ${res.status} ${await res.text()}`);
    writerInns.push(body.inn);
  }
  return { clusterIds, clusterPages: Math.ceil(clusterIds.length / 50), regionCodes, writerInns, writeHeaders: session.write };
}

async function hit(server: ServerProcess, scenario: Scenario, ctx: ScenarioContext, seconds: number, seed: number): Promise<Row> {
  const result: Result = await autocannon({
    url: server.baseUrl, connections: CONNECTIONS, duration: seconds, timeout: 30, requests: autocannonRequests(scenario, ctx, seed),
  });
  const statusCodes = Object.fromEntries(Object.entries(result.statusCodeStats ?? {}).map(([code, s]) => [code, s.count]));
  return {
    scenario: scenario.name, requests: result.requests.total, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99,
    max: result.latency.max, errors: result.errors + result.timeouts + result.non2xx, statusCodes,
  };
}

interface MemorySample {
  t: number;
  rss: number;
  heapUsed: number;
  heapTotal: number;
}

const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

function memorySummary(samples: MemorySample[]) {
  const of = (key: 'rss' | 'heapUsed') => {
    const v = samples.map((s) => s[key]);
    // Flat: the last minute's mean is within 10 % of the second minute's (the first minute includes warm-up).
    const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / Math.max(1, xs.length);
    const early = mean(v.slice(6, 12));
    const late = mean(v.slice(-6));
    return { first: v[0]!, last: v[v.length - 1]!, max: Math.max(...v), early, late, growth: early ? late / early - 1 : 0 };
  };
  return { samples: samples.length, rss: of('rss'), heapUsed: of('heapUsed') };
}

const stamp = new Date().toISOString().replace(/[:.]/g, '-');
log(`engine ${engine}; ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}; ${CONNECTIONS} connections, ${DURATION} s per scenario`);
const prepared = await prepareDatabase(engine, values.where ?? defaultLocation(engine), NATIONAL_SCALE, log);
log(`database: ${JSON.stringify(prepared.counts)}${prepared.populateSeconds ? `, filled in ${prepared.populateSeconds.toFixed(0)} s` : ' (reused)'}`);
const memoryLog = join(outDir, `memory-${engine}-${stamp}.jsonl`);
rmSync(memoryLog, { force: true });
const server = await spawnServer(prepared.serveArgs, {
  limitMs: 300_000, nodeArgs: ['--import', './bench/load/memory-probe.ts'], env: { KLASTER_MEMORY_LOG: memoryLog, KLASTER_MEMORY_INTERVAL_MS: '10000' },
});
const rows: Row[] = [];
let soak: ReturnType<typeof memorySummary> & { row: Row } | null = null;
try {
  log(`server ${server.baseUrl}`);
  const ctx = await context(server);
  const all = scenarios(ctx, organisationMaker(Date.now() % 1_000_000 * 7));
  const only = values.only?.split(',').map((s) => s.trim());
  for (const [i, scenario] of all.entries()) {
    if (only && !only.includes(scenario.name)) continue;
    await hit(server, scenario, ctx, 3, 1000 + i); // warm-up: caches, JIT, prepared plans
    const row = await hit(server, scenario, ctx, DURATION, i + 1);
    rows.push(row);
    log(`${row.scenario}: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, max ${row.max} ms, ${row.requests} requests, errors ${row.errors} ${JSON.stringify(row.statusCodes)}`);
  }
  if (SOAK > 0) {
    const scenario = all.find((s) => s.name === values['soak-scenario'])!;
    const from = Date.now();
    log(`soak: ${scenario.name} for ${SOAK} s, memory every 10 s`);
    const row = await hit(server, scenario, ctx, SOAK, 4242);
    const samples = readFileSync(memoryLog, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as MemorySample).filter((s) => s.t >= from);
    soak = { ...memorySummary(samples), row };
    log(`soak: ${row.rps.toFixed(0)} req/s, p50 ${row.p50} ms, p99 ${row.p99} ms, errors ${row.errors}; RSS first ${mib(soak.rss.first)} last ${mib(soak.rss.last)} max ${mib(soak.rss.max)}; `
      + `heap first ${mib(soak.heapUsed.first)} last ${mib(soak.heapUsed.last)} max ${mib(soak.heapUsed.max)}; last minute vs second minute: RSS ${(soak.rss.growth * 100).toFixed(1)} %, heap ${(soak.heapUsed.growth * 100).toFixed(1)} %`);
  }
} finally {
  // SIGTERM: `klaster serve` closes the database cleanly (PGlite checkpoints), so the next run reuses it at once.
  const exited = new Promise((resolve) => server.child.once('exit', resolve));
  server.child.kill('SIGTERM');
  const timer = setTimeout(() => void killHard(server.child), 60_000);
  await exited;
  clearTimeout(timer);
}

const resultFile = join(outDir, `results-${engine}-${stamp}.json`);
writeFileSync(resultFile, JSON.stringify({ engine, connections: CONNECTIONS, duration: DURATION, counts: prepared.counts, rows, soak, memoryLog }, null, 2));
console.log(`\n| engine | scenario | req/s | p50 ms | p99 ms | max ms | requests | errors |\n|---|---|---:|---:|---:|---:|---:|---:|`);
for (const r of rows) console.log(`| ${engine} | ${r.scenario} | ${r.rps.toFixed(0)} | ${r.p50} | ${r.p99} | ${r.max} | ${r.requests} | ${r.errors} |`);
const slow = rows.filter((r) => r.p99 > 500);
if (slow.length) console.log(`\np99 over 500 ms: ${slow.map((r) => r.scenario).join(', ')}`);
console.log(`\nresults: ${resultFile}`);
const failed = rows.some((r) => r.errors > 0) || (soak?.row.errors ?? 0) > 0;
process.exit(failed ? 1 : 0);
