/**
 * @module
 * The server's two secret keys: one signs session tokens, one pseudonymises BSNs in the processing
 * log. From the environment (REGELMAAT_SESSIESLEUTEL, REGELMAAT_PSEUDONIEMSLEUTEL) in a deployment;
 * on the embedded database they are made once and kept in `sleutels.json` in the data folder
 * (readable by the owner only), so the log stays searchable by BSN across restarts.
 *
 * Each key is taken from the environment when set there, else from the file: the server, the batch
 * commands (`run`, `worker`, `demo`, `populatie`) and the benchmarks all read the pseudonymisation
 * key through here, so the server finds the batch runs' log records for a BSN.
 */
import { randomBytes } from 'node:crypto';
import { chmodSync, existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { BESTAND_MODUS, configUitOmgeving, eigenaarUmask, MAP_MODUS } from '@regelmaat/db';

export interface Sleutels {
  sessie: string;
  pseudoniem: string;
}

export class SleutelsOntbreken extends Error {
  override readonly name = 'SleutelsOntbreken';
}

const nieuweSleutels = (): Sleutels => ({
  sessie: randomBytes(32).toString('base64url'),
  pseudoniem: randomBytes(32).toString('base64url'),
});

/** Keys of in-memory databases (`memory://`): they live as long as the database, this process. */
const inGeheugen = new Map<string, Sleutels>();

/** The keys kept in the data folder (made on first use). */
function sleutelsInMap(dataMap: string): Sleutels {
  if (dataMap.startsWith('memory://')) {
    const s = inGeheugen.get(dataMap) ?? nieuweSleutels();
    inGeheugen.set(dataMap, s);
    return s;
  }
  const bestand = join(dataMap, 'sleutels.json');
  if (existsSync(bestand)) {
    // A key file from an older version may be readable by others: narrow it (and its folder).
    if ((statSync(bestand).mode & 0o077) !== 0) chmodSync(bestand, BESTAND_MODUS);
    if ((statSync(dataMap).mode & 0o077) !== 0) chmodSync(dataMap, MAP_MODUS);
    return JSON.parse(readFileSync(bestand, 'utf8')) as Sleutels;
  }
  const nieuw = nieuweSleutels();
  // Owner-only: the folder 0700 (also when it existed), the file 0600 whatever the umask was.
  eigenaarUmask();
  mkdirSync(dataMap, { recursive: true, mode: MAP_MODUS });
  chmodSync(dataMap, MAP_MODUS);
  writeFileSync(bestand, `${JSON.stringify(nieuw)}\n`, { mode: BESTAND_MODUS, flag: 'wx' });
  chmodSync(bestand, BESTAND_MODUS);
  return nieuw;
}

export function leesSleutels(env: NodeJS.ProcessEnv, dataMap: string | undefined): Sleutels {
  const sessie = env.REGELMAAT_SESSIESLEUTEL;
  const pseudoniem = env.REGELMAAT_PSEUDONIEMSLEUTEL;
  if (sessie && pseudoniem) return { sessie, pseudoniem };
  if (!dataMap) {
    throw new SleutelsOntbreken(
      'Zet REGELMAAT_SESSIESLEUTEL en REGELMAAT_PSEUDONIEMSLEUTEL (elk minstens 32 tekens) bij een PostgreSQL-server.',
    );
  }
  const bewaard = sleutelsInMap(dataMap);
  return { sessie: sessie || bewaard.sessie, pseudoniem: pseudoniem || bewaard.pseudoniem };
}

/**
 * The pseudonymisation key of the processing log for batch commands: REGELMAAT_PSEUDONIEMSLEUTEL,
 * or on the embedded database the one in `sleutels.json` of its data folder (the server's).
 */
export function leesPseudoniemSleutel(env: NodeJS.ProcessEnv, dataMap: string | undefined): string {
  const pseudoniem = env.REGELMAAT_PSEUDONIEMSLEUTEL;
  if (pseudoniem) return pseudoniem;
  if (!dataMap) {
    throw new SleutelsOntbreken(
      'Zet REGELMAAT_PSEUDONIEMSLEUTEL (minstens 32 tekens, dezelfde als die van de server) bij PostgreSQL: een run schrijft het verwerkingenlogboek.',
    );
  }
  return sleutelsInMap(dataMap).pseudoniem;
}

/** `leesPseudoniemSleutel` for the database the environment configures (DATABASE_URL or REGELMAAT_DATA). */
export function pseudoniemSleutelUitOmgeving(env: NodeJS.ProcessEnv = process.env): string {
  const c = configUitOmgeving(env);
  return leesPseudoniemSleutel(env, c.databaseUrl ? undefined : c.dataDir);
}
