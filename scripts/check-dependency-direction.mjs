#!/usr/bin/env node
// The guard rails of the package structure, from one source: the package manifests. A package may
// import what its package.json lists (`dependencies`; its tests also `devDependencies` and the
// root's), and its `"regelmaat": { "laag": … }` says where it stands: a package depends only on
// packages of its own or a lower layer, without cycles. On top of that, source files are read with
// the TypeScript parser for what a manifest cannot say: relative imports into another package,
// clock, network and process access in pure packages, SQL outside the stores, and the web or API
// using the database package. ARCHITECTURE.md draws the picture; the rules and their exceptions are
// the constants below. `checkTree(root)` returns the problems (the test feeds it small fake trees).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';

/** The layers, lowest first. A package may depend on packages of its own layer or a lower one. */
export const LAGEN = ['puur', 'opslag', 'runs', 'diensten', 'app'];

/** Packages that may import only the types of some workspace package (`import type`), outside tests. */
const ALLEEN_TYPES = { '@regelmaat/brieven': ['@regelmaat/law'] };

/** The database package; of the apps only the wiring (the CLI) may use it outside tests. */
const DATABASE = '@regelmaat/db';
const BEDRADING = ['@regelmaat/cli'];

/** Imports a pure package may not use (network, processes), with or without `node:`. */
const ONZUIVERE_MODULES = [
  'http',
  'https',
  'http2',
  'net',
  'tls',
  'dgram',
  'child_process',
  'worker_threads',
];

/** Libraries that reach a database or the network: never a dependency of a pure package. */
const ONZUIVERE_BIBLIOTHEKEN = [
  'pg',
  'pg-copy-streams',
  '@electric-sql/pglite',
  'drizzle-orm',
  'fastify',
  'undici',
  'node-fetch',
  'axios',
];

/** Calls that read the clock or reach out (`callee` as written), forbidden in pure packages. */
const ONZUIVERE_AANROEPEN = [
  'fetch',
  'Date',
  'Date.now',
  'performance.now',
  'process.hrtime',
  'process.hrtime.bigint',
];

/** A statement of SQL inside a string or template literal. */
export const SQL = /\b(SELECT\s[\s\S]+?\sFROM|INSERT\s+INTO|UPDATE\s+\w+\s+SET|DELETE\s+FROM)\b/i;

/**
 * Who may write SQL outside tests (tests arrange and inspect rows anywhere). The stores own their
 * tables; `diensten` only the tables it owns; anything else is an exception with its reason.
 */
const SQL_PAKKETTEN = [
  '@regelmaat/db',
  '@regelmaat/dossier-opslag',
  '@regelmaat/partner-opslag',
  '@regelmaat/beschikking',
  '@regelmaat/brief-opslag',
  '@regelmaat/invordering',
  '@regelmaat/verwerking',
  '@regelmaat/toegang',
  '@regelmaat/logboek',
  '@regelmaat/zaken',
];
const EIGEN_TABELLEN = {
  '@regelmaat/diensten': ['levensgebeurtenis_run', 'levensgebeurtenis'],
};
export const SQL_UITZONDERINGEN = {
  // The CLI's loader owns the `populatie` table and bulk-loads the synthetic population.
  'apps/cli/src/populatie/laad-populatie.ts': 'the loader owns `populatie` and cuts the load by household id',
  // The demo picks example people and a decision to show; it reads, never writes, other tables.
  'apps/cli/src/server/demo-zaaien.ts': 'the demo reads which example people and cases it seeded',
  'apps/cli/src/opdrachten/demo.ts': 'the demo reads the id of a decision and the settlement totals to print',
  'apps/cli/src/server/demo-maatwerk-niveau2.ts':
    'the demo picks the open exception case its level-2 decision starts from among those the run opened',
  'apps/cli/src/server/demo-bezwaren.ts':
    'the demo picks the decisions it objects against from those it seeded',
  'apps/cli/src/server/demo-vorig-jaar.ts':
    'the demo reads which example people of the settled year it seeded',
  'apps/cli/src/server/demo-partners.ts':
    'the demo picks the tenants of its corporation and the one rent increase it reports from the households it seeded',
  // The benchmarks count rows and time the same-run ceiling (plain reads of the tables measured).
  'apps/cli/src/bench/bench-api.ts': 'the benchmark reads the BSNs it logs in with',
  'apps/cli/src/bench/bench-batch.ts': 'the benchmark counts the loaded households',
  'apps/cli/src/bench/plafond.ts': 'the ceiling measures plain reads of the tables a run reads and writes',
};

