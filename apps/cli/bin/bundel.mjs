// Prebuilt bundles of TypeScript entries, for processes that start often: the worker processes of
// a run. Through tsx a process compiles and links ≈ 200 modules one by one on every start
// (≈ 0.6 s on the 2-core build machine); one bundled file loads in ≈ 0.2 s.
//
// A bundle lives in node_modules/.cache/regelmaat/ next to the list of its input files and the
// moment its build began; it is used only while none of those files has changed since. npm
// packages stay outside the bundle (imported from node_modules as usual). Files that the sources
// read at run time (migrations, parameters, the processing register) are read from the source
// tree: each `import.meta.url` in a bundled source file is replaced by that file's own URL.
import { mkdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const CACHE = join(ROOT, 'node_modules', '.cache', 'regelmaat');

/** The bundle's path when it exists and no input changed since its build began, else undefined. */
export function actueleBundel(naam) {
  const pad = join(CACHE, `${naam}.mjs`);
  try {
    const { gebouwdVanaf, invoer } = JSON.parse(readFileSync(`${pad}.json`, 'utf8'));
    statSync(pad);
    for (const bestand of invoer) if (statSync(bestand).mtimeMs > gebouwdVanaf) return undefined;
    return pad;
  } catch {
    return undefined; // absent, unreadable or an input gone: not usable
  }
}

/** The workspace's own sources are bundled (with their own URL); every npm package stays external. */
const eigenBronnen = {
  name: 'regelmaat-bronnen',
  setup(b) {
    b.onResolve({ filter: /^[^./]/ }, (args) =>
      args.path.startsWith('@regelmaat/') ? undefined : { path: args.path, external: true },
    );
    b.onLoad({ filter: /\.(ts|tsx|mjs|js)$/ }, (args) => ({
      contents: readFileSync(args.path, 'utf8').replaceAll(
        'import.meta.url',
        JSON.stringify(pathToFileURL(args.path).href),
      ),
      loader: args.path.endsWith('.tsx') ? 'tsx' : args.path.endsWith('.ts') ? 'ts' : 'js',
    }));
  },
};

/**
 * Makes sure the bundle `naam` of `ingang` (a path from the repository root) is current; returns
 * its path. Concurrent builders each write their own file and rename it into place.
 */
export async function bouwBundel(naam, ingang) {
  const bestaand = actueleBundel(naam);
  if (bestaand) return bestaand;
  const { build } = await import('esbuild');
  const gebouwdVanaf = Date.now();
  const r = await build({
    absWorkingDir: ROOT,
    entryPoints: [ingang],
    bundle: true,
    platform: 'node',
    format: 'esm',
    target: 'node20',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [eigenBronnen],
  });
  const pad = join(CACHE, `${naam}.mjs`);
  mkdirSync(dirname(pad), { recursive: true });
  const invoer = Object.keys(r.metafile.inputs).map((f) => resolve(ROOT, f));
  const tijdelijk = `${pad}.${process.pid}`;
  writeFileSync(tijdelijk, r.outputFiles[0].contents);
  renameSync(tijdelijk, pad);
  writeFileSync(tijdelijk, JSON.stringify({ gebouwdVanaf, invoer }));
  renameSync(tijdelijk, `${pad}.json`);
  return pad;
}
