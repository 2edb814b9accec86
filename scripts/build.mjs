#!/usr/bin/env node
// npm run build (also run by `npm install` through the root `prepare` script): bundles the
// programs of apps/cli into apps/cli/dist/ with esbuild, so that a command starts from a few
// JavaScript files instead of compiling ≈ 200 TypeScript modules on every start. Vitest and
// `tsc` keep working on the TypeScript sources; vitest's global setup runs this build first, so
// the tests that start a program as a process run the current sources.
//
// - One entry per program (PROGRAMMAS); code shared between them, and each command that
//   apps/cli/src/main.ts imports lazily, goes into chunks beside them (`splitting`), flat in dist/.
// - The workspace's own packages (@regelmaat/*) are bundled from their TypeScript sources, so a
//   new package needs nothing here. npm packages stay external (imported from node_modules),
//   except the pure-JavaScript ones in MEEBUNDELEN.
// - Sources that read files beside themselves (migrations, parameter YAML, the processing
//   register, web assets) do so through `import.meta.url`. In a bundled file that is replaced by
//   the URL of the original source file, computed relative to dist/ at run time, so those files
//   are read from the source tree wherever the repository lives.
// - The parameter files are parsed here once (see packages/engine/src/parameters/yaml.ts).
//
// `npm run build -- --watch` rebuilds on every change.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { isDeepStrictEqual } from 'node:util';
import * as esbuild from 'esbuild';
import { parse as parseYaml } from 'yaml';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const OUTDIR = resolve(ROOT, 'apps/cli/dist');

/** The programs: output name (dist/<name>.mjs, which apps/cli/bin/<…>.mjs imports) → source. */
export const PROGRAMMAS = {
  main: 'apps/cli/src/main.ts',
  worker: 'apps/cli/src/worker-ingang.ts',
  'simulatie-werker': 'apps/cli/src/simulatie-werker.ts',
  'bench-simulatie': 'apps/cli/src/bench/bench-simulatie.ts',
  'bench-engine': 'apps/cli/src/bench/bench-engine.ts',
  'bench-batch': 'apps/cli/src/bench/bench-batch.ts',
  'bench-api': 'apps/cli/src/bench/bench-api.ts',
  'bench-cli': 'apps/cli/src/bench/bench-cli.ts',
  'bench-partner': 'apps/cli/src/bench/bench-partner.ts',
  'bench-jaar': 'apps/cli/src/bench/bench-jaar.ts',
};

/**
 * npm packages bundled along: pure JavaScript that `regelmaat bereken` loads on every start (each
 * is ≈ 100 small modules in node_modules; one chunk loads several times faster). Only our own code
 * imports them, so there is one copy of each.
 */
const MEEBUNDELEN = ['zod', 'yaml'];

const isMeegebundeld = (pad) =>
  pad.startsWith('@regelmaat/') || MEEBUNDELEN.some((p) => pad === p || pad.startsWith(`${p}/`));

/** Bundles the workspace's own sources, each with its own `import.meta.url`; npm packages stay external. */
const eigenBronnen = {
  name: 'regelmaat-bronnen',
  setup(b) {
    // yaml's own ESM build (its `default` export condition): the `node` one is CommonJS and
    // requires `process`, which an ESM bundle cannot.
    b.onResolve({ filter: /^yaml$/ }, () => ({ path: resolve(ROOT, 'node_modules/yaml/browser/index.js') }));
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      isMeegebundeld(args.path) || args.path.startsWith('node:')
        ? undefined
        : { path: args.path, external: true },
    );
    b.onLoad({ filter: /\.tsx?$/ }, (args) => {
      if (args.path.includes('/node_modules/') && !args.path.includes('/node_modules/@regelmaat/'))
        return undefined;
      const vanDist = relative(OUTDIR, args.path).split('\\').join('/');
      return {
        contents: readFileSync(args.path, 'utf8').replaceAll(
          'import.meta.url',
          `new URL(${JSON.stringify(vanDist)}, import.meta.url).href`,
        ),
        loader: args.path.endsWith('.tsx') ? 'tsx' : 'ts',
      };
    });
  },
};

function* parameterBestanden(map) {
  for (const e of readdirSync(map, { withFileTypes: true })) {
    const pad = join(map, e.name);
    // testing/: test-only regelingen (the proeftoeslag) are parsed when a test loads them, never bundled.
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== 'testing') yield* parameterBestanden(pad);
    else if (e.name === 'parameters.yaml') yield pad;
  }
}

/**
 * Every packages/<pkg>/src/…/parameters.yaml outside `testing/`: its exact text → its value as JSON. A file whose
 * value does not survive JSON unchanged is left out (it is then parsed at run time).
 */
export function yamlAlsJson() {
  const uit = {};
  for (const pkg of readdirSync(join(ROOT, 'packages'))) {
    const src = join(ROOT, 'packages', pkg, 'src');
    let bestanden;
    try {
      bestanden = [...parameterBestanden(src)];
    } catch {
      continue; // no src folder
    }
    for (const bestand of bestanden) {
      const tekst = readFileSync(bestand, 'utf8');
      let waarde;
      try {
        waarde = parseYaml(tekst);
      } catch {
        continue; // invalid YAML: the program reports it, with the file's name, when it loads it
      }
      const json = JSON.stringify(waarde);
      if (isDeepStrictEqual(JSON.parse(json), waarde)) uit[tekst] = json;
    }
  }
  return uit;
}

function opties() {
  return {
    absWorkingDir: ROOT,
    entryPoints: Object.entries(PROGRAMMAS).map(([out, bron]) => ({ in: bron, out })),
    outdir: OUTDIR,
    entryNames: '[name]',
    chunkNames: '[name]-[hash]',
    outExtension: { '.js': '.mjs' },
    bundle: true,
    splitting: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    sourcemap: 'linked',
    logLevel: 'warning',
    define: { REGELMAAT_YAML_ALS_JSON: JSON.stringify(yamlAlsJson()) },
    plugins: [eigenBronnen],
  };
}

/** Builds apps/cli/dist; returns the time it took in ms. */
export async function bouw() {
  const begin = performance.now();
  await esbuild.build(opties());
  return performance.now() - begin;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  if (process.argv.includes('--watch')) {
    // The parameter files are parsed once at the start; edited ones are parsed at run time.
    const ctx = await esbuild.context({ ...opties(), logLevel: 'info' });
    await ctx.watch();
  } else {
    const ms = await bouw();
    console.log(`regelmaat: gebouwd in ${(ms / 1000).toFixed(1)} s (apps/cli/dist)`);
  }
}
