#!/usr/bin/env node
// Fails when a package imports a workspace package it may not depend on, or another package's
// internals. The allowed direction: kernel ← engine ← law ← apps. Engine and law never import a
// database driver, an HTTP server or anything that reads the clock.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

const ALLOWED = {
  kernel: [],
  engine: ['@regelmaat/kernel', 'yaml'],
  law: ['@regelmaat/kernel', '@regelmaat/engine', 'yaml', 'zod'],
  cli: ['@regelmaat/kernel', '@regelmaat/engine', '@regelmaat/law', 'zod', 'tsx'],
};
const ROOTS = {
  kernel: 'packages/kernel/src',
  engine: 'packages/engine/src',
  law: 'packages/law/src',
  cli: 'apps/cli/src',
};
const PURE = ['kernel', 'engine', 'law'];
const FORBIDDEN_IN_PURE = [
  /\bDate\.now\(/,
  /new Date\(\s*\)/,
  /performance\.now\(/,
  /from ['"](pg|@electric-sql\/pglite|fastify|node:http|node:net|drizzle-orm)/,
];

function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : p.endsWith('.ts') ? [p] : [];
  });
}

const problems = [];
for (const [pkg, root] of Object.entries(ROOTS)) {
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    // Tests and their helpers (a testing/ folder) may use the test libraries.
    const isTest = file.endsWith('.test.ts') || file.includes('/testing/');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (spec.startsWith('.') || spec.startsWith('node:')) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      if (spec.startsWith('@regelmaat/') && spec.split('/').length > 2)
        problems.push(`${file}: deep import ${spec}; import the package itself`);
      if (isTest && ['vitest', 'fast-check'].includes(name)) continue;
      if (!ALLOWED[pkg].includes(name)) problems.push(`${file}: ${pkg} may not import ${spec}`);
    }
    if (PURE.includes(pkg) && !isTest) {
      for (const re of FORBIDDEN_IN_PURE)
        if (re.test(text)) problems.push(`${file}: ${pkg} must stay pure (matched ${re})`);
    }
  }
}
if (problems.length) {
  console.error(`Dependency direction violated:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `dependency direction ok (${Object.keys(ROOTS).length} packages checked, ${relative('.', '.') || '.'})`,
);
