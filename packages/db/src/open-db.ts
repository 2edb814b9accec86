/**
 * @module
 * Opens the database the configuration asks for: a PostgreSQL server when DATABASE_URL is set,
 * otherwise embedded PGlite in REGELMAAT_DATA (default `.data/regelmaat`), and migrates it.
 */
import { beveiligMap } from './bestandsrechten';
import type { Db } from './db';
import { migreer } from './migreer';
import { openPglite } from './pglite-db';
import { openPostgres } from './postgres-db';

export interface DbConfig {
  /** Migrate only up to this version (tests of a migration's data step); default: all. */
  totVersie?: number;
  /** postgres://… ; when absent, PGlite. */
  databaseUrl?: string;
  /** PGlite data directory, or `memory://` for a throw-away database. */
  dataDir?: string;
  /** PostgreSQL schema (tests use one per run). */
  schema?: string;
  /** PostgreSQL connections in the pool (default 4; a server answering many requests wants more). */
  poolGrootte?: number;
}

export function configUitOmgeving(env: NodeJS.ProcessEnv = process.env): DbConfig {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    dataDir: env.REGELMAAT_DATA ?? '.data/regelmaat',
  };
}

/** Opens and migrates. */
export async function openDb(config: DbConfig = configUitOmgeving()): Promise<Db> {
  let db: Db;
  if (config.databaseUrl) {
    db = await openPostgres({
      url: config.databaseUrl,
      ...(config.schema ? { schema: config.schema } : {}),
      ...(config.poolGrootte ? { max: config.poolGrootte } : {}),
    });
  } else {
    const dir = config.dataDir ?? 'memory://';
    // The embedded database holds personal data: its folder and files are the owner's only.
    if (!dir.startsWith('memory://')) beveiligMap(dir);
    db = await openPglite(dir);
    // PGlite's first start unpacks a fresh cluster with modes of its own: narrow them too.
    if (!dir.startsWith('memory://')) beveiligMap(dir);
  }
  await migreer(db, config.totVersie);
  return db;
}
