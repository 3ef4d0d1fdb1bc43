// Import benchmark (issue 2): 300 000 organisations through the full importer vs a bare COPY of the same rows,
// on PGlite (fresh data directory) and on PostgreSQL (scratch database). Goal: import ≥ half the speed of COPY.
// Run: node --import tsx bench/import/run.ts [--rows 300000] [--engines pglite,postgres]
//      (PostgreSQL: DATABASE_URL, default postgres://postgres@127.0.0.1:5432/test)
import { mkdtempSync, rmSync } from 'node:fs';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { createScratchDatabase, openDatabase, type Database } from '@klaster/db';
import { generateBenchFiles, type GeneratedFiles } from './generate.ts';
import { organisationsFingerprint, timeImport, timeParseAndValidate, timePgliteCopy, timePostgresCopy, type Timing } from './measure.ts';

interface EngineResult {
  engine: string;
  importRun: Timing;
  copyRun: Timing;
  sameRows: boolean;
}

const rate = (t: Timing) => Math.round(t.rows / t.seconds);

async function withFingerprint(db: Database): Promise<string> {
  const f = await organisationsFingerprint(db);
  return `${f.rows}:${f.md5}`;
}

async function benchPglite(files: GeneratedFiles): Promise<EngineResult> {
  const importDir = mkdtempSync(join(tmpdir(), 'klaster-bench-import-'));
  const copyDir = mkdtempSync(join(tmpdir(), 'klaster-bench-copy-'));
  try {
    let db = await openDatabase({ dir: importDir });
    const importRun = await timeImport(db, files.csv);
    const imported = await withFingerprint(db);
    await db.close();
    // Migrations and reference tables first (not timed), then COPY through a bare PGlite on the same directory.
    await (await openDatabase({ dir: copyDir })).close();
    const copyRun = await timePgliteCopy(copyDir, files.copy);
    db = await openDatabase({ dir: copyDir });
    const copied = await withFingerprint(db);
    await db.close();
    return { engine: 'PGlite', importRun, copyRun, sameRows: imported === copied };
  } finally {
    rmSync(importDir, { recursive: true, force: true });
    rmSync(copyDir, { recursive: true, force: true });
  }
}

async function benchPostgres(files: GeneratedFiles, url: string): Promise<EngineResult> {
  const forImport = await createScratchDatabase(url);
  const forCopy = await createScratchDatabase(url);
  try {
    let db = await openDatabase({ url: forImport.url });
    const importRun = await timeImport(db, files.csv);
    const imported = await withFingerprint(db);
    await db.close();
    db = await openDatabase({ url: forCopy.url });
    const copyRun = timePostgresCopy(forCopy.url, files.copy);
    const copied = await withFingerprint(db);
    await db.close();
    return { engine: 'PostgreSQL', importRun, copyRun, sameRows: imported === copied };
  } finally {
    await forImport.drop();
    await forCopy.drop();
  }
}

function report(r: EngineResult): string {
  const ratio = rate(r.importRun) / rate(r.copyRun);
  // PGlite runs inside this process, so its CPU seconds are the whole work of both sides; a server's are not
  const cpu = r.copyRun.cpu > 0 ? `${r.importRun.cpu.toFixed(1)} s / ${r.copyRun.cpu.toFixed(1)} s = ${(r.copyRun.cpu / r.importRun.cpu).toFixed(2)}` : '—';
  return `| ${r.engine} | ${r.importRun.seconds.toFixed(1)} s | ${rate(r.importRun).toLocaleString('en')} | ${r.copyRun.seconds.toFixed(1)} s | ${rate(r.copyRun).toLocaleString('en')} | ${ratio.toFixed(2)} | ${ratio >= 0.5 ? 'yes' : 'no'} | ${cpu} | ${r.sameRows ? 'yes' : 'NO'} | ${loadavg()[0]!.toFixed(1)} |`;
}

const { values } = parseArgs({
  options: { rows: { type: 'string', default: '300000' }, engines: { type: 'string', default: 'pglite,postgres' }, out: { type: 'string', default: '/tmp/klaster-bench-import' } },
});
const engines = values.engines!.split(',');
const files = await generateBenchFiles(Number(values.rows), values.out!);
console.log(`${files.rows} organisations generated; ${cpus().length} cores (${cpus()[0]?.model}), Node ${process.version}, ${new Date().toISOString()}`);
const stages = await timeParseAndValidate(files.csv);
console.log(`importer stages without the database: read ${stages.read.toFixed(2)} s, parse CSV ${stages.parse.toFixed(2)} s, validate ${stages.validate.toFixed(2)} s`);
console.log('| engine | import | import rows/s | COPY | COPY rows/s | ratio | ≥ 0.5 | CPU import / COPY = ratio | same rows | load after |\n|---|---|---|---|---|---|---|---|---|---|');
if (engines.includes('pglite')) console.log(report(await benchPglite(files)));
if (engines.includes('postgres')) console.log(report(await benchPostgres(files, process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test')));
