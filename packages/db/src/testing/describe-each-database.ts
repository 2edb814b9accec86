/**
 * `describe` blocks per test database. A database that is not available in this run (PostgreSQL
 * without DATABASE_URL) still gets its block, as skipped with the reason in its title, so the
 * test count shows what did not run instead of hiding it.
 */
import { describe } from 'vitest';
import { alleTestDatabases, POSTGRES_OVERGESLAGEN, type TestDatabase } from './test-databases';

function beschrijf(titel: string, db: TestDatabase, fn: (db: TestDatabase) => void): void {
  const naam = titel.replaceAll('$naam', db.naam);
  if (db.overgeslagen) describe.skip(`${naam} [skipped: ${db.overgeslagen}]`, () => fn(db));
  else describe(naam, () => fn(db));
}

/** One `describe` per database; `$naam` in the title becomes the database's name. */
export function describeEachDatabase(titel: string, fn: (db: TestDatabase) => void): void {
  for (const db of alleTestDatabases()) beschrijf(titel, db, fn);
}

/** A `describe` on PostgreSQL only (skipped, with the reason, without DATABASE_URL). */
export function describeOnPostgres(titel: string, fn: (db: TestDatabase) => void): void {
  for (const db of alleTestDatabases().filter((d) => d.naam === 'PostgreSQL')) beschrijf(titel, db, fn);
}

/** A title for a PostgreSQL-only `describe.skipIf(!DATABASE_URL)`: names the reason when skipped. */
export function postgresTitel(titel: string): string {
  return POSTGRES_OVERGESLAGEN ? `${titel} [skipped: ${POSTGRES_OVERGESLAGEN}]` : titel;
}
