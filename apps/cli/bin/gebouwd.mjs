// Loads a program of the build (apps/cli/dist/<naam>.mjs, made by scripts/build.mjs). Without a
// build it says how to make one instead of a stack trace. REGELMAAT_DEBUG=1 maps stack traces back
// to the TypeScript sources (the build has source maps).
import { fileURLToPath } from 'node:url';

if (process.env.REGELMAAT_DEBUG === '1') process.setSourceMapsEnabled(true);

/** The module of program `naam` in the build. */
export async function gebouwd(naam) {
  const url = new URL(`../dist/${naam}.mjs`, import.meta.url);
  try {
    return await import(url.href);
  } catch (e) {
    if (e?.code === 'ERR_MODULE_NOT_FOUND' && e.message.includes(fileURLToPath(url))) {
      process.stderr.write(
        `Regelmaat is nog niet gebouwd (${naam}.mjs ontbreekt in apps/cli/dist). Voer eerst 'npm run build' uit (npm install doet dat ook).\n`,
      );
      process.exit(1);
    }
    throw e;
  }
}
