import { spawn, type ChildProcess } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setTimeout as sleep } from 'node:timers/promises';

export const REPO_ROOT = fileURLToPath(new URL('../../../../', import.meta.url));

/** `klaster import organisations FILE …` as a separate process, the way an operator runs it. */
export function spawnImport(file: string, databaseArgs: string[]): ChildProcess {
  return spawn(process.execPath, ['--import', 'tsx', 'apps/cli/src/main.ts', 'import', 'organisations', file, ...databaseArgs], {
    cwd: REPO_ROOT,
    env: { ...process.env, KLASTER_DEMO: 'false' },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
}

export interface ServerProcess {
  child: ChildProcess;
  baseUrl: string;
}

/**
 * `klaster serve … --port 0` as a separate process; resolves with its address once it listens (the line
 * "Klaster работает: http://…"). Demo data off: the test fills the database itself.
 */
export async function spawnServer(
  databaseArgs: string[],
  options: { limitMs?: number; nodeArgs?: string[]; env?: Record<string, string> } = {},
): Promise<ServerProcess> {
  const limitMs = options.limitMs ?? 45_000;
  const child = spawn(process.execPath, ['--import', 'tsx', ...(options.nodeArgs ?? []), 'apps/cli/src/main.ts', 'serve', '--port', '0', ...databaseArgs], {
    cwd: REPO_ROOT,
    env: { ...process.env, KLASTER_DEMO: 'false', ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const baseUrl = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`the server did not start within ${limitMs} ms:\n${output}`)), limitMs);
    const onData = (d: Buffer) => {
      output += d;
      const m = /Klaster работает: (http:\/\/\S+)/.exec(output);
      if (m) {
        clearTimeout(timer);
        resolve(m[1]!);
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', (d: Buffer) => (output += d));
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`the server exited (${code}) before listening:\n${output}`));
    });
  });
  return { child, baseUrl };
}

/** Polls until `ready()` holds; fails if the child exits first (then the kill would prove nothing). */
export async function waitUntil(child: ChildProcess, what: string, ready: () => Promise<boolean> | boolean, limitMs = 45_000): Promise<void> {
  const deadline = Date.now() + limitMs;
  let output = '';
  child.stdout?.on('data', (d) => (output += d));
  child.stderr?.on('data', (d) => (output += d));
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the process finished (exit ${child.exitCode}) before ${what}:\n${output}`);
    if (await ready()) return;
    await sleep(50);
  }
  throw new Error(`timed out waiting for ${what}:\n${output}`);
}

export async function killHard(child: ChildProcess): Promise<void> {
  const exited = new Promise((resolve) => child.once('exit', resolve));
  child.kill('SIGKILL');
  await exited;
}

/** Bytes of write-ahead log in a PGlite data directory: it grows as soon as the import's transaction writes rows. */
export function walBytes(dataDir: string): number {
  const wal = join(dataDir, 'pg_wal');
  try {
    return readdirSync(wal).filter((f) => /^[0-9A-F]{24}$/.test(f)).reduce((sum, f) => sum + statSync(join(wal, f)).size, 0);
  } catch {
    return 0;
  }
}
