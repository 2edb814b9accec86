#!/usr/bin/env node
// Fails when a package imports a workspace package it may not depend on, imports another package's
// internals, or when a pure package (no database, network or clock) reads the clock or imports a
// database or HTTP library. See ARCHITECTURE.md for the picture.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

// Who may import whom. Pure packages first; db is the only package that talks to PostgreSQL; the
// stores (dossier-opslag, then beschikking; toegang, logboek, zaken) on db; verwerking (batch runs
// only), diensten and the apps on top. The layers are drawn in ARCHITECTURE.md.
const ALLOWED = {
  kernel: [],
  engine: ['@regelmaat/kernel', 'yaml'],
  law: ['@regelmaat/kernel', '@regelmaat/engine', 'yaml', 'zod'],
  uitval: ['@regelmaat/kernel'],
  populatie: ['@regelmaat/kernel', '@regelmaat/law', '@regelmaat/dossier'],
  dossier: ['@regelmaat/kernel', '@regelmaat/law'],
  // Letters: typed input only (no decision store, no database, no web); law for its types, Typst
  // for the PDF and the Fira Sans font files.
  brieven: [
    '@regelmaat/kernel',
    '@regelmaat/law',
    '@myriaddreamin/typst-ts-node-compiler',
    '@expo-google-fonts/fira-sans',
  ],
  db: ['@regelmaat/kernel', '@electric-sql/pglite', 'pg', 'pg-copy-streams'],
  // The stores: the dossier's storage, then the decision that is computed from it.
  'dossier-opslag': ['@regelmaat/kernel', '@regelmaat/law', '@regelmaat/dossier', '@regelmaat/db'],
  beschikking: [
    '@regelmaat/kernel',
    '@regelmaat/law',
    '@regelmaat/dossier',
    '@regelmaat/dossier-opslag',
    '@regelmaat/db',
  ],
  verwerking: [
    '@regelmaat/kernel',
    '@regelmaat/engine',
    '@regelmaat/law',
    '@regelmaat/dossier',
    '@regelmaat/uitval',
    // Only its tests: the fixed test sets of the synthetic population.
    '@regelmaat/populatie',
    '@regelmaat/db',
    '@regelmaat/dossier-opslag',
    '@regelmaat/beschikking',
    '@regelmaat/logboek',
    // Cases are opened only through zaken.
    '@regelmaat/zaken',
  ],
  toegang: ['@regelmaat/kernel', '@regelmaat/db'],
  logboek: ['@regelmaat/kernel', '@regelmaat/db', 'yaml'],
  zaken: ['@regelmaat/kernel', '@regelmaat/db'],
  diensten: [
    '@regelmaat/kernel',
    '@regelmaat/engine',
    '@regelmaat/law',
    '@regelmaat/dossier',
    '@regelmaat/uitval',
    '@regelmaat/db',
    '@regelmaat/dossier-opslag',
    '@regelmaat/beschikking',
    '@regelmaat/verwerking',
    '@regelmaat/logboek',
    '@regelmaat/toegang',
    '@regelmaat/zaken',
    'zod',
  ],
  api: [
    '@regelmaat/kernel',
    '@regelmaat/law',
    '@regelmaat/db',
    '@regelmaat/logboek',
    '@regelmaat/toegang',
    '@regelmaat/zaken',
    '@regelmaat/diensten',
    // Only its tests: test BSNs of the example dossiers.
    '@regelmaat/dossier-opslag',
    'fastify',
    // Per-IP limits on the login routes (issue 10).
    '@fastify/rate-limit',
    'zod',
  ],
  web: [
    '@regelmaat/kernel',
    '@regelmaat/engine',
    '@regelmaat/law',
    '@regelmaat/diensten',
    // Types and display data (case types, grounds, rule titles, register) of the packages below the
    // services; the work itself always goes through @regelmaat/diensten.
    '@regelmaat/zaken',
    '@regelmaat/toegang',
    '@regelmaat/logboek',
    '@regelmaat/dossier',
    '@regelmaat/uitval',
    '@regelmaat/db',
    'fastify',
    '@fastify/cookie',
    '@fastify/formbody',
    '@fastify/rate-limit',
    'react',
    'react-dom',
    '@utrecht/button-react',
    '@utrecht/fieldset-react',
    '@utrecht/form-field-react',
    '@utrecht/form-label-react',
    '@utrecht/link-react',
    '@utrecht/radio-button-react',
    '@utrecht/textbox-react',
  ],
  cli: [
    '@regelmaat/kernel',
    '@regelmaat/engine',
    '@regelmaat/law',
    '@regelmaat/dossier',
    '@regelmaat/populatie',
    '@regelmaat/uitval',
    '@regelmaat/db',
    '@regelmaat/dossier-opslag',
    '@regelmaat/beschikking',
    '@regelmaat/verwerking',
    '@regelmaat/toegang',
    '@regelmaat/diensten',
    '@regelmaat/api',
    '@regelmaat/web',
    'fastify',
    'autocannon',
    'zod',
    'tsx',
  ],
};
const PURE = ['kernel', 'engine', 'law', 'uitval', 'populatie', 'dossier', 'brieven'];
// Packages that may use another package's types only (`import type`), outside their tests.
const TYPES_ONLY = { brieven: ['@regelmaat/law'] };
const FORBIDDEN_IN_PURE = [
  /\bDate\.now\(/,
  /new Date\(\s*\)/,
  /performance\.now\(/,
  /from ['"](pg|@electric-sql\/pglite|fastify|node:http|node:net|drizzle-orm)['"]/,
];
const APPS = ['cli', 'api', 'web'];
const ROOTS = Object.fromEntries(
  Object.keys(ALLOWED)
    .map((pkg) => [pkg, APPS.includes(pkg) ? `apps/${pkg}/src` : `packages/${pkg}/src`])
    .filter(([, dir]) => existsSync(dir)),
);

/** The TypeScript sources below `dir`; build output (dist) and installed packages are not sources. */
function files(dir) {
  return readdirSync(dir).flatMap((f) => {
    if (f === 'dist' || f === 'node_modules') return [];
    const p = join(dir, f);
    return statSync(p).isDirectory() ? files(p) : /\.tsx?$/.test(p) ? [p] : [];
  });
}

/** The import or export statement that holds character `i` (from its keyword on). */
function statementOf(text, i) {
  const start = Math.max(text.lastIndexOf('import', i), text.lastIndexOf('export', i));
  return text.slice(start, i);
}

const problems = [];
for (const [pkg, root] of Object.entries(ROOTS)) {
  for (const file of files(root)) {
    const text = readFileSync(file, 'utf8');
    // Tests and their helpers (a testing/ folder) may use the test libraries and test subpaths.
    const isTest = /\.test\.tsx?$/.test(file) || file.includes('/testing/') || file.includes('/e2e/');
    for (const m of text.matchAll(/(?:from|import)\s*\(?\s*['"]([^'"]+)['"]/g)) {
      const spec = m[1];
      if (spec.startsWith('.') || spec.startsWith('node:')) continue;
      const name = spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
      const testing = spec.startsWith('@regelmaat/') && spec.endsWith('/testing');
      if (spec.startsWith('@regelmaat/') && spec.split('/').length > 2 && !testing) {
        problems.push(`${file}: deep import ${spec}; import the package itself`);
      }
      if (testing && !isTest) problems.push(`${file}: only tests may import ${spec}`);
      if (isTest && ['vitest', 'fast-check', 'playwright-core', 'axe-core'].includes(name)) continue;
      if (!ALLOWED[pkg].includes(name)) problems.push(`${file}: ${pkg} may not import ${spec}`);
      if (!isTest && TYPES_ONLY[pkg]?.includes(name) && !statementOf(text, m.index).startsWith('import type'))
        problems.push(`${file}: ${pkg} may import only types from ${spec} (import type)`);
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
console.log(`dependency direction ok (${Object.keys(ROOTS).join(', ')})`);
