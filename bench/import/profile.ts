// Where does the importer's time go? Parse and validate once, then write the rows in batches inside one transaction,
// timing every batch (a batch that gets slower as the table grows points at the SQL plan, not at the row count) and
// every statement of the first batch (staging table, COPY, the upsert).
// Run: node --import tsx bench/import/profile.ts [--rows 300000] [--engine postgres|pglite] [--batch 300000]
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { performance } from 'node:perf_hooks';
import type { OrganisationInput } from '@klaster/core';
import { createScratchDatabase, openDatabase, upsertOrganisations, type Database, type Sql } from '@klaster/db';
import { loadReferenceIndex, readTable, validateOrganisations } from '@klaster/io';
import { generateBenchFiles } from './generate.ts';

const { values } = parseArgs({
  options: {
    rows: { type: 'string', default: '300000' }, engine: { type: 'string', default: 'postgres' },
    batch: { type: 'string', default: '300000' }, out: { type: 'string', default: '/tmp/klaster-bench-import' },
  },
});
const files = await generateBenchFiles(Number(values.rows), values.out!);
const table = await readTable(readFileSync(files.csv), 'bench.csv');
const inputs: OrganisationInput[] = validateOrganisations(table, loadReferenceIndex()).valid.map((v) => v.input);
const batchSize = Number(values.batch);

async function open(): Promise<{ db: Database; cleanup: () => Promise<void> }> {
  if (values.engine === 'pglite') {
    const dir = mkdtempSync(join(tmpdir(), 'klaster-profile-'));
    const db = await openDatabase({ dir });
    return { db, cleanup: async () => { await db.close(); rmSync(dir, { recursive: true, force: true }); } };
  }
  const scratch = await createScratchDatabase(process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/test');
  const db = await openDatabase({ url: scratch.url });
  return { db, cleanup: async () => { await db.close(); await scratch.drop(); } };
}

/** The same Sql, logging how long each statement took (the COPY's time includes making its text). */
function timed(tx: Sql, log: string[]): Sql {
  const time = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    const t = performance.now();
    const result = await run();
    log.push(`${((performance.now() - t) / 1000).toFixed(2)} s  ${what.replace(/\s+/g, ' ').slice(0, 70)}`);
    return result;
  };
  return {
    query: (text, params) => time(text, () => tx.query(text, params)),
    exec: (text) => time(text, () => tx.exec(text)),
    copyFrom: (table, columns, text) => time(`COPY ${table}`, () => tx.copyFrom(table, columns, text)),
  };
}

const { db, cleanup } = await open();
try {
  const times: number[] = [];
  const started = performance.now();
  const statements: string[] = [];
  await db.transaction(async (tx) => {
    for (let start = 0; start < inputs.length; start += batchSize) {
      const t = performance.now();
      await upsertOrganisations(start === 0 ? timed(tx, statements) : tx, inputs.slice(start, start + batchSize), 'profile');
      times.push(performance.now() - t);
    }
  });
  const total = (performance.now() - started) / 1000;
  const show = (ms: number[]) => ms.map((m) => (m / 1000).toFixed(2)).join(' ');
  console.log(`${values.engine}, batch ${batchSize}: SQL ${total.toFixed(1)} s for ${inputs.length} rows (${Math.round(inputs.length / total)} rows/s)`);
  console.log(`first batches (s): ${show(times.slice(0, 5))}; last: ${show(times.slice(-5))}`);
  console.log(`statements of the first batch:\n  ${statements.join('\n  ')}`);
} finally {
  await cleanup();
}
