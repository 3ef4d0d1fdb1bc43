import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './server.ts';

/** What the built UI is made of: a change in any of these makes apps/web/dist stale. */
const SOURCES = ['apps/web/src', 'apps/web/index.html', 'apps/web/vite.config.ts', 'packages/contract/src'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((latest, name) => Math.max(latest, newestChange(join(path, name))), stat.mtimeMs);
}

/**
 * The tests drive the built UI as `npm start` serves it. Build it when it is missing or older than its sources,
 * so `node scripts/test.mjs e2e` never tests yesterday's screens.
 */
export function ensureWebBuilt(): void {
  const built = join(REPO_ROOT, 'apps/web/dist/index.html');
  if (existsSync(built)) {
    const sources = Math.max(...SOURCES.map((s) => join(REPO_ROOT, s)).filter(existsSync).map(newestChange));
    if (statSync(built).mtimeMs >= sources) return;
  }
  execFileSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
