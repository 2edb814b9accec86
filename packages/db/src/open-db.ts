/**
 * @module
 * Opens the database the configuration asks for: a PostgreSQL server when DATABASE_URL is set,
 * otherwise embedded PGlite in REGELMAAT_DATA (default `.data/regelmaat`), and migrates it.
 *
 * Two roles on PostgreSQL (issue 10, item 9): with REGELMAAT_EIGENAAR_URL set, the migrations run
 * on that connection (the owner of the schema), which then grants the role of DATABASE_URL the
 * application's rights (migration 015: on the processing log only INSERT and SELECT); the
 * application itself then runs as DATABASE_URL's role and migrates nothing. Without it, one role
 * does both (as before; then nothing stops that role from dropping the log).
 */
import { beveiligMap } from './bestandsrechten';
import type { Db } from './db';
import { migraties, migreer } from './migreer';
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
  /**
   * postgres://… of the schema's owner (REGELMAAT_EIGENAAR_URL): migrations run there, and the
   * role of `databaseUrl` gets the application's rights. Absent: `databaseUrl` migrates itself.
   */
  eigenaarUrl?: string;
}

/** The database is older than this version of Regelmaat, and this connection may not migrate it. */
export class SchemaVerouderd extends Error {
  override readonly name = 'SchemaVerouderd';
}

export function configUitOmgeving(env: NodeJS.ProcessEnv = process.env): DbConfig {
  return {
    ...(env.DATABASE_URL ? { databaseUrl: env.DATABASE_URL } : {}),
    ...(env.DATABASE_URL && env.REGELMAAT_EIGENAAR_URL ? { eigenaarUrl: env.REGELMAAT_EIGENAAR_URL } : {}),
    dataDir: env.REGELMAAT_DATA ?? '.data/regelmaat',
  };
}

/** Opens and migrates (on PostgreSQL with an owner URL: migrates as the owner, opens as the application). */
export async function openDb(config: DbConfig = configUitOmgeving()): Promise<Db> {
  let db: Db;
  if (config.databaseUrl) {
    const pg = (url: string, max?: number) =>
      openPostgres({
        url,
        ...(config.schema ? { schema: config.schema } : {}),
        ...(max ? { max } : config.poolGrootte ? { max: config.poolGrootte } : {}),
      });
    if (config.eigenaarUrl) {
      const eigenaar = await pg(config.eigenaarUrl, 1);
      try {
        await migreer(eigenaar, config.totVersie);
        db = await pg(config.databaseUrl);
        const [app, own] = await Promise.all([
          db.query<{ rol: string }>('SELECT current_user AS rol'),
          eigenaar.query<{ rol: string }>('SELECT current_user AS rol'),
        ]);
        const rol = app.rows[0]!.rol;
        if (rol !== own.rows[0]!.rol)
          await eigenaar.query('SELECT regelmaat_verleen_app_rechten($1::name)', [rol]);
      } finally {
        await eigenaar.close();
      }
      await controleerVersie(db, config.totVersie);
      return db;
    }
    db = await pg(config.databaseUrl);
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

/** Refuses a database whose schema lags behind the migrations (the application role cannot migrate). */
async function controleerVersie(db: Db, tot = Number.POSITIVE_INFINITY): Promise<void> {
  const gedaan = new Set(
    (await db.query<{ versie: number }>('SELECT versie FROM schema_migratie')).rows.map((r) => r.versie),
  );
  const open = migraties().filter((m) => m.versie <= tot && !gedaan.has(m.versie));
  if (open.length > 0) {
    await db.close();
    throw new SchemaVerouderd(
      `De database mist migratie ${open.map((m) => m.versie).join(', ')}; zet REGELMAAT_EIGENAAR_URL zodat de eigenaar migreert.`,
    );
  }
}
