/**
 * Opens the configured database for a command and always closes it. Says which database is used
 * (never the password of a URL).
 */
import { configUitOmgeving, type Db, openDb } from '@regelmaat/db';
import type { Io } from './io';

export function beschrijf(env: NodeJS.ProcessEnv = process.env): string {
  const c = configUitOmgeving(env);
  if (c.databaseUrl) {
    const u = new URL(c.databaseUrl);
    return `PostgreSQL ${u.hostname}:${u.port || 5432}${u.pathname}`;
  }
  return `PGlite (ingebouwd) in ${c.dataDir}`;
}

export async function metDatabase<T>(io: Io, fn: (db: Db) => Promise<T>): Promise<T> {
  io.stderr(`Database: ${beschrijf()}\n`);
  const db = await openDb(configUitOmgeving());
  try {
    return await fn(db);
  } finally {
    await db.close();
  }
}
