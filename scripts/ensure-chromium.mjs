#!/usr/bin/env node
// The browser tests drive Debian's chromium (Playwright cannot download its own browser here).
// Before `npm test`, install it from Debian's packages when it is missing and we may (root); otherwise say how.
import { existsSync } from 'node:fs';
import { spawnSync } from 'node:child_process';

const CHROMIUM = process.env.KLASTER_CHROMIUM ?? '/usr/bin/chromium';
if (!existsSync(CHROMIUM)) {
  if (process.getuid?.() === 0) {
    console.log('Installing Debian chromium for the browser tests (apt-get install chromium)…');
    const update = spawnSync('apt-get', ['update', '-qq'], { stdio: 'inherit' });
    const install = update.status === 0 ? spawnSync('apt-get', ['install', '-y', '-qq', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } }) : update;
    if (install.status !== 0) {
      console.error('Could not install chromium: the browser tests will fail. Install it with: apt-get install -y chromium');
      process.exit(1);
    }
  } else {
    console.error(`${CHROMIUM} is missing: install Debian's chromium (sudo apt-get install -y chromium) to run the browser tests.`);
    process.exit(1);
  }
}
