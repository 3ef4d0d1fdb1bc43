// The timed operations of the import bench: the full import through importFile() and a bare COPY of the same rows.
import { readFileSync } from 'node:fs';
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database } from '@klaster/db';
import { importFile } from '@klaster/server';
import { loadReferenceIndex, readTable, validateOrganisations } from '@klaster/io';
import { COPY_COLUMNS } from './rows.ts';

export interface Timing {
  seconds: number;
  rows: number;
  /** CPU seconds of this process (all of the work on PGlite, which runs in-process): less swayed by other load. */
  cpu: number;
}

const cpuSince = (start: NodeJS.CpuUsage) => {
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e6;
};

/** Read + validate + upsert + history, one transaction: what `klaster import organisations FILE` does. */
export async function timeImport(db: Database, csvPath: string): Promise<Timing> {
  const started = performance.now();
  const cpu = process.cpuUsage();
  const data = readFileSync(csvPath);
  const report = await importFile(db, { kind: 'organisations', data, fileName: 'bench.csv', mode: 'all', actor: 'bench' });
  const seconds = (performance.now() - started) / 1000;
  if (report.status !== 'written') throw new Error(`import refused: ${report.messageEn} ${JSON.stringify(report.errors.slice(0, 3))}`);
  return { seconds, rows: report.created, cpu: cpuSince(cpu) };
}

const COPY_SQL = `COPY organisations (${COPY_COLUMNS.join(', ')})`;

/** PGlite: the file handed to COPY as a blob (/dev/blob), the way PGlite streams data into COPY. */
export async function timePgliteCopy(dir: string, copyPath: string): Promise<Timing> {
  const pg = await PGlite.create(dir, { extensions: { pg_trgm } });
  try {
    const started = performance.now();
    const cpu = process.cpuUsage();
    const blob = new Blob([readFileSync(copyPath)]);
    const result = await pg.query(`${COPY_SQL} FROM '/dev/blob'`, [], { blob });
    const seconds = (performance.now() - started) / 1000;
    return { seconds, rows: result.affectedRows ?? 0, cpu: cpuSince(cpu) };
  } finally {
    await pg.close();
  }
}

/** PostgreSQL: psql's \copy streams the file through COPY … FROM STDIN over the client protocol. */
export function timePostgresCopy(url: string, copyPath: string): Timing {
  const started = performance.now();
  const out = spawnSync('psql', [url, '-v', 'ON_ERROR_STOP=1', '-c', `\\copy organisations (${COPY_COLUMNS.join(', ')}) FROM '${copyPath}'`], { encoding: 'utf8' });
  const seconds = (performance.now() - started) / 1000;
  if (out.status !== 0) throw new Error(`psql \\copy failed: ${out.stderr}`);
  const rows = Number(/COPY (\d+)/.exec(out.stdout)?.[1] ?? 0);
  return { seconds, rows, cpu: 0 };
}

/** The importer's stages that do not touch the database, timed alone: where the time goes outside SQL. */
export async function timeParseAndValidate(csvPath: string): Promise<{ read: number; parse: number; validate: number }> {
  let t = performance.now();
  const data = readFileSync(csvPath);
  const read = (performance.now() - t) / 1000;
  t = performance.now();
  const table = await readTable(data, 'bench.csv');
  const parse = (performance.now() - t) / 1000;
  t = performance.now();
  const refs = loadReferenceIndex();
  const result = validateOrganisations(table, refs);
  const validate = (performance.now() - t) / 1000;
  if (result.errors.length) throw new Error(`unexpected validation errors: ${JSON.stringify(result.errors.slice(0, 3))}`);
  return { read, parse, validate };
}

/** Same rows stored? count + md5 of every written column, ordered by INN: equal after import and after COPY. */
export async function organisationsFingerprint(db: Database): Promise<{ rows: number; md5: string }> {
  const [row] = await db.query<{ rows: number; md5: string }>(
    `SELECT count(*)::int AS rows, md5(coalesce(string_agg(row(${COPY_COLUMNS.join(', ')})::text, '|' ORDER BY inn), '')) AS md5
     FROM organisations`,
  );
  return row!;
}
