import pg from 'pg';
import type { Database, Row, Sql } from './driver.ts';
import { NUMERIC_TYPE_IDS, parseNumeric } from './driver.ts';

const typeOverrides = {
  getTypeParser(oid: number, format?: 'text' | 'binary') {
    if (oid === NUMERIC_TYPE_IDS.int8 || oid === NUMERIC_TYPE_IDS.numeric) return parseNumeric;
    if (oid === NUMERIC_TYPE_IDS.date) return (v: string) => v;
    return pg.types.getTypeParser(oid, format);
  },
};

function wrap(client: pg.Pool | pg.PoolClient): Sql {
  return {
    async query<T extends Row>(text: string, params: readonly unknown[] = []) {
      const result = await client.query<T>({ text, values: params as unknown[], types: typeOverrides });
      return result.rows;
    },
    async exec(text: string) {
      await client.query(text);
    },
  };
}

/** The URL as it may be shown: without the password. */
export function redactUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return 'postgres://(unparseable URL)';
  }
}

export async function openPostgres(url: string): Promise<Database> {
  const pool = new pg.Pool({ connectionString: url, max: 10 });
  // A lost server connection must not crash the process: the next query reports the error instead.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const base = wrap(pool);
  return {
    engine: 'postgres',
    location: redactUrl(url),
    query: base.query,
    exec: base.exec,
    async transaction(fn) {
      const client = await pool.connect();
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.release();
      }
    },
    close: () => pool.end(),
  };
}
