/**
 * @module
 * Applies the SQL migrations in `packages/db/migrations` in order, each once, each in its own
 * transaction. Concurrent starters on PostgreSQL are serialised with an advisory lock.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { Db } from './db';

const DIR = fileURLToPath(new URL('../migrations/', import.meta.url));
const LOCK = 7_201_775; // arbitrary advisory lock key for migrations

export interface Migratie {
  versie: number;
  naam: string;
  sql: string;
}

export function migraties(): Migratie[] {
  return readdirSync(DIR)
    .filter((f) => /^\d{3}_.+\.sql$/.test(f))
    .sort()
    .map((f) => ({ versie: Number(f.slice(0, 3)), naam: f, sql: readFileSync(DIR + f, 'utf8') }));
}

/**
 * Brings the database to the newest schema (or to version `tot`, for tests of a migration's data
 * step); returns the versions applied now.
 */
export async function migreer(db: Db, tot = Number.POSITIVE_INFINITY): Promise<number[]> {
  await db.exec(`CREATE TABLE IF NOT EXISTS schema_migratie (
    versie integer PRIMARY KEY,
    naam text NOT NULL,
    toegepast_op timestamptz NOT NULL DEFAULT now()
  )`);
  const toegepast: number[] = [];
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.query('SELECT pg_advisory_xact_lock($1)', [LOCK]);
    const gedaan = new Set(
      (await tx.query<{ versie: number }>('SELECT versie FROM schema_migratie')).rows.map((r) => r.versie),
    );
    for (const m of migraties()) {
      if (gedaan.has(m.versie) || m.versie > tot) continue;
      await tx.exec(m.sql);
      await tx.query('INSERT INTO schema_migratie (versie, naam) VALUES ($1, $2)', [m.versie, m.naam]);
      toegepast.push(m.versie);
    }
  });
  return toegepast;
}
