/**
 * @module
 * The demo's database folder. `regelmaat demo` starts on a fresh database, so it empties its folder
 * first — but only a folder that is the demo's own: absent or empty, the default `.data/demo`, or
 * marked by an earlier demo. Pointed at another folder (REGELMAAT_DATA of the server, say) it
 * refuses instead of deleting a database.
 */
import { existsSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { GebruiksFout } from '../argumenten';

export const STANDAARD_DEMO_MAP = '.data/demo';
const MERK = 'regelmaat-demo.txt';

/** The folder of `regelmaat demo`: --map, else REGELMAAT_DATA, else .data/demo. */
export function demoMap(map: string | undefined, env: NodeJS.ProcessEnv = process.env): string {
  return map ?? env.REGELMAAT_DATA ?? STANDAARD_DEMO_MAP;
}

/** Empties `map` for a new demo; refuses (exit 2) a folder with contents that is not a demo's. */
export function maakDemoMapLeeg(map: string): void {
  const eigen =
    !existsSync(map) ||
    readdirSync(map).length === 0 ||
    existsSync(join(map, MERK)) ||
    resolve(map) === resolve(STANDAARD_DEMO_MAP);
  if (!eigen)
    throw new GebruiksFout(
      `de map ${map} is niet leeg en is geen demomap. De demo begint met een lege database en maakt zijn map eerst leeg; kies een andere map (--map of REGELMAAT_DATA) of maak deze zelf leeg.`,
    );
  rmSync(map, { recursive: true, force: true });
}

/** Marks `map` (made by the demo) as the demo's own, so the next demo may empty it. */
export function merkAlsDemoMap(map: string): void {
  writeFileSync(
    join(map, MERK),
    'Deze map is gemaakt door regelmaat demo. De volgende demo in deze map maakt hem eerst leeg.\n',
    { mode: 0o600 },
  );
}
