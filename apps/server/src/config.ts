import { resolve } from 'node:path';

export interface ServerConfig {
  /** postgres://… when set: the production path. */
  databaseUrl?: string;
  /** PGlite data directory (used when databaseUrl is not set). */
  dataDir: string;
  host: string;
  port: number;
  /** Load the demo data on the first start of an empty database. */
  demoOnFirstStart: boolean;
}

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n- ${problems.join('\n- ')}`);
  }
}

/**
 * The one place that reads the environment. Every problem is listed at once, so a misconfigured installation
 * is fixed in one pass. Command-line flags (overrides) win over the environment.
 */
export function readConfig(env: NodeJS.ProcessEnv, cwd: string, overrides: Partial<ServerConfig> = {}): ServerConfig {
  const problems: string[] = [];
  // An explicit --db DIR means the embedded database even when DATABASE_URL is set in the environment.
  const url = overrides.databaseUrl ?? (overrides.dataDir ? undefined : env.DATABASE_URL || undefined);
  if (url && !/^postgres(ql)?:\/\//.test(url)) problems.push(`DATABASE_URL must start with postgres:// (got "${url.slice(0, 20)}…")`);
  const portText = overrides.port?.toString() ?? env.KLASTER_PORT ?? env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) problems.push(`KLASTER_PORT must be a port number 0–65535 (got "${portText}")`);
  const demo = env.KLASTER_DEMO ?? 'true';
  if (!['true', 'false'].includes(demo)) problems.push(`KLASTER_DEMO must be true or false (got "${demo}")`);
  if (problems.length) throw new ConfigError(problems);
  return {
    databaseUrl: url,
    dataDir: resolve(cwd, overrides.dataDir ?? env.KLASTER_DB ?? 'data/pgdata'),
    host: overrides.host ?? env.KLASTER_HOST ?? '127.0.0.1',
    port,
    demoOnFirstStart: overrides.demoOnFirstStart ?? demo === 'true',
  };
}
