import { createHash } from 'node:crypto';
import { createReadStream, createWriteStream, renameSync, rmSync, writeFileSync } from 'node:fs';
import { once } from 'node:events';
import { pipeline } from 'node:stream/promises';
import { createGzip, gzipSync } from 'node:zlib';
import type { Writable } from 'node:stream';
import type { Database, Sql } from '@klaster/db';
import { BACKUP_FORMAT, BACKUP_VERSION, type BackupHeader, type BackupTableEntry } from './backup-format.ts';
import { appliedMigrations, listSchemaTables, orderBy, quoteIdent, type SchemaTable } from './schema-tables.ts';

const FETCH_SIZE = 2000;

async function writeText(out: Writable, text: string): Promise<void> {
  if (!out.write(text)) await once(out, 'drain');
}

/** Streams one table through a cursor (a 300 000-row history never sits in memory whole) and hashes its lines. */
async function dumpTable(tx: Sql, table: SchemaTable, out: Writable): Promise<BackupTableEntry> {
  const hash = createHash('sha256');
  let rows = 0;
  await tx.query(
    `DECLARE backup_rows NO SCROLL CURSOR FOR SELECT to_jsonb(t)::text AS line FROM ${quoteIdent(table.name)} t ORDER BY ${orderBy(table)}`,
  );
  for (;;) {
    const batch = await tx.query<{ line: string }>(`FETCH ${FETCH_SIZE} FROM backup_rows`);
    if (batch.length === 0) break;
    const text = batch.map((r) => r.line + '\n').join('');
    hash.update(text);
    rows += batch.length;
    await writeText(out, text);
  }
  await tx.query('CLOSE backup_rows');
  return { name: table.name, rows, sha256: hash.digest('hex') };
}

/**
 * Writes a backup of every table to `file`. All tables are read from one snapshot (REPEATABLE READ), so a backup
 * taken while the server works is consistent. The rows go to a gzip'd temporary file first, because the header
 * (row counts, checksums) must come first; the header is then written as its own gzip member and the body appended
 * (concatenated gzip members are one valid gzip stream). The file appears under its name only when complete.
 */
export async function writeBackup(db: Database, file: string): Promise<BackupHeader> {
  const bodyFile = `${file}.body.tmp`;
  const partFile = `${file}.part`;
  try {
    const header = await db.transaction(async (tx) => {
      await tx.query('SET TRANSACTION ISOLATION LEVEL REPEATABLE READ');
      // Timestamps are written in UTC whatever the server's time zone: the same data gives the same file.
      await tx.query(`SET LOCAL TimeZone = 'UTC'`);
      const tables = await listSchemaTables(tx);
      const gzip = createGzip();
      const written = pipeline(gzip, createWriteStream(bodyFile));
      const entries: BackupTableEntry[] = [];
      for (const table of tables) entries.push(await dumpTable(tx, table, gzip));
      gzip.end();
      await written;
      const result: BackupHeader = {
        format: BACKUP_FORMAT, version: BACKUP_VERSION, createdAt: new Date().toISOString(), engine: db.engine,
        schemaMigrations: await appliedMigrations(tx), tables: entries,
      };
      return result;
    });
    writeFileSync(partFile, gzipSync(JSON.stringify(header) + '\n'));
    await pipeline(createReadStream(bodyFile), createWriteStream(partFile, { flags: 'a' }));
    renameSync(partFile, file);
    return header;
  } finally {
    rmSync(bodyFile, { force: true });
    rmSync(partFile, { force: true });
  }
}
