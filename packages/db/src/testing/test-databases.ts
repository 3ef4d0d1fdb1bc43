import { after, before, describe } from 'node:test';
import pg from 'pg';
import type { Database } from '../driver.ts';
import { openDatabase } from '../open.ts';

/**
 * Runs a suite against every engine Klaster supports: PGlite in memory always, and a PostgreSQL server
 * when TEST_DATABASE_URL or DATABASE_URL is set (a fresh database is created for the suite and dropped
 * after). In CI (CI=true) the server is mandatory: a missing URL fails instead of skipping.
 */
export function serverUrl(): string | undefined {
  return process.env.TEST_DATABASE_URL || process.env.DATABASE_URL || undefined;
}

export function describeOnDatabases(title: string, body: (db: () => Database) => void): void {
  describe(`${title} [PGlite]`, () => {
    let db: Database;
    before(async () => {
      db = await openDatabase({});
    });
    after(() => db.close());
    body(() => db);
  });
  const url = serverUrl();
  const mandatory = process.env.CI === 'true';
  const skipReason =
    !url && !mandatory ? 'PostgreSQL server tests skipped: set DATABASE_URL=postgres://… to run them' : false;
  describe(`${title} [PostgreSQL]`, { skip: skipReason }, () => {
    let db: Database;
    let dropDatabase: () => Promise<void> = async () => undefined;
    before(async () => {
      if (!url) throw new Error('CI=true but neither TEST_DATABASE_URL nor DATABASE_URL is set: PostgreSQL tests are mandatory in CI');
      const created = await createScratchDatabase(url);
      dropDatabase = created.drop;
      db = await openDatabase({ url: created.url });
    });
    after(async () => {
      await db?.close();
      await dropDatabase();
    });
    body(() => db);
  });
}

/** Creates an empty database next to the one in `url`, so suites never see each other's rows. */
export async function createScratchDatabase(url: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `klaster_test_${process.pid}_${Math.floor(Math.random() * 1e9)}`;
  const admin = new pg.Client({ connectionString: url });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const scratch = new URL(url);
  scratch.pathname = '/' + name;
  return {
    url: scratch.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: url });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
