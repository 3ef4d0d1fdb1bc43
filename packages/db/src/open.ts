import type { Database } from './driver.ts';
import { openPglite } from './pglite-driver.ts';
import { openPostgres } from './pg-driver.ts';
import { migrate } from './migrate.ts';
import { loadReferenceTables } from './reference.repository.ts';

export interface OpenOptions {
  /** postgres://… : a PostgreSQL server. Wins over dir. */
  url?: string;
  /** PGlite data directory; undefined with no url = in memory (tests). */
  dir?: string;
}

/** Opens the database, applies migrations and loads the reference classifiers (idempotent). */
export async function openDatabase(options: OpenOptions): Promise<Database> {
  const db = options.url ? await openPostgres(options.url) : await openPglite(options.dir);
  try {
    await migrate(db);
    await loadReferenceTables(db);
  } catch (error) {
    await db.close();
    throw error;
  }
  return db;
}
