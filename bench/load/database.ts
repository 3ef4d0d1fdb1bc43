// The load bench's database: a PGlite directory or a PostgreSQL database filled once to national scale and
// reused by later runs (a marker in `settings` records the scale it was filled to; anything else is rebuilt).
import { rmSync } from 'node:fs';
import pg from 'pg';
import { openDatabase, type Database } from '@klaster/db';
import { ensureAccount } from '../../apps/server/src/reliability/http-session.ts';
import { countRegistry, populateRegistry, type Populated, type Scale } from './populate.ts';

export type Engine = 'pglite' | 'postgres';

export const BENCH_LOGIN = 'bench-operator';
const MARKER = 'bench_load_scale';

export interface BenchDatabase {
  engine: Engine;
  /** Flags for `klaster serve`. */
  serveArgs: string[];
  counts: Populated;
  /** Seconds spent filling it (0 when reused). */
  populateSeconds: number;
}

/** CREATE DATABASE name on the server of `url` unless it exists; returns the URL of that database. */
async function ensurePostgresDatabase(url: string, name: string, recreate: boolean): Promise<string> {
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  try {
    if (recreate) await admin.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
    const { rowCount } = await admin.query('SELECT 1 FROM pg_database WHERE datname = $1', [name]);
    if (!rowCount) await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const target = new URL(url);
  target.pathname = `/${name}`;
  return target.toString();
}

/** Keys sorted: jsonb does not keep the order they were written in. */
const canonical = (value: object) => JSON.stringify(value, Object.keys(value).sort());

async function marker(db: Database): Promise<string | null> {
  const [row] = await db.query<{ value: object }>(`SELECT value FROM settings WHERE key = $1`, [MARKER]);
  return row ? canonical(row.value) : null;
}

async function fill(db: Database, scale: Scale, log: (line: string) => void): Promise<{ counts: Populated; seconds: number }> {
  const t = Date.now();
  log(`filling to ${scale.organisations} organisations, ${scale.organisations * scale.linksPerOrganisation} links, ${scale.clusters} clusters…`);
  const counts = await populateRegistry(db, scale, (line) => log(`  ${line}`));
  await db.query(`INSERT INTO settings (key, value) VALUES ($1, $2::jsonb) ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value`, [MARKER, JSON.stringify(scale)]);
  return { counts, seconds: (Date.now() - t) / 1000 };
}

/**
 * Opens (creating and filling when needed) the bench database of one engine, makes sure the bench account
 * exists, and closes it again: the server process opens it next (PGlite allows one process at a time).
 */
export async function prepareDatabase(engine: Engine, where: string, scale: Scale, log: (line: string) => void): Promise<BenchDatabase> {
  const wanted = canonical(scale);
  const open = async (recreate: boolean): Promise<{ db: Database; serveArgs: string[] }> => {
    if (engine === 'pglite') {
      if (recreate) rmSync(where, { recursive: true, force: true });
      return { db: await openDatabase({ dir: where }), serveArgs: ['--db', where] };
    }
    const url = await ensurePostgresDatabase(where, 'klaster_bench_load', recreate);
    return { db: await openDatabase({ url }), serveArgs: ['--database-url', url] };
  };
  let { db, serveArgs } = await open(false);
  try {
    let populateSeconds = 0;
    const found = await marker(db);
    if (found !== wanted) {
      const empty = (await countRegistry(db)).organisations === 0;
      if (!empty) {
        log(`the bench database holds another scale (${found ?? 'unmarked'}): rebuilding it`);
        await db.close();
        ({ db, serveArgs } = await open(true));
      }
      populateSeconds = (await fill(db, scale, log)).seconds;
    }
    await ensureAccount(db, BENCH_LOGIN, 'admin');
    const counts = await countRegistry(db);
    return { engine, serveArgs, counts, populateSeconds };
  } finally {
    await db.close();
  }
}

export const defaultLocation = (engine: Engine): string =>
  engine === 'pglite' ? '/tmp/klaster-bench-load/pgdata' : process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
