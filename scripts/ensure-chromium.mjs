#!/usr/bin/env node
// Makes sure Debian's Chromium is there for the web app's end-to-end tests (apps/web/src/e2e):
// they drive /usr/bin/chromium with playwright-core, which downloads no browser of its own.
// Missing and we are root with apt-get: install it. Otherwise: stop with how to install it.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const PACKAGES = ['chromium', 'fonts-dejavu-core', 'fonts-liberation'];

if (existsSync(CHROMIUM)) {
  console.log(`chromium present: ${CHROMIUM}`);
  process.exit(0);
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
const apt = existsSync('/usr/bin/apt-get');
if (root && apt) {
  console.log(`chromium missing: installing Debian packages ${PACKAGES.join(', ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
    stdio: 'inherit',
    env,
  });
  if (existsSync(CHROMIUM)) process.exit(0);
}
console.error(
  [
    `Chromium was not found at ${CHROMIUM}; the web app's browser tests need it.`,
    'Install it with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium',
    'or point CHROMIUM_PATH to a Chromium or Chrome binary.',
  ].join('\n'),
);
process.exit(1);
