import { mkdirSync } from 'node:fs';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import type { Database, Row, Sql } from './driver.ts';
import { NUMERIC_TYPE_IDS, parseNumeric } from './driver.ts';

/** Dates stay 'YYYY-MM-DD' strings (no time zone shift); int8 and numeric become numbers. */
const parsers = {
  [NUMERIC_TYPE_IDS.int8]: parseNumeric,
  [NUMERIC_TYPE_IDS.numeric]: parseNumeric,
  [NUMERIC_TYPE_IDS.date]: (v: string) => v,
};

function wrap(target: PGlite | Transaction): Sql {
  return {
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await target.query<T>(text, params as unknown[]);
      return result.rows;
    },
    async exec(text: string) {
      await target.exec(text);
    },
    async copyFrom(table, columns, text) {
      const blob = new Blob([...text]);
      const result = await target.query(`COPY ${table} (${columns.join(', ')}) FROM '/dev/blob'`, [], { blob });
      return result.affectedRows ?? 0;
    },
  };
}

/** Opens PGlite in `dir` (created if missing), or in memory when dir is undefined (tests only: 2 GiB heap cap). */
export async function openPglite(dir?: string): Promise<Database> {
  if (dir) mkdirSync(dir, { recursive: true });
  const pg = await PGlite.create(dir ?? 'memory://', { extensions: { pg_trgm }, parsers });
  const base = wrap(pg);
  return {
    engine: 'pglite',
    location: dir ?? 'memory://',
    query: base.query,
    exec: base.exec,
    copyFrom: base.copyFrom,
    transaction: (fn) => pg.transaction((tx) => fn(wrap(tx))),
    close: () => pg.close(),
  };
}
