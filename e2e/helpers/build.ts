import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { REPO_ROOT } from './server.ts';

/** The tests drive the built UI as `npm start` serves it; build it once if it is missing. */
export function ensureWebBuilt(): void {
  if (existsSync(join(REPO_ROOT, 'apps/web/dist/index.html'))) return;
  execFileSync('npm', ['run', 'build', '-w', 'apps/web'], { cwd: REPO_ROOT, stdio: 'inherit' });
}