/** Tests and their helpers (a testing/ or e2e/ folder). */
export function isTest(file) {
  return /\.test\.m?[jt]sx?$/.test(file) || /[\\/](testing|e2e)[\\/]/.test(file);
}

function leesJson(p) {
  return JSON.parse(readFileSync(p, 'utf8'));
}

/** The workspace packages under `root`: name, folder, layer, dependencies. */
export function pakketten(root) {
  const uit = [];
  for (const groep of ['packages', 'apps']) {
    const dir = join(root, groep);
    if (!existsSync(dir)) continue;
    for (const naam of readdirSync(dir).sort()) {
      const manifest = join(dir, naam, 'package.json');
      if (!existsSync(manifest)) continue;
      const m = leesJson(manifest);
      uit.push({
        naam: m.name,
        map: join(groep, naam),
        laag: m.regelmaat?.laag,
        deps: Object.keys(m.dependencies ?? {}),
        devDeps: Object.keys(m.devDependencies ?? {}),
      });
    }
  }
  return uit;
}

/** The TypeScript sources below `dir`; build output (dist) and installed packages are not sources. */
function bestanden(dir) {
  if (!existsSync(dir)) return [];
  return readdirSync(dir).flatMap((f) => {
    if (f === 'dist' || f === 'node_modules') return [];
    const p = join(dir, f);
    return statSync(p).isDirectory() ? bestanden(p) : /\.(m?ts|tsx)$/.test(p) ? [p] : [];
  });
}

/** `@scope/name/sub` → `@scope/name`; `name/sub` → `name`. */
function pakketnaam(spec) {
  return spec.startsWith('@') ? spec.split('/').slice(0, 2).join('/') : spec.split('/')[0];
}

const BUILTIN = new Set(builtinModules);
function isBuiltin(spec) {
  return spec.startsWith('node:') || BUILTIN.has(pakketnaam(spec));
}

/** The manifest rules: every package has a layer, depends only downwards or sideways, no cycles. */
function controleerManifesten(lijst) {
  const problemen = [];
  const perNaam = new Map(lijst.map((p) => [p.naam, p]));
  for (const p of lijst) {
    const waar = `${p.map}/package.json`;
    if (!LAGEN.includes(p.laag)) {
      problemen.push(`${waar}: "regelmaat": { "laag": … } must be one of ${LAGEN.join(', ')}`);
      continue;
    }
    if (p.laag === 'puur')
      for (const dep of p.deps.filter((d) => ONZUIVERE_BIBLIOTHEKEN.includes(d)))
        problemen.push(`${waar}: ${p.naam} is pure and may not depend on ${dep} (database or network)`);
    for (const [dep, soort] of [
      ...p.deps.map((d) => [d, 'dependencies']),
      ...p.devDeps.map((d) => [d, 'devDependencies']),
    ]) {
      const ander = perNaam.get(dep);
      if (!ander || !LAGEN.includes(ander.laag)) continue;
      if (LAGEN.indexOf(ander.laag) > LAGEN.indexOf(p.laag))
        problemen.push(
          `${waar}: ${p.naam} (${p.laag}) may not depend on ${dep} (${ander.laag}, a higher layer)`,
        );
      if (soort === 'dependencies' && dep === DATABASE && p.laag === 'app' && !BEDRADING.includes(p.naam))
        problemen.push(
          `${waar}: ${p.naam} may use ${DATABASE} only in its tests (devDependencies); go through the services`,
        );
    }
  }
  // Cycles over all workspace dependencies (a test dependency is a dependency too).
  const staat = new Map();
  const pad = [];
  const bezoek = (naam) => {
    if (staat.get(naam) === 'klaar') return;
    if (staat.get(naam) === 'bezig') {
      problemen.push(`dependency cycle: ${[...pad.slice(pad.indexOf(naam)), naam].join(' → ')}`);
      return;
    }
    staat.set(naam, 'bezig');
    pad.push(naam);
    const p = perNaam.get(naam);
    for (const dep of [...p.deps, ...p.devDeps]) if (perNaam.has(dep)) bezoek(dep);
    pad.pop();
    staat.set(naam, 'klaar');
  };
  for (const p of lijst) bezoek(p.naam);
  return problemen;
}

