import type { CopyType } from './copy-text.ts';
import type { Sql } from './driver.ts';

export interface StagingColumn {
  name: string;
  type: CopyType;
}

/** A temporary table that is filled by COPY, read by the caller's statements and emptied again, batch by batch. */
export interface StagingTable {
  /** Replaces the table's rows with these COPY text chunks (copy-text.ts); returns how many were loaded. */
  load(text: readonly string[]): Promise<number>;
}

/**
 * Runs fn with a temporary staging table and drops it afterwards. Loading rows with COPY is far cheaper than
 * binding every value as a parameter. The table lives inside the caller's transaction: a rollback removes it with
 * everything else, and ON COMMIT DROP clears it should fn fail. Call inside a transaction (a pool would run the
 * statements on different connections, each with its own temporary tables).
 */
export async function withStagingTable<T>(tx: Sql, table: string, columns: readonly StagingColumn[], fn: (staging: StagingTable) => Promise<T>): Promise<T> {
  const names = columns.map((c) => c.name);
  await tx.exec(`CREATE TEMP TABLE ${table} (${columns.map((c) => `${c.name} ${c.type}`).join(', ')}) ON COMMIT DROP`);
  let loaded = false;
  const result = await fn({
    async load(text) {
      // DELETE, not TRUNCATE: TRUNCATE would make a new file for every batch
      if (loaded) await tx.exec(`DELETE FROM ${table}`);
      loaded = true;
      return tx.copyFrom(table, names, text);
    },
  });
  await tx.exec(`DROP TABLE ${table}`);
  return result;
}
