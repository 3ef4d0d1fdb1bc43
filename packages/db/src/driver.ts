/**
 * One small interface over the two PostgreSQL engines Klaster runs on: embedded PGlite (default) and a
 * PostgreSQL server through `pg` (DATABASE_URL). Repositories speak plain SQL through it, so the same
 * statements run on both; the differences between the drivers (how int8, numeric and date come back)
 * are normalised here, in one place.
 */
export type Row = Record<string, unknown>;

export interface Sql {
  /** Runs one statement with $1… parameters and returns its rows. */
  query<T extends Row = Row>(text: string, params?: readonly unknown[]): Promise<T[]>;
  /** Runs one or more statements without parameters (migrations, DDL). */
  exec(text: string): Promise<void>;
  /**
   * Bulk-loads rows given in PostgreSQL's COPY text format (tab-separated, `\N` for null, one row per line) into
   * `table (columns)`; returns the number of rows loaded. Table and column names are trusted code constants.
   * A server gets COPY … FROM STDIN; PGlite reads the text as a blob (COPY … FROM '/dev/blob').
   */
  copyFrom(table: string, columns: readonly string[], text: Iterable<string>): Promise<number>;
}

export interface Database extends Sql {
  readonly engine: 'pglite' | 'postgres';
  /** Human-readable location: the data directory or the server URL without its password. */
  readonly location: string;
  /** Runs fn in one transaction: everything it wrote is committed together, or nothing is. */
  transaction<T>(fn: (tx: Sql) => Promise<T>): Promise<T>;
  close(): Promise<void>;
}

/** int8 and numeric arrive as strings from `pg` and as strings (numeric) from PGlite: make them numbers. */
export const NUMERIC_TYPE_IDS = { int8: 20, numeric: 1700, date: 1082 } as const;

export function parseNumeric(value: string): number {
  return Number(value);
}