/** Imports (with whether only types are taken), calls, `new` expressions and literals of one file. */
function lees(file, tekst) {
  const bron = ts.createSourceFile(
    file,
    tekst,
    ts.ScriptTarget.Latest,
    true,
    file.endsWith('x') ? ts.ScriptKind.TSX : ts.ScriptKind.TS,
  );
  const imports = [];
  const aanroepen = [];
  const literals = [];
  const bezoek = (node) => {
    if (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
        let alleenTypes = ts.isImportDeclaration(node)
          ? (node.importClause?.isTypeOnly ?? false)
          : node.isTypeOnly;
        const benoemd = ts.isImportDeclaration(node) ? node.importClause?.namedBindings : node.exportClause;
        if (!alleenTypes && benoemd && (ts.isNamedImports(benoemd) || ts.isNamedExports(benoemd)))
          alleenTypes =
            benoemd.elements.length > 0 &&
            benoemd.elements.every((e) => e.isTypeOnly) &&
            !(ts.isImportDeclaration(node) && node.importClause?.name);
        imports.push({ spec: node.moduleSpecifier.text, alleenTypes, node });
      }
      // A dynamic import also counts; `import('x').T` in a type position is a type.
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword) {
      const [arg] = node.arguments;
      if (arg && ts.isStringLiteralLike(arg)) imports.push({ spec: arg.text, alleenTypes: false, node });
    } else if (ts.isImportTypeNode(node)) {
      const lit = node.argument;
      if (ts.isLiteralTypeNode(lit) && ts.isStringLiteral(lit.literal))
        imports.push({ spec: lit.literal.text, alleenTypes: true, node });
    }
    if (ts.isCallExpression(node) && node.expression.kind !== ts.SyntaxKind.ImportKeyword)
      aanroepen.push({ naam: node.expression.getText(bron), node });
    if (
      ts.isNewExpression(node) &&
      node.expression.getText(bron) === 'Date' &&
      (node.arguments?.length ?? 0) === 0
    )
      aanroepen.push({ naam: 'new Date()', node });
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) {
      if (
        !ts.isImportDeclaration(node.parent) &&
        !ts.isExportDeclaration(node.parent) &&
        !ts.isLiteralTypeNode(node.parent)
      )
        literals.push({ tekst: node.text, node });
    } else if (ts.isTemplateExpression(node)) {
      literals.push({
        tekst: [node.head.text, ...node.templateSpans.map((s) => `\${…}${s.literal.text}`)].join(''),
        node,
      });
      // Its spans may hold literals of their own.
      for (const s of node.templateSpans) bezoek(s.expression);
      return;
    }
    ts.forEachChild(node, bezoek);
  };
  bezoek(bron);
  const regel = (node) => bron.getLineAndCharacterOfPosition(node.getStart(bron)).line + 1;
  return { imports, aanroepen, literals, regel };
}

/** The tables a piece of SQL names after FROM, JOIN, INTO or UPDATE. */
function tabellen(sql) {
  return [...sql.matchAll(/\b(?:FROM|JOIN|INTO|UPDATE)\s+([a-z_][a-z0-9_]*)/gi)].map((m) =>
    m[1].toLowerCase(),
  );
}

function binnen(pad, map) {
  return pad === map || pad.startsWith(map + sep);
}

