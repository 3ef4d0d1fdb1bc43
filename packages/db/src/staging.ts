import { copyLine, type CopyType } from './copy-text.ts';
import type { Sql } from './driver.ts';

export interface StagingColumn {
  name: string;
  type: CopyType;
}

/** Lines per COPY chunk: the server (or PGlite's blob) gets the text in pieces of a few hundred kilobytes. */
const CHUNK_ROWS = 2000;

function* copyChunks(types: readonly CopyType[], rows: Iterable<readonly unknown[]>): Generator<string> {
  let lines: string[] = [];
  for (const row of rows) {
    lines.push(copyLine(types, row));
    if (lines.length === CHUNK_ROWS) {
      yield lines.join('\n') + '\n';
      lines = [];
    }
  }
  if (lines.length) yield lines.join('\n') + '\n';
}

/** A temporary table that is filled by COPY, read by the caller's statements and emptied again, batch by batch. */
export interface StagingTable {
  /**
   * The rows as COPY text. Made apart from load() so the next batch's text can be made while the server is still
   * busy with the statements over the previous one (on PostgreSQL, two cores at work instead of one).
   */
  text(rows: Iterable<readonly unknown[]>): string[];
  /** Replaces the table's rows with these; returns how many were loaded. */
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
  const types = columns.map((c) => c.type);
  await tx.exec(`CREATE TEMP TABLE ${table} (${columns.map((c) => `${c.name} ${c.type}`).join(', ')}) ON COMMIT DROP`);
  let loaded = false;
  const result = await fn({
    text: (rows) => [...copyChunks(types, rows)],
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
