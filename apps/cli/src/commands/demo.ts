import { loadDemoData } from '@klaster/server';
import type { CliCommand } from '../context.ts';
import { configFrom, DATABASE_FLAGS, openFromConfig, parseArgs } from '../database-options.ts';

/** `klaster demo`: empties the registry and loads the demonstration data again (one transaction). */
export const demo: CliCommand = async (args, ctx) => {
  const { values } = parseArgs({ args, options: { ...DATABASE_FLAGS, seed: { type: 'string' } } });
  const config = configFrom(values, ctx);
  const db = await openFromConfig(config);
  try {
    const result = await loadDemoData(db, { reset: true, seed: values.seed ? Number(values.seed) : undefined });
    ctx.stdout(`Demo data loaded into ${db.location}: ${result.organisations} organisations, ${result.links} links, ${result.clusters} clusters (all marked as demonstration data)\n`);
    return 0;
  } finally {
    await db.close();
  }
};
