// Runs the real `klaster` command (apps/cli/bin/klaster.mjs) as a separate process, the way an operator does, so a test
// sees its exit code and output exactly as a shell would.
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/klaster.mjs', import.meta.url));

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/**
 * `klaster ARGS…` in `cwd`. The database comes from the arguments only: DATABASE_URL and KLASTER_DB of the test's own
 * environment are removed so they cannot redirect the child to another database.
 */
export function runCli(args: string[], cwd: string, timeoutMs = 120_000): Promise<CliRun> {
  const env: NodeJS.ProcessEnv = { ...process.env, KLASTER_DEMO: 'false' };
  delete env.DATABASE_URL;
  delete env.KLASTER_DB;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd, env, stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}

/** "--db DIR" for PGlite or "--database-url URL" for a PostgreSQL server. */
export const databaseArgs = (target: { dir: string } | { url: string }): string[] => ('dir' in target ? ['--db', target.dir] : ['--database-url', target.url]);
