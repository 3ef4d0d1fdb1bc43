#!/usr/bin/env node
// Runs every *.test.ts under the workspaces with Node's own test runner (through tsx).
// Node 20 cannot expand globs after --test, so the files are found here.
// Usage: npm test [-- PATH_FRAGMENT…]  (only files whose path contains a fragment)
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { spawnSync } from 'node:child_process';

const root = new URL('..', import.meta.url).pathname;
const roots = ['packages', 'apps', 'data', 'e2e', 'bench', 'scripts'];
const skipDirs = new Set(['node_modules', 'dist', '.git', 'pgdata']);

function walk(dir, out) {
  for (const name of readdirSync(dir)) {
    if (skipDirs.has(name)) continue;
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path, out);
    else if (name.endsWith('.test.ts')) out.push(relative(root, path));
  }
  return out;
}

const fragments = process.argv.slice(2);
const files = roots
  .flatMap((r) => {
    try { return walk(join(root, r), []); } catch { return []; }
  })
  .filter((f) => fragments.length === 0 || fragments.some((fr) => f.includes(fr)))
  .sort();

if (files.length === 0) {
  console.error('No test files found' + (fragments.length ? ` matching ${fragments.join(', ')}` : ''));
  process.exit(1);
}

const result = spawnSync(process.execPath, ['--import', 'tsx', '--test', '--test-reporter=spec', ...files], {
  cwd: root,
  stdio: 'inherit',
  env: { ...process.env, NODE_ENV: 'test' },
});
process.exit(result.status ?? 1);
