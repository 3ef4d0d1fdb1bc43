import { parseArgs } from 'node:util';
import { openDatabase, type Database } from '@klaster/db';
import { readConfig, type ServerConfig } from '@klaster/server';
import type { CliContext } from './context.ts';

/** Flags every database command shares: --db DIR (PGlite) and --database-url URL (PostgreSQL). */
export const DATABASE_FLAGS = {
  db: { type: 'string' },
  'database-url': { type: 'string' },
} as const;

export function configFrom(values: { db?: string; 'database-url'?: string; port?: string; host?: string }, ctx: CliContext): ServerConfig {
  return readConfig(ctx.env, ctx.cwd, {
    ...(values.db ? { dataDir: values.db } : {}),
    ...(values['database-url'] ? { databaseUrl: values['database-url'] } : {}),
    ...(values.port ? { port: Number(values.port) } : {}),
    ...(values.host ? { host: values.host } : {}),
  });
}

export async function openFromConfig(config: ServerConfig): Promise<Database> {
  return openDatabase(config.databaseUrl ? { url: config.databaseUrl } : { dir: config.dataDir });
}

export { parseArgs };