/** Every problem in the tree at `root` (a folder with packages/ and apps/ and a package.json). */
export function checkTree(root) {
  const lijst = pakketten(root);
  const problemen = controleerManifesten(lijst);
  const rootManifest = join(root, 'package.json');
  const rootDev = existsSync(rootManifest) ? Object.keys(leesJson(rootManifest).devDependencies ?? {}) : [];
  for (const p of lijst) {
    const pakketMap = resolve(root, p.map);
    const puur = p.laag === 'puur';
    for (const file of bestanden(join(pakketMap, 'src'))) {
      const waar = relative(root, file).split(sep).join('/');
      const test = isTest(waar);
      const mag = new Set(test ? [...p.deps, ...p.devDeps, ...rootDev] : p.deps);
      const { imports, aanroepen, literals, regel } = lees(file, readFileSync(file, 'utf8'));
      for (const { spec, alleenTypes, node } of imports) {
        const bij = `${waar}:${regel(node)}`;
        if (spec.startsWith('.')) {
          const doel = resolve(dirname(file), spec);
          if (binnen(doel, pakketMap)) continue;
          const ander = lijst.find((q) => binnen(doel, resolve(root, q.map)));
          // Into another package: always wrong. Elsewhere in the repository (scripts/): tests only.
          if (ander)
            problemen.push(
              `${bij}: relative import ${spec} reaches into ${ander.naam}; import the package by its name`,
            );
          else if (!test) problemen.push(`${bij}: relative import ${spec} leaves ${p.naam}`);
          continue;
        }
        if (isBuiltin(spec)) {
          const kaal = pakketnaam(spec.replace(/^node:/, ''));
          if (puur && !test && ONZUIVERE_MODULES.includes(kaal))
            problemen.push(`${bij}: ${p.naam} must stay pure (imports ${spec})`);
          continue;
        }
        const naam = pakketnaam(spec);
        if (naam.startsWith('@types/')) continue;
        const testing = naam.startsWith('@regelmaat/') && spec === `${naam}/testing`;
        if (naam.startsWith('@regelmaat/') && spec !== naam && !testing)
          problemen.push(`${bij}: deep import ${spec}; import the package itself`);
        if (testing && !test) problemen.push(`${bij}: only tests may import ${spec}`);
        if (!mag.has(naam))
          problemen.push(
            `${bij}: ${p.naam} may not import ${spec} (not in its package.json ${test ? 'dependencies or devDependencies' : 'dependencies'})`,
          );
        else if (!test && !alleenTypes && ALLEEN_TYPES[p.naam]?.includes(naam))
          problemen.push(`${bij}: ${p.naam} may import only types from ${spec} (import type)`);
      }
      if (puur && !test)
        for (const { naam, node } of aanroepen)
          if (naam === 'new Date()' || ONZUIVERE_AANROEPEN.includes(naam))
            problemen.push(
              `${waar}:${regel(node)}: ${p.naam} must stay pure (calls ${naam === 'Date' ? 'Date()' : naam})`,
            );
      if (!test && !SQL_PAKKETTEN.includes(p.naam) && !(waar in SQL_UITZONDERINGEN))
        for (const { tekst, node } of literals) {
          if (!SQL.test(tekst)) continue;
          const eigen = EIGEN_TABELLEN[p.naam];
          const vreemd = eigen ? tabellen(tekst).filter((t) => !eigen.includes(t)) : ['(any)'];
          if (vreemd.length)
            problemen.push(
              `${waar}:${regel(node)}: SQL outside the store packages${eigen ? ` on tables ${p.naam} does not own (${vreemd.join(', ')})` : ''}; call the package that owns the table`,
            );
        }
    }
  }
  return problemen;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
  const problemen = checkTree(root);
  if (problemen.length) {
    console.error(`Dependency direction violated:\n  ${problemen.join('\n  ')}`);
    process.exit(1);
  }
  console.log(`dependency direction ok (${pakketten(root).length} packages, layers from their package.json)`);
}
