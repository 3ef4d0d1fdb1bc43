import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import pg from 'pg';
import { from as copyFromStdin } from 'pg-copy-streams';
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
    async copyFrom(table, columns, text) {
      // COPY needs one connection for the whole stream: a pool lends one for the duration.
      const borrowed = client instanceof pg.Pool ? await client.connect() : null;
      const conn = borrowed ?? (client as pg.PoolClient);
      // As in transaction(): a borrowed client that loses its server mid-stream must not crash the process.
      let lost: Error | undefined;
      const onError = (error: Error) => (lost = error);
      borrowed?.on('error', onError);
      try {
        const stream = conn.query(copyFromStdin(`COPY ${table} (${columns.join(', ')}) FROM STDIN`));
        // pipeline: back-pressure while the server is busy, and a server error rejects instead of hanging.
        await pipeline(Readable.from(text), stream);
        return stream.rowCount;
      } finally {
        if (borrowed) {
          borrowed.off('error', onError);
          borrowed.release(lost);
        }
      }
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
  // connectionTimeoutMillis: a server that does not answer fails the request (503) instead of holding it forever.
  const pool = new pg.Pool({ connectionString: url, max: 10, connectionTimeoutMillis: 10_000 });
  // A lost server connection must not crash the process: the next query reports the error instead.
  pool.on('error', () => undefined);
  await pool.query('SELECT 1');
  const base = wrap(pool);
  return {
    engine: 'postgres',
    location: redactUrl(url),
    query: base.query,
    exec: base.exec,
    copyFrom: base.copyFrom,
    async transaction(fn) {
      const client = await pool.connect();
      // pool.on('error') covers idle clients only: a checked-out one that loses its server between two statements
      // (PostgreSQL restarted mid-import) would emit an unhandled 'error' and crash the process. Keep the error;
      // the next statement fails, the transaction rolls back, and the broken client is destroyed, not reused.
      let lost: Error | undefined;
      const onError = (error: Error) => (lost = error);
      client.on('error', onError);
      try {
        await client.query('BEGIN');
        const result = await fn(wrap(client));
        await client.query('COMMIT');
        return result;
      } catch (error) {
        await client.query('ROLLBACK').catch(() => undefined);
        throw error;
      } finally {
        client.off('error', onError);
        client.release(lost);
      }
    },
    close: () => pool.end(),
  };
}
