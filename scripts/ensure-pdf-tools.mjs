#!/usr/bin/env node
// Makes sure Debian's poppler-utils (pdftotext, pdfinfo, pdffonts, pdftoppm) and qpdf are there for
// the letter tests (packages/brieven): they read the text, tags, fonts and pages of the PDFs.
// Missing and we are root with apt-get: install them. Otherwise: stop with how to install them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const TOOLS = ['pdftotext', 'pdfinfo', 'pdffonts', 'pdftoppm', 'qpdf'];
const PACKAGES = ['poppler-utils', 'qpdf'];
const missing = () => TOOLS.filter((t) => !existsSync(`/usr/bin/${t}`));

if (missing().length === 0) {
  console.log('pdf tools present: poppler-utils, qpdf');
  process.exit(0);
}
const root = typeof process.getuid === 'function' && process.getuid() === 0;
if (root && existsSync('/usr/bin/apt-get')) {
  console.log(
    `pdf tools missing (${missing().join(', ')}): installing Debian packages ${PACKAGES.join(', ')}`,
  );
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', ...PACKAGES], {
    stdio: 'inherit',
    env,
  });
  if (missing().length === 0) process.exit(0);
}
console.error(
  [
    `Not found: ${missing().join(', ')}; the letter tests (packages/brieven) need them.`,
    `Install them with:  sudo apt-get update && sudo apt-get install -y --no-install-recommends ${PACKAGES.join(' ')}`,
  ].join('\n'),
);
process.exit(1);
