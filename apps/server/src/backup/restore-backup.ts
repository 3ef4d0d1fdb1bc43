import type { Database, Sql } from '@klaster/db';
import { BackupError, type BackupHeader, type BackupTableEntry } from './backup-format.ts';
import { readBackup, verifyBackup } from './read-backup.ts';
import { appliedMigrations, listSchemaTables, quoteIdent, type SchemaTable } from './schema-tables.ts';

export interface RestoreOptions {
  /** Replace the contents of a database that already holds data (otherwise such a restore is refused). */
  force?: boolean;
}

/**
 * Filled by every start (the shipped classifiers and their fingerprint in settings): rows there do not make a
 * database "non-empty" — a fresh installation has them and nothing of the operator's.
 */
const FILLED_AT_START = new Set(['regions', 'okved', 'municipalities', 'settings']);

function checkSameSchema(header: BackupHeader, migrations: string[], tables: SchemaTable[]): void {
  if (header.schemaMigrations.join(',') !== migrations.join(','))
    throw new BackupError(
      `Копия сделана для другой версии схемы (миграции ${header.schemaMigrations.join(', ')}), в базе: ${migrations.join(', ')}. Восстановите её в Klaster той же версии.`,
      `The backup is of another schema version (migrations ${header.schemaMigrations.join(', ')}; this database: ${migrations.join(', ')}). Restore it with the same Klaster version.`,
    );
  const inFile = header.tables.map((t) => t.name).sort().join(',');
  const inDb = tables.map((t) => t.name).sort().join(',');
  if (inFile !== inDb)
    throw new BackupError(`Набор таблиц в копии (${inFile}) не совпадает со схемой базы (${inDb}).`, `The backup's tables (${inFile}) differ from the database's (${inDb}).`);
}

async function tablesWithData(db: Sql, tables: SchemaTable[]): Promise<string[]> {
  const filled: string[] = [];
  for (const t of tables.filter((t) => !FILLED_AT_START.has(t.name))) {
    const rows = await db.query(`SELECT 1 FROM ${quoteIdent(t.name)} LIMIT 1`);
    if (rows.length) filled.push(t.name);
  }
  return filled;
}

async function insertBatch(tx: Sql, table: BackupTableEntry, identity: boolean, lines: string[]): Promise<void> {
  const name = quoteIdent(table.name);
  await tx.query(
    `INSERT INTO ${name} ${identity ? 'OVERRIDING SYSTEM VALUE ' : ''}SELECT * FROM jsonb_populate_recordset(NULL::${name}, $1::jsonb)`,
    ['[' + lines.join(',') + ']'],
  );
}

/** Identity sequences continue after the restored ids, so the next insert does not collide. */
async function resetIdentities(tx: Sql, tables: SchemaTable[]): Promise<void> {
  for (const t of tables.filter((t) => t.identity)) {
    await tx.query(
      `SELECT setval(pg_get_serial_sequence($1, $2), max(${quoteIdent(t.identity!)})) FROM ${quoteIdent(t.name)}`,
      [t.name, t.identity],
    );
  }
}

/**
 * Restores a backup written by writeBackup, on PGlite or PostgreSQL whichever wrote it. The file is verified
 * completely first; then, in ONE transaction, every table is emptied and refilled in the file's order (parents
 * first) and the identity sequences are reset. Any problem (damaged file, other schema, data present without
 * force) throws BackupError and leaves the database as it was.
 */
export async function restoreBackup(db: Database, file: string, options: RestoreOptions = {}): Promise<BackupHeader> {
  const header = await verifyBackup(file);
  const tables = await listSchemaTables(db);
  checkSameSchema(header, await appliedMigrations(db), tables);
  const filled = await tablesWithData(db, tables);
  if (filled.length && !options.force)
    throw new BackupError(
      `База данных не пуста (таблицы: ${filled.join(', ')}). Чтобы заменить её содержимое копией, повторите с --force.`,
      `The database is not empty (tables: ${filled.join(', ')}). Use --force to replace its contents with the backup.`,
    );
  const identityTables = new Set(tables.filter((t) => t.identity).map((t) => t.name));
  return db.transaction(async (tx) => {
    await tx.query(`TRUNCATE ${tables.map((t) => quoteIdent(t.name)).join(', ')} RESTART IDENTITY`);
    // Read again inside the transaction: a file changed since the check still fails its checksums and rolls back.
    const restored = await readBackup(file, (table, lines) => insertBatch(tx, table, identityTables.has(table.name), lines));
    await resetIdentities(tx, tables);
    return restored;
  });
}
