/**
 * @module
 * Bulk loading into an empty `feit` table without its indexes. Maintaining the primary key and the
 * two indexes row by row costs about a quarter of PostgreSQL's time per household during a load
 * (measured: PK ≈ 8 µs, huishouden index ≈ 2 µs of ≈ 40 µs); building them once afterwards, sorted,
 * is far cheaper. The coordinator of a load drops them only when `feit` is empty and builds them
 * when all loaders are done. Whatever stops in between, `herstelFeitIndexen` brings them back: it
 * runs after every load and at the start of every run, and does nothing when they are there. PGlite
 * loads are small: there nothing is dropped.
 */
import type { Db } from '@regelmaat/db';

interface FeitIndex {
  naam: string;
  maak: string;
}

/** Must equal the definitions in migrations 001 and 008. */
export const FEIT_INDEXEN: readonly FeitIndex[] = [
  { naam: 'feit_pkey', maak: 'ALTER TABLE feit ADD CONSTRAINT feit_pkey PRIMARY KEY (id)' },
  { naam: 'feit_huishouden', maak: 'CREATE INDEX feit_huishouden ON feit (huishouden_id)' },
  { naam: 'feit_persoon', maak: "CREATE INDEX feit_persoon ON feit (persoon_bsn) WHERE soort = 'persoon'" },
];

async function aanwezig(db: Db): Promise<Set<string>> {
  const r = await db.query<{ indexname: string }>(
    "SELECT indexname FROM pg_indexes WHERE tablename = 'feit' AND schemaname = current_schema()",
  );
  return new Set(r.rows.map((x) => x.indexname));
}

/** Builds every missing index of `feit` (none missing: one catalogue query). Returns what it built. */
export async function herstelFeitIndexen(db: Db): Promise<string[]> {
  const er = await aanwezig(db);
  const ontbreekt = FEIT_INDEXEN.filter((i) => !er.has(i.naam));
  if (ontbreekt.length === 0) return [];
  await db.transaction(async (tx) => {
    if (db.kind === 'postgres') await tx.exec("SET LOCAL maintenance_work_mem = '512MB'");
    for (const i of ontbreekt) await tx.exec(i.maak);
  });
  return ontbreekt.map((i) => i.naam);
}

/**
 * Runs a bulk load with the indexes of `feit` dropped when the table is empty (PostgreSQL only), and
 * builds them afterwards — also when the load fails, so the database is never left without them.
 */
export async function metUitgesteldeFeitIndexen<T>(db: Db, laad: () => Promise<T>): Promise<T> {
  if (db.kind === 'postgres') {
    const leeg = await db.query<{ leeg: boolean }>('SELECT NOT EXISTS (SELECT 1 FROM feit) AS leeg');
    if (leeg.rows[0]!.leeg) {
      await db.transaction(async (tx) => {
        await tx.exec('ALTER TABLE feit DROP CONSTRAINT IF EXISTS feit_pkey');
        await tx.exec('DROP INDEX IF EXISTS feit_huishouden');
        await tx.exec('DROP INDEX IF EXISTS feit_persoon');
      });
    }
  }
  try {
    return await laad();
  } finally {
    await herstelFeitIndexen(db);
  }
}
